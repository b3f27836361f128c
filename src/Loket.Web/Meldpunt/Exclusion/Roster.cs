using Loket.Web.Identity;
using Loket.Web.Infrastructure;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Meldpunt.Case;
using Loket.Web.People;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Meldpunt.Exclusion;

/// <summary>
/// A person of a municipality as exclusion knows them: the employee record with the accounts linked
/// to it, or an account without one (a shared desk's). <see cref="AtDesk"/>: they could see this
/// municipality's cases, directly or through a declared relation, so a possible match must keep them out.
/// </summary>
public sealed record RosterPerson(Candidate Candidate, string Name, string? Department, IReadOnlyList<string> Tags, bool AtDesk);

/// <summary>Everyone of one municipality who can be named in a report.</summary>
public sealed class Roster(LoketDbContext db, CaseAccess access, TimeProvider time)
{
    private const Role DeskRoles = Role.IntegrityOfficer | Role.Secretary;

    public async Task<List<RosterPerson>> ForAsync(Guid tenantId, CancellationToken cancellationToken = default)
    {
        var employees = await db.Employees.IgnoreQueryFilters().Where(e => e.TenantId == tenantId)
            .Select(e => new { e.Id, e.Name, e.EmployeeNumber, e.Email, Department = e.OrgUnit!.Name }).ToListAsync(cancellationToken);
        var members = await db.Memberships.IgnoreQueryFilters().Where(m => m.TenantId == tenantId)
            .Select(m => new { m.UserId, m.EmployeeId, m.Roles, m.User!.UserName, m.User.DisplayName, m.User.Email }).ToListAsync(cancellationToken);
        var deskEmployees = members.Where(m => (m.Roles & DeskRoles) != 0 && m.EmployeeId is not null).Select(m => m.EmployeeId!.Value).ToList();
        var atDesk = await Relatedness.WithRelationsAsync(Relatedness.In(db, tenantId), deskEmployees, time.Today(), cancellationToken);

        var people = new List<RosterPerson>();
        foreach (var e in employees)
        {
            var accounts = members.Where(m => m.EmployeeId == e.Id).ToList();
            var names = accounts.Select(a => a.DisplayName).Prepend(e.Name).Distinct().ToList();
            var handles = accounts.SelectMany(a => Handles(a.UserName, a.Email)).Concat(Handles(e.EmployeeNumber, e.Email)).Distinct().ToList();
            var tags = accounts.Select(a => access.AccountTag(a.UserId)).Prepend(access.InvolvedTag(e.Id)).Distinct().ToList();
            people.Add(new RosterPerson(new Candidate(e.Id, names, handles), e.Name, e.Department, tags, atDesk.Contains(e.Id)));
        }

        foreach (var a in members.Where(m => m.EmployeeId is null))
        {
            var desk = (a.Roles & DeskRoles) != 0;
            people.Add(new RosterPerson(new Candidate(a.UserId, [a.DisplayName], Handles(a.UserName, a.Email)), a.DisplayName,
                desk ? "Meldpunt" : null, [access.AccountTag(a.UserId)], desk));
        }

        return people;
    }

    // A user name or address, and the part before the @ ("iris.integriteit"), which is how colleagues write it.
    private static List<string> Handles(string name, string? email) =>
        [.. new[] { name, email }.OfType<string>().SelectMany(h => h.Contains('@') ? new[] { h, h[..h.IndexOf('@')] } : [h]).Where(h => h.Length > 0)];
}
