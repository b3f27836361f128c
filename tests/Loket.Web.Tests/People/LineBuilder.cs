using Loket.Web.Infrastructure.Database;
using Loket.Web.People;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Tests.People;

/// <summary>
/// A management line of its own in Leiden (employee → manager → top), so rules over the line are
/// tested on people no other test reads, in the shared app.
/// </summary>
public sealed record LineBuilder(LoketApp App, Guid TenantId, Guid Employee, Guid Manager, Guid Top)
{
    public static async Task<LineBuilder> StartAsync(LoketApp app) => await app.WithDbAsync(async db =>
    {
        var tenantId = await db.Tenants.Where(t => t.Slug == "leiden").Select(t => t.Id).SingleAsync();
        var top = Person(tenantId, "Top", null);
        var manager = Person(tenantId, "Manager", top.Id);
        var employee = Person(tenantId, "Medewerker", manager.Id);
        db.Employees.AddRange(top, manager, employee);
        await db.SaveChangesAsync();
        return new LineBuilder(app, tenantId, employee.Id, manager.Id, top.Id);
    });

    /// <summary>Someone outside the line (a colleague who can stand in).</summary>
    public Task<Guid> ColleagueAsync(Guid? managerId = null) => App.WithDbAsync(async db =>
    {
        var colleague = Person(TenantId, "Collega", managerId);
        db.Employees.Add(colleague);
        await db.SaveChangesAsync();
        return colleague.Id;
    });

    /// <summary>
    /// A relation through <see cref="Relation.Record"/>, from <paramref name="from"/> (2020 by default);
    /// <paramref name="inTenant"/> files it under another municipality, which no route can (for isolation tests).
    /// </summary>
    public Task<Guid> RelateAsync(Guid a, Guid b, Guid? inTenant = null, DateOnly? from = null) => App.WithDbAsync(async db =>
    {
        var people = await db.Employees.IgnoreQueryFilters().Where(e => e.Id == a || e.Id == b).ToListAsync();
        var origin = new RelationOrigin(RelationSource.Hr, null, DateTimeOffset.UnixEpoch);
        var relation = Relation.Record(TenantId, people.Single(e => e.Id == a), people.Single(e => e.Id == b), RelationKind.Partner,
            from ?? new DateOnly(2020, 1, 1), origin, []).Value!;
        relation.TenantId = inTenant ?? TenantId;
        db.Relations.Add(relation);
        await db.SaveChangesAsync();
        return relation.Id;
    });

    public Task SubstituteAsync(Guid manager, Guid substitute, DateOnly from, DateOnly until) => App.WithDbAsync(async db =>
    {
        var person = await db.Employees.IgnoreQueryFilters().SingleAsync(e => e.Id == substitute);
        // The line's people have no accounts; these tests are about routing, the account rule has its own (SubstitutionRulesTests).
        db.Substitutions.Add(Substitution.Plan(manager, person, substituteHasAccount: true, from, until, plannedOn: from, planned: []).Value!);
        return await db.SaveChangesAsync();
    });

    public Task<T> InLeidenAsync<T>(Func<LoketDbContext, Task<T>> work) => App.WithDbAsync(work, "leiden");

    private static Employee Person(Guid tenantId, string role, Guid? managerId) => new()
    {
        TenantId = tenantId,
        EmployeeNumber = $"L{Guid.NewGuid():N}"[..12],
        Name = $"{role} {Guid.NewGuid():N}"[..20],
        ManagerId = managerId,
        StartDate = new DateOnly(2020, 1, 1),
    };
}
