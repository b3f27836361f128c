using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Loket.Web.Shared;

/// <summary>
/// One form field the accessible way: label, optional hint, the field's error, and the input
/// linked to both with aria-describedby and aria-invalid. Every form uses this, so none forgets.
/// <code>&lt;loket-field for="Input.UserName" label="Gebruikersnaam" hint="..." type="text" autocomplete="username" /&gt;</code>
/// </summary>
[HtmlTargetElement("loket-field", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldTagHelper : TagHelper
{
    [HtmlAttributeName("for")]
    public required ModelExpression For { get; set; }

    public required string Label { get; set; }

    public string? Hint { get; set; }

    public string Type { get; set; } = "text";

    public string? Autocomplete { get; set; }

    public bool Required { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = For.Name;
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var state = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) ? entry : null;
        var error = state?.Errors.FirstOrDefault()?.ErrorMessage;
        // A failed post shows what was typed (attempted value), never an empty field.
        var value = state?.AttemptedValue ?? For.Model?.ToString() ?? string.Empty;
        var describedBy = string.Join(' ', new[] { Hint is null ? null : $"{id}-hint", error is null ? null : $"{id}-error" }.Where(x => x is not null));
        var enc = HtmlEncoder.Default;

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", error is null ? "utrecht-form-field" : "utrecht-form-field utrecht-form-field--invalid");
        var html = $"<div class=\"utrecht-form-field__label\"><label class=\"utrecht-form-label\" for=\"{id}\">{enc.Encode(Label)}</label></div>";
        if (Hint is not null)
        {
            html += $"<div class=\"utrecht-form-field-description\" id=\"{id}-hint\">{enc.Encode(Hint)}</div>";
        }

        if (error is not null)
        {
            html += $"<div class=\"utrecht-form-field-error-message\" id=\"{id}-error\"><span class=\"loket-visually-hidden\">Fout: </span>{enc.Encode(error)}</div>";
        }

        var input = Type == "textarea"
            ? $"<textarea class=\"utrecht-textarea{(error is null ? "" : " utrecht-textarea--invalid")}\" id=\"{id}\" name=\"{enc.Encode(name)}\"{Aria(describedBy, error)}{(Required ? " required" : "")}>{enc.Encode(value)}</textarea>"
            : $"<input class=\"utrecht-textbox{(error is null ? "" : " utrecht-textbox--invalid")}\" id=\"{id}\" name=\"{enc.Encode(name)}\" type=\"{enc.Encode(Type)}\"{(Type == "password" ? "" : $" value=\"{enc.Encode(value)}\"")}{(Autocomplete is null ? "" : $" autocomplete=\"{enc.Encode(Autocomplete)}\"")}{Aria(describedBy, error)}{(Required ? " required" : "")}>";
        html += $"<div class=\"utrecht-form-field__input\">{input}</div>";
        output.Content.SetHtmlContent(html);
    }

    private static string Aria(string describedBy, string? error) =>
        (describedBy.Length > 0 ? $" aria-describedby=\"{describedBy}\"" : "") + (error is null ? "" : " aria-invalid=\"true\"");
}
