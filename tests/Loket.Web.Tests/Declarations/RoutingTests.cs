using Loket.Web.Declarations;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Tests.Declarations;

public sealed class RoutingTests
{
    private static readonly DateOnly Ordinary = new(2026, 11, 25);

    // Tamara stands in for Mark from 21 December 2026 to 3 January 2027 (demo data).
    private static readonly DateOnly Christmas = new(2026, 12, 22);

    private static Task<(Guid? Decider, string Note)> RouteAsync(LoketApp app, string employeeNumber, DateOnly day, bool managerInvolved = false) =>
        app.WithDbAsync(async db =>
        {
            var employee = await db.Employees.SingleAsync(e => e.EmployeeNumber == employeeNumber);
            var route = await DeclarationRouting.RouteAsync(db, await Declarant.LoadAsync(db, employee.Id, day), managerInvolved);
            return (route.DeciderId, route.Note);
        }, "leiden");

    private static Task<Guid> IdAsync(LoketApp app, string employeeNumber) =>
        app.WithDbAsync(db => db.Employees.Where(e => e.EmployeeNumber == employeeNumber).Select(e => e.Id).SingleAsync(), "leiden");

    [Theory, OnSqlite, OnPostgres]
    public async Task A_declaration_goes_to_the_employees_manager(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);

        var route = await RouteAsync(app, "1003", Ordinary);

        Assert.Equal(await IdAsync(app, "1002"), route.Decider);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_declaration_goes_past_a_manager_who_is_the_employees_partner(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);

        var route = await RouteAsync(app, "1011", Ordinary);

        Assert.Equal(await IdAsync(app, "1002"), route.Decider);
        Assert.Contains("relatie", route.Note, StringComparison.Ordinal);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_declaration_goes_to_the_active_substitute_while_the_manager_is_away(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);

        var route = await RouteAsync(app, "1003", Christmas);

        Assert.Equal(await IdAsync(app, "1010"), route.Decider);
        Assert.Contains("vervanger", route.Note, StringComparison.Ordinal);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_substitute_who_is_a_relation_is_passed_over_for_the_next_level(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);

        // Victor: Tamara (partner) → Mark, away → his substitute Tamara again → Sander.
        var route = await RouteAsync(app, "1011", Christmas);

        Assert.Equal(await IdAsync(app, "1001"), route.Decider);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task An_involved_manager_is_passed_over_for_the_next_level(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);

        var route = await RouteAsync(app, "1003", Ordinary, managerInvolved: true);

        Assert.Equal(await IdAsync(app, "1001"), route.Decider);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Nobody_above_the_top_means_the_integrity_officer_decides(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);

        var route = await RouteAsync(app, "1001", Ordinary);

        Assert.Null(route.Decider);
    }
}
