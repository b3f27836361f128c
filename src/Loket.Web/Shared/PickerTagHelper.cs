using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Loket.Web.Shared;

/// <summary>
/// Choose one item by its name from a list that may be long (a department, a function, a colleague).
/// The server renders a plain select, so it works without JavaScript (a select finds an option by its
/// first letters); loket.js turns it into a combobox that filters while typing (the ARIA Authoring
/// Practices "list autocomplete" pattern) and always shows the chosen name in the field. Either way
/// the form posts the chosen item's id under the field's name: nobody types or sees a code or a GUID.
/// <code>&lt;loket-picker for="Input.ManagerId" label="Leidinggevende" placeholder="Geen leidinggevende" items="..." /&gt;</code>
/// </summary>
[HtmlTargetElement("loket-picker", TagStructure = TagStructure.WithoutEndTag)]
public sealed class PickerTagHelper : BoundFieldTagHelper
{
    public required string Label { get; set; }

    /// <summary>The empty choice ("Geen leidinggevende"); choosing it clears the field.</summary>
    public required string Placeholder { get; set; }

    public required IEnumerable<SelectListItem> Items { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var field = Parts();
        var chosen = Current(field);
        var options = $"<option value=\"\">{FieldParts.Encode(Placeholder)}</option>"
            + string.Concat(Items.Select(item =>
                $"<option value=\"{FieldParts.Encode(item.Value)}\"{(item.Value == chosen ? " selected" : "")}>{FieldParts.Encode(item.Text)}</option>"));
        var select = $"<select class=\"utrecht-select utrecht-select--html-select{(field.Error is null ? "" : " utrecht-select--invalid")}\""
            + $" id=\"{field.Id}\" name=\"{FieldParts.Encode(field.Name)}\"{field.Aria()}>{options}</select>";

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", field.FieldClass(" loket-combobox"));
        output.Attributes.SetAttribute("data-combobox", "");
        output.Content.SetHtmlContent(
            $"<div class=\"utrecht-form-field__label\">{field.Label(Label)}</div>{field.HintAndError()}<div class=\"utrecht-form-field__input\">{select}</div>");
    }
}
