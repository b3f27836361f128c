using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Loket.Web.Shared;

/// <summary>
/// A question answered with one of a few radio buttons: a fieldset with its legend, hint and own
/// error, each option a radio with its label. Nothing is checked until the person chooses (or a
/// failed post returns the choice), so no answer that matters is made for them.
/// <code>&lt;loket-radios for="Mode" legend="Hoe wil je melden?" items="..." /&gt;</code>
/// </summary>
[HtmlTargetElement("loket-radios", TagStructure = TagStructure.WithoutEndTag)]
public sealed class RadioGroupTagHelper : BoundFieldTagHelper
{
    public required string Legend { get; set; }

    public required IEnumerable<SelectListItem> Items { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var field = Parts();
        var chosen = Current(field);
        var name = FieldParts.Encode(field.Name);
        var radios = string.Concat(Items.Select(item =>
        {
            // An empty value ("Weet ik niet") still needs an id of its own for its label.
            var id = $"{field.Id}_{(string.IsNullOrEmpty(item.Value) ? "onbekend" : TagBuilder.CreateSanitizedId(item.Value, "_"))}";
            return "<div class=\"utrecht-form-field utrecht-form-field--radio\">"
                + $"<input class=\"utrecht-radio-button utrecht-radio-button--html-input{(field.Error is null ? "" : " utrecht-radio-button--invalid")}\""
                + $" type=\"radio\" id=\"{id}\" name=\"{name}\" value=\"{FieldParts.Encode(item.Value)}\"{(item.Value == chosen ? " checked" : "")}>"
                + $"<label class=\"utrecht-form-label utrecht-form-label--radio\" for=\"{id}\">{FieldParts.Encode(item.Text)}</label></div>";
        }));

        // The fieldset carries the id the error summary links to, and describes itself by hint and error.
        output.TagName = "fieldset";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "utrecht-form-fieldset" + (field.Error is null ? "" : " utrecht-form-fieldset--invalid"));
        output.Attributes.SetAttribute("id", field.Id);
        output.Content.SetHtmlContent(
            $"<legend class=\"utrecht-form-fieldset__legend\">{FieldParts.Encode(Legend)}</legend>{field.HintAndError()}{radios}");
        if (field.DescribedBy.Length > 0)
        {
            output.Attributes.SetAttribute("aria-describedby", field.DescribedBy);
        }
    }
}
