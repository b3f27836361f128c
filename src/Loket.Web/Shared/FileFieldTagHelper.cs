using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Loket.Web.Shared;

/// <summary>
/// A file to upload, with label, hint and its own error like <see cref="FieldTagHelper"/>; <c>accept</c>
/// only guides the browser's picker (the server judges the file itself). A file is never shown back
/// after a failed post: browsers do not allow it.
/// <code>&lt;loket-file name="Upload" label="CSV-bestand" hint="Hoogstens 5 MB." accept=".csv,text/csv" /&gt;</code>
/// </summary>
[HtmlTargetElement("loket-file", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FileFieldTagHelper : BoundFieldTagHelper
{
    public required string Label { get; set; }

    public string? Accept { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var field = FieldParts.Of(For, FieldName, Hint, ViewContext);
        var input = $"<input class=\"utrecht-textbox utrecht-textbox--html-input{(field.Error is null ? "" : " utrecht-textbox--invalid")}\" type=\"file\""
            + $" id=\"{field.Id}\" name=\"{FieldParts.Encode(field.Name)}\"{(Accept is null ? "" : $" accept=\"{FieldParts.Encode(Accept)}\"")}{field.Aria()}>";

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", field.FieldClass());
        output.Content.SetHtmlContent(
            $"<div class=\"utrecht-form-field__label\">{field.Label(Label)}</div>{field.HintAndError()}<div class=\"utrecht-form-field__input\">{input}</div>");
    }
}
