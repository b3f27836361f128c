using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Loket.Web.Shared;

/// <summary>
/// Several checkboxes under one name (a list or a flags enum): a fieldset with its legend, hint and own
/// error, like <see cref="RadioGroupTagHelper"/>; each item ticked when <see cref="SelectListItem.Selected"/>.
/// <code>&lt;loket-checkboxes name="Decide.Conditions" legend="Voorwaarden" items="..." /&gt;</code>
/// </summary>
[HtmlTargetElement("loket-checkboxes", TagStructure = TagStructure.WithoutEndTag)]
public sealed class CheckboxGroupTagHelper : BoundFieldTagHelper
{
    public required string Legend { get; set; }

    public required IEnumerable<SelectListItem> Items { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var field = Parts();
        var name = FieldParts.Encode(field.Name);
        var boxes = string.Concat(Items.Select(item =>
        {
            var id = $"{field.Id}_{TagBuilder.CreateSanitizedId(item.Value, "_")}";
            return "<div class=\"utrecht-form-field utrecht-form-field--checkbox\">"
                + $"<input class=\"utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom{(field.Error is null ? "" : " utrecht-checkbox--invalid")}\""
                + $" type=\"checkbox\" id=\"{id}\" name=\"{name}\" value=\"{FieldParts.Encode(item.Value)}\"{(item.Selected ? " checked" : "")}>"
                + $"<label class=\"utrecht-form-label utrecht-form-label--checkbox\" for=\"{id}\">{FieldParts.Encode(item.Text)}</label></div>";
        }));

        output.TagName = "fieldset";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "utrecht-form-fieldset" + (field.Error is null ? "" : " utrecht-form-fieldset--invalid"));
        output.Attributes.SetAttribute("id", field.Id);
        output.Content.SetHtmlContent(
            $"<legend class=\"utrecht-form-fieldset__legend\">{FieldParts.Encode(Legend)}</legend>{field.HintAndError()}{boxes}");
        if (field.DescribedBy.Length > 0)
        {
            output.Attributes.SetAttribute("aria-describedby", field.DescribedBy);
        }
    }
}
