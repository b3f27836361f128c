using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Loket.Web.Shared;

/// <summary>
/// One checkbox for a bool, with its label beside it and its own hint and error below, like
/// <see cref="FieldTagHelper"/>. Posts "true" when ticked; a bool binds false when absent.
/// <code>&lt;loket-checkbox for="Saved" label="Ik heb mijn ontvangstcode bewaard" /&gt;</code>
/// </summary>
[HtmlTargetElement("loket-checkbox", TagStructure = TagStructure.WithoutEndTag)]
public sealed class CheckboxFieldTagHelper : BoundFieldTagHelper
{
    public required string Label { get; set; }

    /// <summary>For a checkbox bound by <c>name</c> (a query filter): ticked until a post says otherwise.</summary>
    public bool Checked { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var field = Parts();
        var ticked = field.AttemptedValue is { } posted ? posted == "true" : For?.Model is true || Checked;
        // The custom checkbox draws its tick from the design system's tokens; in forced colours
        // loket.css hands it back to the browser's own checkbox, which draws in system colours.
        var input = $"<input class=\"utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom{(field.Error is null ? "" : " utrecht-checkbox--invalid")}\""
            + $" type=\"checkbox\" id=\"{field.Id}\" name=\"{FieldParts.Encode(field.Name)}\" value=\"true\"{(ticked ? " checked" : "")}{field.Aria()}>";

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", field.FieldClass(" utrecht-form-field--checkbox"));
        output.Content.SetHtmlContent($"{input}{field.Label(Label, " utrecht-form-label--checkbox")}{field.HintAndError()}");
    }
}
