using Loket.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.People.Manage;

/// <summary>
/// What the pickers of the employee form offer, by name: the municipality's departments (with the unit
/// above, as two teams may share a name), functions, and colleagues in service who can be a manager
/// (with department and number, as two people may share a name).
/// </summary>
public sealed record EmployeeChoices(List<SelectListItem> Units, List<SelectListItem> Functions, List<SelectListItem> Managers)
{
    public static readonly EmployeeChoices None = new([], [], []);

    public static async Task<EmployeeChoices> LoadAsync(LoketDbContext db, Guid? employeeId, DateOnly today)
    {
        var units = await db.OrgUnits.OrderBy(u => u.Name).Select(u => new { u.Id, u.Name, Parent = u.Parent!.Name }).ToListAsync();
        var functions = await db.JobFunctions.OrderBy(f => f.Name).Select(f => new { f.Id, f.Name }).ToListAsync();
        var managers = await Colleagues(db, today, except: employeeId).ToListAsync();
        return new(
            [.. units.Select(u => new SelectListItem(u.Parent is null ? u.Name : $"{u.Name} ({u.Parent})", u.Id.ToString()))],
            [.. functions.Select(f => new SelectListItem(f.Name, f.Id.ToString()))],
            [.. managers.Select(m => new SelectListItem(m.Label, m.Id.ToString()))]);
    }

    public sealed record Colleague(Guid Id, string Name, string? Unit, string Number)
    {
        public string Label => Unit is null ? $"{Name} ({Number})" : $"{Name} ({Unit}, {Number})";
    }

    /// <summary>Employees in service today but <paramref name="except"/>, by name, labelled so that namesakes can be told apart.</summary>
    public static IQueryable<Colleague> Colleagues(LoketDbContext db, DateOnly today, Guid? except) =>
        db.Employees.Where(e => (e.EndDate == null || e.EndDate >= today) && e.Id != except).OrderBy(e => e.Name)
            .Select(e => new Colleague(e.Id, e.Name, e.OrgUnit!.Name, e.EmployeeNumber));
}
