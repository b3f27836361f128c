using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Loket.Web.Shared;

/// <summary>
/// A question answered with any number of checkboxes that post one name: a fieldset with its legend,
/// hint and own error, each option a checkbox with its label, ticked as the item says (or as a failed
/// post returns them). The sibling of <see cref="RadioGroupTagHelper"/> for more than one answer.
/// <c>post-as</c> names the posted list when it differs from the field whose error is shown (roles are
/// posted as names and checked as flags).
/// <code>&lt;loket-checkboxes name="forms" legend="Welke nadelige gevolgen spelen er?" items="..." /&gt;</code>
/// </summary>
[HtmlTargetElement("loket-checkboxes", TagStructure = TagStructure.WithoutEndTag)]
public sealed class CheckboxGroupTagHelper : BoundFieldTagHelper
{
    public required string Legend { get; set; }

    public required IEnumerable<SelectListItem> Items { get; set; }

    /// <summary>Start of each checkbox's id, when a script adds boxes of its own with the same ids (the people picker).</summary>
    public string? IdPrefix { get; set; }

    /// <summary>Rendered with the hidden attribute, for a group a script shows once it has boxes in it.</summary>
    public bool Hidden { get; set; }

    public string? PostAs { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var field = Parts();
        var posted = ViewContext.ViewData.ModelState.TryGetValue(PostAs ?? field.Name, out var state) && state.RawValue is not null
            ? state.AttemptedValue?.Split(',').ToHashSet()
            : null;
        var name = FieldParts.Encode(PostAs ?? field.Name);
        var boxes = string.Concat(Items.Select(item =>
        {
            var id = IdPrefix is null ? $"{field.Id}_{TagBuilder.CreateSanitizedId(item.Value, "_")}" : $"{IdPrefix}-{TagBuilder.CreateSanitizedId(item.Value, "_")}";
            var ticked = posted?.Contains(item.Value) ?? item.Selected;
            return "<div class=\"utrecht-form-field utrecht-form-field--checkbox\">"
                + $"<input class=\"utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom{(field.Error is null ? "" : " utrecht-checkbox--invalid")}\""
                + $" type=\"checkbox\" id=\"{FieldParts.Encode(id)}\" name=\"{name}\" value=\"{FieldParts.Encode(item.Value)}\"{(ticked ? " checked" : "")}>"
                + $"<label class=\"utrecht-form-label utrecht-form-label--checkbox\" for=\"{FieldParts.Encode(id)}\">{FieldParts.Encode(item.Text)}</label></div>";
        }));

        // The fieldset carries the id the error summary links to, and describes itself by hint and error.
        output.TagName = "fieldset";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "utrecht-form-fieldset" + (field.Error is null ? "" : " utrecht-form-fieldset--invalid"));
        // Two groups may post the same name on one page (found and chosen people): the prefix keeps their ids apart.
        output.Attributes.SetAttribute("id", IdPrefix ?? field.Id);
        if (Hidden)
        {
            output.Attributes.SetAttribute("hidden", "hidden");
        }

        output.Content.SetHtmlContent(
            $"<legend class=\"utrecht-form-fieldset__legend\">{FieldParts.Encode(Legend)}</legend>{field.HintAndError()}{boxes}");
        if (field.DescribedBy.Length > 0)
        {
            output.Attributes.SetAttribute("aria-describedby", field.DescribedBy);
        }
    }
}
