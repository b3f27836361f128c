using Loket.Web.Infrastructure;
using Loket.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Shared;

/// <summary>
/// Pick a colleague of the current municipality by name: a select of everyone employed today, by name,
/// with their department (and employee number where two share a name), posting the employee's id. No
/// GUID or employee number to type, and it works without JavaScript. The page still checks the posted id
/// in its own municipality: a select's options are no guarantee.
/// <code>&lt;loket-employee-picker for="Input.RelatedEmployeeId" label="Met welke collega?" exclude="@me" /&gt;</code>
/// </summary>
[HtmlTargetElement("loket-employee-picker", TagStructure = TagStructure.WithoutEndTag)]
public sealed class EmployeePickerTagHelper(LoketDbContext db, TimeProvider time) : BoundFieldTagHelper
{
    public required string Label { get; set; }

    public string Placeholder { get; set; } = "Kies een collega";

    /// <summary>Someone not to offer (the person the choice is for).</summary>
    public Guid? Exclude { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var today = time.Today();
        var people = await db.Employees.Where(e => e.Id != Exclude && e.StartDate <= today && (e.EndDate == null || e.EndDate >= today))
            .OrderBy(e => e.Name).Select(e => new { e.Id, e.Name, e.EmployeeNumber, Unit = e.OrgUnit!.Name }).ToListAsync();
        var twins = people.GroupBy(p => p.Name).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        var field = Parts();
        var chosen = Current(field);
        var options = $"<option value=\"\">{FieldParts.Encode(Placeholder)}</option>" + string.Concat(people.Select(p =>
        {
            var detail = string.Join(", ", new[] { p.Unit, twins.Contains(p.Name) ? $"nr. {p.EmployeeNumber}" : null }.OfType<string>());
            var text = detail.Length == 0 ? p.Name : $"{p.Name} ({detail})";
            var value = p.Id.ToString();
            return $"<option value=\"{value}\"{(string.Equals(value, chosen, StringComparison.OrdinalIgnoreCase) ? " selected" : "")}>{FieldParts.Encode(text)}</option>";
        }));
        var select = $"<select class=\"utrecht-select utrecht-select--html-select{(field.Error is null ? "" : " utrecht-select--invalid")}\""
            + $" id=\"{field.Id}\" name=\"{FieldParts.Encode(field.Name)}\"{field.Aria()}>{options}</select>";

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", field.FieldClass());
        output.Content.SetHtmlContent(
            $"<div class=\"utrecht-form-field__label\">{field.Label(Label)}</div>{field.HintAndError()}<div class=\"utrecht-form-field__input\">{select}</div>");
    }
}
