using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Loket.Web.Shared;

/// <summary>
/// A question answered with any number of choices: a fieldset with its legend, hint and own error,
/// each choice a checkbox with its label; the sibling of <see cref="RadioGroupTagHelper"/>. The items
/// say which are ticked. <c>post-as</c> names the posted list when it differs from the field whose
/// error is shown (roles are posted as names and checked as flags).
/// <code>&lt;loket-checkboxes name="Input.Roles" post-as="Input.RoleNames" legend="Rollen" items="..." /&gt;</code>
/// </summary>
[HtmlTargetElement("loket-checkboxes", TagStructure = TagStructure.WithoutEndTag)]
public sealed class CheckboxGroupTagHelper : BoundFieldTagHelper
{
    public required string Legend { get; set; }

    public required IEnumerable<SelectListItem> Items { get; set; }

    public string? PostAs { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var field = FieldParts.Of(For, FieldName, Hint, ViewContext);
        var name = FieldParts.Encode(PostAs ?? field.Name);
        var boxes = string.Concat(Items.Select(item =>
        {
            var id = $"{field.Id}_{TagBuilder.CreateSanitizedId(item.Value, "_")}";
            return "<div class=\"utrecht-form-field utrecht-form-field--checkbox\">"
                + $"<input class=\"utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom{(field.Error is null ? "" : " utrecht-checkbox--invalid")}\""
                + $" type=\"checkbox\" id=\"{id}\" name=\"{name}\" value=\"{FieldParts.Encode(item.Value)}\"{(item.Selected ? " checked" : "")}>"
                + $"<label class=\"utrecht-form-label utrecht-form-label--checkbox\" for=\"{id}\">{FieldParts.Encode(item.Text)}</label></div>";
        }));

        // As the radio group: the fieldset carries the id the error summary links to.
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
