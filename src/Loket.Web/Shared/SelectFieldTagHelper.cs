using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Loket.Web.Shared;

/// <summary>
/// A select with its label, hint and own error, like <see cref="FieldTagHelper"/>. With a
/// <see cref="Placeholder"/> the list starts empty, so nobody sends a choice they did not make.
/// <code>&lt;loket-select for="Input.Category" label="Waar gaat het over?" placeholder="Kies een onderwerp" items="..." /&gt;</code>
/// </summary>
[HtmlTargetElement("loket-select", TagStructure = TagStructure.WithoutEndTag)]
public sealed class SelectFieldTagHelper : BoundFieldTagHelper
{
    public required string Label { get; set; }

    /// <summary>The text of an empty first option ("Kies een gemeente").</summary>
    public string? Placeholder { get; set; }

    public required IEnumerable<SelectListItem> Items { get; set; }

    public string? Autocomplete { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var field = Parts();
        var chosen = Current(field);
        var options = (Placeholder is null ? "" : $"<option value=\"\">{FieldParts.Encode(Placeholder)}</option>")
            + string.Concat(Items.Select(item =>
                $"<option value=\"{FieldParts.Encode(item.Value)}\"{(item.Value == chosen ? " selected" : "")}>{FieldParts.Encode(item.Text)}</option>"));
        var select = $"<select class=\"utrecht-select utrecht-select--html-select{(field.Error is null ? "" : " utrecht-select--invalid")}\""
            + $" id=\"{field.Id}\" name=\"{FieldParts.Encode(field.Name)}\"{field.Aria()}"
            + (Autocomplete is null ? "" : $" autocomplete=\"{FieldParts.Encode(Autocomplete)}\"") + $">{options}</select>";

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", field.FieldClass());
        output.Content.SetHtmlContent(
            $"<div class=\"utrecht-form-field__label\">{field.Label(Label)}</div>{field.HintAndError()}<div class=\"utrecht-form-field__input\">{select}</div>");
    }
}
