using Loket.Web.Identity;
using Loket.Web.Infrastructure;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.People.Manage;

/// <summary>
/// Add one employee, or change one, with the department, function and manager chosen by name. Another
/// municipality's employee answers 404 (the tenant filter); every save is in the audit trail.
/// </summary>
[Authorize(Policy = Policies.PeopleAdministration)]
public sealed class EditEmployeeModel(LoketDbContext db, TenantContext tenant, TimeProvider time) : PageModel
{
    [BindProperty]
    public EmployeeInput Input { get; set; } = new();

    public bool IsNew { get; private set; }

    public string TenantName => tenant.Name!;

    public EmployeeChoices Choices { get; private set; } = EmployeeChoices.None;

    /// <summary>Existing functions whose name is near the new one typed: shown with the confirmation box.</summary>
    public List<JobFunction> NearFunctions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? id)
    {
        if (id is { } existing)
        {
            var employee = await db.Employees.FirstOrDefaultAsync(e => e.Id == existing);
            if (employee is null)
            {
                return NotFound();
            }

            Input = EmployeeInput.From(employee);
        }

        return await ShowAsync(id);
    }

    public async Task<IActionResult> OnPostAsync(Guid? id)
    {
        var employee = id is { } existing ? await db.Employees.FirstOrDefaultAsync(e => e.Id == existing) : null;
        if (id is not null && employee is null)
        {
            return NotFound();
        }

        var number = Input.EmployeeNumber?.Trim();
        if (number is not null && await db.Employees.AnyAsync(e => e.EmployeeNumber == number && e.Id != id))
        {
            ModelState.AddModelError("Input.EmployeeNumber", $"Personeelsnummer {number} hoort al bij een andere medewerker van {TenantName}. Elk nummer komt één keer voor.");
        }

        if (Input.OrgUnitId is { } unit && !await db.OrgUnits.AnyAsync(u => u.Id == unit))
        {
            ModelState.AddModelError("Input.OrgUnitId", "Kies een afdeling uit de lijst.");
        }

        // A manager kept as it was is not judged again: an edit of the e-mail address should not fail on the line above.
        if (Input.ManagerId is { } manager && manager != employee?.ManagerId && await EmployeeLine.CheckManagerAsync(db, id, manager, time.Today()) is { } refusal)
        {
            ModelState.AddModelError("Input.ManagerId", refusal.Message);
        }

        var function = await ChooseFunctionAsync();
        if (!ModelState.IsValid)
        {
            return await ShowAsync(id);
        }

        employee ??= db.Employees.Add(new Employee { EmployeeNumber = number!, Name = Input.Name! }).Entity;
        employee.EmployeeNumber = number!;
        employee.Name = Input.Name!.Trim();
        employee.Email = Input.Email?.Trim();
        employee.EmploymentType = Input.EmploymentType!.Value;
        employee.StartDate = Input.StartDate!.Value;
        employee.OrgUnitId = Input.OrgUnitId;
        employee.JobFunction = function;
        employee.JobFunctionId = function?.Id;
        employee.ManagerId = Input.ManagerId;
        await db.SaveChangesAsync();
        TempData[nameof(PeopleModel.Message)] = (id is null ? $"{employee.Name} is toegevoegd" : $"De gegevens van {employee.Name} zijn opgeslagen")
            + (function is not null && Input.JobFunctionId is null ? $", met de nieuwe functie {function.Name}." : ".");
        return Redirect("/beheer/medewerkers");
    }

    /// <summary>The chosen function, a new one when that is what was meant, or null; errors go to ModelState.</summary>
    private async Task<JobFunction?> ChooseFunctionAsync()
    {
        var typed = string.IsNullOrWhiteSpace(Input.NewFunction) ? null : Input.NewFunction.Trim();
        if (Input.JobFunctionId is { } chosen)
        {
            if (typed is not null)
            {
                ModelState.AddModelError("Input.NewFunction", "Kies een functie uit de lijst óf vul een nieuwe functie in, niet allebei.");
            }

            var found = await db.JobFunctions.FirstOrDefaultAsync(f => f.Id == chosen);
            if (found is null)
            {
                ModelState.AddModelError("Input.JobFunctionId", "Kies een functie uit de lijst.");
            }

            return found;
        }

        if (typed is null)
        {
            return null;
        }

        var functions = await db.JobFunctions.ToListAsync();
        if (JobFunctionNames.Same(functions, typed) is { } same)
        {
            ModelState.AddModelError("Input.NewFunction", $"De functie {same.Name} bestaat al. Kies die in de lijst ‘Functie’; dan maak je geen dubbele functie.");
            return null;
        }

        NearFunctions = JobFunctionNames.Near(functions, typed);
        if (NearFunctions.Count > 0 && !Input.ConfirmNewFunction)
        {
            ModelState.AddModelError("Input.NewFunction",
                $"Er is al een functie met een bijna gelijke naam: {string.Join(", ", NearFunctions.Select(f => f.Name))}. Kies die in de lijst, of vink hieronder aan dat je echt een nieuwe functie ‘{typed}’ wilt.");
            return null;
        }

        var codes = functions.Select(f => f.Code).ToHashSet(StringComparer.Ordinal);
        var function = new JobFunction { Code = JobFunctionNames.NewCode(typed, codes), Name = typed };
        db.JobFunctions.Add(function);
        return function;
    }

    private async Task<IActionResult> ShowAsync(Guid? id)
    {
        IsNew = id is null;
        Choices = await EmployeeChoices.LoadAsync(db, id, time.Today());
        return Page();
    }
}
