using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Loket.Web.Shared;

/// <summary>
/// What every field tag helper renders the same way: the id from the model name, the field's own
/// error from ModelState, the hint and error blocks, and the ARIA that links them to the control.
/// </summary>
internal sealed class FieldParts
{
    private static readonly HtmlEncoder Enc = HtmlEncoder.Default;

    public FieldParts(string name, string? hint, ViewContext view, string? id = null)
    {
        Name = name;
        Id = id ?? TagBuilder.CreateSanitizedId(name, "_");
        var state = view.ViewData.ModelState.TryGetValue(name, out var entry) ? entry : null;
        Errors = state?.Errors.Select(e => e.ErrorMessage).ToList() ?? [];
        AttemptedValue = state?.AttemptedValue;
        Hint = hint;
    }

    public static FieldParts Of(ModelExpression? model, string? name, string? hint, ViewContext view, string? id = null) =>
        new(model?.Name ?? name ?? throw new InvalidOperationException("A field needs for=\"...\" or name=\"...\"."), hint, view, id);

    public string Name { get; }

    public string Id { get; }

    public string? Hint { get; }

    /// <summary>The field's errors (a file field may have one per file); <see cref="Error"/> is the first.</summary>
    public IReadOnlyList<string> Errors { get; }

    public string? Error => Errors.Count > 0 ? Errors[0] : null;

    /// <summary>What was posted, so a failed post shows what was chosen or typed.</summary>
    public string? AttemptedValue { get; }

    public string FieldClass(string modifier = "") =>
        "utrecht-form-field" + modifier + (Error is null ? "" : " utrecht-form-field--invalid");

    public string Label(string text, string modifier = "") =>
        $"<label class=\"utrecht-form-label{modifier}\" for=\"{Id}\">{Enc.Encode(text)}</label>";

    /// <summary>The hint, then the error, each with the id the control points to.</summary>
    public string HintAndError() =>
        (Hint is null ? "" : $"<div class=\"utrecht-form-field-description\" id=\"{Id}-hint\">{Enc.Encode(Hint)}</div>")
        + (Errors.Count switch
        {
            0 => "",
            1 => $"<div class=\"utrecht-form-field-error-message\" id=\"{Id}-error\"><span class=\"loket-visually-hidden\">Fout: </span>{Enc.Encode(Errors[0])}</div>",
            _ => $"<div class=\"utrecht-form-field-error-message\" id=\"{Id}-error\">"
                + string.Concat(Errors.Select(e => $"<p class=\"utrecht-paragraph\"><span class=\"loket-visually-hidden\">Fout: </span>{Enc.Encode(e)}</p>")) + "</div>",
        });

    /// <summary>The ids of the hint and the error, empty when there are neither.</summary>
    public string DescribedBy =>
        string.Join(' ', new[] { Hint is null ? null : $"{Id}-hint", Error is null ? null : $"{Id}-error" }.Where(x => x is not null));

    /// <summary>aria-describedby (hint, error) and aria-invalid, with a leading space.</summary>
    public string Aria() =>
        (DescribedBy.Length > 0 ? $" aria-describedby=\"{DescribedBy}\"" : "") + (Error is null ? "" : " aria-invalid=\"true\"");

    public static string Encode(string? text) => Enc.Encode(text ?? string.Empty);
}
