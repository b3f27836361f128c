using Loket.Web.Identity;
using Loket.Web.Identity.Accounts;
using Loket.Web.Infrastructure;
using Loket.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.People.Manage;

/// <summary>
/// Make someone a manager in one step: who reports to them, and the Manager role on their account,
/// saved together. The role goes through <see cref="Membership.ChangeRoles"/>, so whatever needs a
/// second person still waits for one; nobody gives the role to themselves.
/// </summary>
[Authorize(Policy = Policies.PeopleAdministration)]
public sealed class TeamModel(LoketDbContext db, TimeProvider time) : PageModel
{
    public sealed record Candidate(Guid Id, string Label, bool Reports);

    public string Name { get; private set; } = string.Empty;

    /// <summary>The account's membership in this municipality, if the employee has one.</summary>
    public Membership? Account { get; private set; }

    public MembershipChange? Pending { get; private set; }

    public List<Candidate> Candidates { get; private set; } = [];

    /// <summary>The employees who are to report to this one (ticked boxes).</summary>
    [BindProperty]
    public List<Guid> Reports { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id) =>
        await LoadAsync(id) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var manager = await LoadAsync(id);
        if (manager is null)
        {
            return NotFound();
        }

        var today = time.Today();
        if (manager.EndDate < today)
        {
            ModelState.AddModelError(nameof(Reports), $"{manager.Name} is uit dienst en kan geen leidinggevende worden.");
            return Page();
        }

        var chosen = Reports.Distinct().ToList();
        var people = await db.Employees.Where(e => chosen.Contains(e.Id) || e.ManagerId == id).ToListAsync();
        foreach (var report in chosen)
        {
            // Unknown ids (another municipality's people, made-up ones) are refused like a circle or oneself.
            var refusal = people.Any(p => p.Id == report) ? await EmployeeLine.CheckManagerAsync(db, report, id, today) : new UnknownManager();
            if (refusal is not null)
            {
                var name = people.FirstOrDefault(p => p.Id == report)?.Name ?? "Een gekozen medewerker";
                ModelState.AddModelError(nameof(Reports), refusal is UnknownManager ? "Kies medewerkers uit de lijst van deze gemeente." : $"{name}: {refusal.Message}");
            }
        }

        var roleChange = Account is not null && !Account.Roles.HasFlag(Role.Manager) ? GrantRole(Account) : null;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        // Only a box that was shown and left empty takes someone out of the team (not someone who left, say).
        var removed = people.Where(p => p.ManagerId == id && !chosen.Contains(p.Id) && Candidates.Any(c => c.Id == p.Id)).ToList();
        removed.ForEach(p => p.ManagerId = null);
        people.Where(p => chosen.Contains(p.Id)).ToList().ForEach(p => p.ManagerId = id);
        if (roleChange is { } waiting)
        {
            db.MembershipChanges.Add(waiting);
        }

        await db.SaveChangesAsync();
        TempData[nameof(PeopleModel.Message)] = Result(manager.Name, chosen.Count, removed, roleChange);
        return Redirect("/beheer/medewerkers");
    }

    /// <summary>Adds the Manager role as the account's own rules allow; a refusal goes to ModelState.</summary>
    private MembershipChange? GrantRole(Membership account)
    {
        var me = LoketClaims.UserIdOf(User)!.Value;
        if (account.UserId == me)
        {
            ModelState.AddModelError(nameof(Reports), "Je kunt jezelf niet tot leidinggevende maken; laat een collega dat doen.");
            return null;
        }

        var change = account.ChangeRoles(account.Roles | Role.Manager, me, Pending, time.GetUtcNow());
        if (change.Refusal is { } refusal)
        {
            ModelState.AddModelError(nameof(Reports), refusal.Message);
        }

        return change.Value;
    }

    private string Result(string name, int reports, List<Employee> removed, MembershipChange? waiting)
    {
        var line = $"{reports} {(reports == 1 ? "medewerker valt" : "medewerkers vallen")} nu onder {name}."
            + (removed.Count == 0 ? "" : $" Zonder leidinggevende: {string.Join(", ", removed.Select(p => p.Name))}.");
        var role = Account switch
        {
            null => $" {name} heeft nog geen account en kan dus nog niet beslissen: nodig {name} uit en geef daarbij de rol Leidinggevende.",
            _ when waiting is not null => $" De rol Leidinggevende wacht op goedkeuring door een beheerder of integriteitscoördinator.",
            _ => $" {name} heeft de rol Leidinggevende en beslist over hun opgaven.",
        };
        return line + role;
    }

    private async Task<Employee?> LoadAsync(Guid id)
    {
        var employee = await db.Employees.Include(e => e.OrgUnit).FirstOrDefaultAsync(e => e.Id == id);
        if (employee is null)
        {
            return null;
        }

        Name = employee.Name;
        Account = await db.Memberships.FirstOrDefaultAsync(m => m.EmployeeId == id);
        Pending = Account is null ? null : await db.MembershipChanges.FirstOrDefaultAsync(c => c.MembershipId == Account.Id && c.DecidedAt == null);
        // Who may report here: today's team, the department's people, and whoever has no manager yet.
        var today = time.Today();
        Candidates = await db.Employees
            .Where(e => e.Id != id && (e.EndDate == null || e.EndDate >= today)
                && (e.ManagerId == id || e.ManagerId == null || (employee.OrgUnitId != null && e.OrgUnitId == employee.OrgUnitId)))
            .OrderBy(e => e.Name).Take(300)
            .Select(e => new Candidate(e.Id, e.OrgUnit == null ? $"{e.Name} ({e.EmployeeNumber})" : $"{e.Name} ({e.OrgUnit.Name}, {e.EmployeeNumber})", e.ManagerId == id))
            .ToListAsync();
        return employee;
    }
}
