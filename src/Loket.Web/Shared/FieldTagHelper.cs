using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Loket.Web.Shared;

/// <summary>
/// One form field the accessible way: label, optional hint, the field's error, and the input
/// linked to both with aria-describedby and aria-invalid. Every form uses this, so none forgets.
/// Selects, checkboxes and radio groups have siblings (<see cref="SelectFieldTagHelper"/>,
/// <see cref="CheckboxFieldTagHelper"/>, <see cref="RadioGroupTagHelper"/>) built from the same parts.
/// <code>&lt;loket-field for="Input.UserName" label="Gebruikersnaam" hint="..." type="text" autocomplete="username" /&gt;</code>
/// </summary>
[HtmlTargetElement("loket-field", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldTagHelper : BoundFieldTagHelper
{
    public required string Label { get; set; }

    public string Type { get; set; } = "text";

    public string? Autocomplete { get; set; }

    public bool Required { get; set; }

    /// <summary>The keyboard a phone shows ("decimal" for an amount, "numeric" for a whole number).</summary>
    public string? Inputmode { get; set; }

    /// <summary>For type="file": the types the picker offers (the server checks the bytes anyway).</summary>
    public string? Accept { get; set; }

    /// <summary>For type="file": more than one file at once.</summary>
    public bool Multiple { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var field = Parts();
        // A failed post shows what was typed (attempted value), never an empty field.
        var value = FieldParts.Encode(Current(field));
        var invalid = field.Error is not null;
        var common = $" id=\"{field.Id}\" name=\"{FieldParts.Encode(field.Name)}\"{field.Aria()}{(Required ? " required" : "")}";

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", field.FieldClass());
        // The --html-* modifiers give the native element the design system's focus, hover and invalid states.
        var input = Type == "textarea"
            ? $"<textarea class=\"utrecht-textarea utrecht-textarea--html-textarea{(invalid ? " utrecht-textarea--invalid" : "")}\"{common}>{value}</textarea>"
            : $"<input class=\"utrecht-textbox utrecht-textbox--html-input{(invalid ? " utrecht-textbox--invalid" : "")}\" type=\"{FieldParts.Encode(Type)}\"{common}"
              + (Type is "password" or "file" ? "" : $" value=\"{value}\"")
              + (Inputmode is null ? "" : $" inputmode=\"{FieldParts.Encode(Inputmode)}\"")
              + (Accept is null ? "" : $" accept=\"{FieldParts.Encode(Accept)}\"") + (Multiple ? " multiple" : "")
              + (Autocomplete is null ? "" : $" autocomplete=\"{FieldParts.Encode(Autocomplete)}\"") + ">";
        output.Content.SetHtmlContent(
            $"<div class=\"utrecht-form-field__label\">{field.Label(Label)}</div>{field.HintAndError()}<div class=\"utrecht-form-field__input\">{input}</div>");
    }
}
