using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Loket.Web.Shared;

/// <summary>
/// A field for a handler parameter that <see cref="FieldTagHelper"/> cannot express, with the same
/// label, hint, error and ARIA: a field repeated per item on one page (the message box of each case in
/// the reporter's inbox), whose <c>key</c> (its id and the ModelState key of its error) differs from the
/// posted <c>name</c>; a file chooser (<c>type="file"</c>, <c>accept</c>); a code typed on a phone's
/// number pad (<c>inputmode</c>).
/// <code>&lt;loket-input name="text" key="text-@id" label="Je bericht" type="textarea" value="..." /&gt;</code>
/// </summary>
[HtmlTargetElement("loket-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class InputFieldTagHelper : TagHelper
{
    public required string Name { get; set; }

    /// <summary>The id and the error's ModelState key; the posted name when not given.</summary>
    public string? Key { get; set; }

    public required string Label { get; set; }

    public string? Hint { get; set; }

    public string Type { get; set; } = "text";

    /// <summary>What to show in the field (a failed post's text); the field is empty otherwise.</summary>
    public string? Value { get; set; }

    public string? Accept { get; set; }

    public string? Inputmode { get; set; }

    public string? Autocomplete { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var field = new FieldParts(Key ?? Name, Hint, ViewContext);
        var invalid = field.Error is not null;
        var common = $" id=\"{field.Id}\" name=\"{FieldParts.Encode(Name)}\"{field.Aria()}"
            + Optional("accept", Accept) + Optional("inputmode", Inputmode) + Optional("autocomplete", Autocomplete);
        var input = Type == "textarea"
            ? $"<textarea class=\"utrecht-textarea utrecht-textarea--html-textarea{(invalid ? " utrecht-textarea--invalid" : "")}\"{common}>{FieldParts.Encode(Value)}</textarea>"
            : $"<input class=\"utrecht-textbox utrecht-textbox--html-input{(invalid ? " utrecht-textbox--invalid" : "")}\" type=\"{FieldParts.Encode(Type)}\"{common}"
              + (Type == "file" ? "" : $" value=\"{FieldParts.Encode(Value)}\"") + ">";

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", field.FieldClass());
        output.Content.SetHtmlContent(
            $"<div class=\"utrecht-form-field__label\">{field.Label(Label)}</div>{field.HintAndError()}<div class=\"utrecht-form-field__input\">{input}</div>");
    }

    private static string Optional(string attribute, string? value) => value is null ? "" : $" {attribute}=\"{FieldParts.Encode(value)}\"";
}
