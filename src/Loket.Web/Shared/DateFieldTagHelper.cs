using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Loket.Web.Shared;

/// <summary>
/// A date as three boxes, day, month and year (the GOV.UK / NL Design System date pattern): what is
/// typed means the same in every browser, whatever its language, unlike a native date field. One
/// legend, one hint, one error for the whole date; the boxes as typed come back after a failed post.
/// Bound by <see cref="DateModelBinder"/>.
/// <code>&lt;loket-date for="Input.StartDate" label="Vanaf wanneer?" hint="..." /&gt;</code>
/// A query filter whose parameter has a name of its own (<c>[FromQuery(Name = "van")]</c>) says so with
/// <c>name="van"</c>: the boxes are posted, and the error is looked up, under that name.
/// </summary>
[HtmlTargetElement("loket-date", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DateFieldTagHelper : TagHelper
{
    public const string Example = "Bijvoorbeeld 6 12 2026";

    [HtmlAttributeName("for")]
    public required ModelExpression For { get; set; }

    public required string Label { get; set; }

    /// <summary>The bound name when it is not the expression's (a query parameter's own name).</summary>
    [HtmlAttributeName("name")]
    public string? FieldName { get; set; }

    /// <summary>Said before the example, e.g. why the date matters.</summary>
    public string? Hint { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = FieldName ?? For.Name;
        // The day box carries the field's own id, so the error summary's link lands in it.
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var state = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) ? entry : null;
        var error = state?.Errors.FirstOrDefault()?.ErrorMessage;
        var (day, month, year) = Parts(state?.RawValue, For.Model as DateOnly?);
        var describedBy = $"{id}-hint" + (error is null ? "" : $" {id}-error");
        var enc = HtmlEncoder.Default;

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "utrecht-form-field loket-date" + (error is null ? "" : " utrecht-form-field--invalid"));
        var hint = Hint is null ? Example : $"{Hint} {Example}";
        var html = $"<fieldset class=\"utrecht-form-fieldset utrecht-form-fieldset--html-fieldset\" aria-describedby=\"{describedBy}\">"
            + "<legend class=\"utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend utrecht-form-label\">"
            + $"{enc.Encode(Label)}</legend>"
            + $"<div class=\"utrecht-form-field-description\" id=\"{id}-hint\">{enc.Encode(hint)}</div>";
        if (error is not null)
        {
            html += $"<div class=\"utrecht-form-field-error-message\" id=\"{id}-error\">"
                + $"<span class=\"loket-visually-hidden\">Fout: </span>{enc.Encode(error)}</div>";
        }

        html += "<div class=\"loket-date__boxes\">"
            + Box(id, $"{name}.Day", "Dag", day, "loket-date__box--2", error)
            + Box($"{id}_Month", $"{name}.Month", "Maand", month, "loket-date__box--2", error)
            + Box($"{id}_Year", $"{name}.Year", "Jaar", year, "loket-date__box--4", error)
            + "</div></fieldset>";
        output.Content.SetHtmlContent(html);
    }

    /// <summary>What the boxes show: as typed after a failed post (the binder keeps them), else the model's date.</summary>
    private static (string Day, string Month, string Year) Parts(object? typed, DateOnly? date) => typed switch
    {
        string[] { Length: 3 } boxes => (boxes[0], boxes[1], boxes[2]),
        _ when date is { } d => (Number(d.Day), Number(d.Month), Number(d.Year)),
        _ => ("", "", ""),
    };

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Box(string id, string name, string label, string value, string width, string? error)
    {
        var enc = HtmlEncoder.Default;
        var classes = $"utrecht-textbox utrecht-textbox--html-input utrecht-textbox--numeric loket-date__box {width}"
            + (error is null ? "" : " utrecht-textbox--invalid");
        return $"<div class=\"loket-date__part\"><label class=\"utrecht-form-label loket-date__label\" for=\"{id}\">{label}</label>"
            + $"<input class=\"{classes}\" id=\"{id}\" name=\"{enc.Encode(name)}\" type=\"text\" inputmode=\"numeric\""
            + $" autocomplete=\"off\" spellcheck=\"false\" value=\"{enc.Encode(value)}\"{(error is null ? "" : " aria-invalid=\"true\"")}></div>";
    }
}
