using Loket.Web.Declarations;
using Loket.Web.Tests.Infrastructure;
using Loket.Web.Tests.People;

namespace Loket.Web.Tests.Declarations;

/// <summary>
/// The one walk up the line (DeclarationRouting): routing a new declaration and escalating a waiting
/// one both take an active substitute and pass over the employee and relations.
/// </summary>
public sealed class ManagementLineTests
{
    private static readonly DateOnly Day = new(2026, 12, 22);

    private static Task<Guid?> RouteAsync(LineBuilder line) => line.InLeidenAsync(async db =>
        (await DeclarationRouting.RouteAsync(db, await Declarant.LoadAsync(db, line.Employee, Day), managerInvolved: false)).DeciderId);

    // Escalation is run by a job, outside any municipality: the line is read in the declarant's own.
    private static Task<Guid?> NextUpAsync(LineBuilder line, Guid decider) => line.App.WithDbAsync(async db =>
        (await DeclarationRouting.NextUpAsync(db, await Declarant.LoadAsync(db, line.TenantId, line.Employee, Day), decider)).DeciderId);

    [Theory]
    [InlineData(-1, 1, true)]
    [InlineData(0, 0, true)]
    [InlineData(-10, -1, false)]
    [InlineData(1, 10, false)]
    public async Task Only_a_substitution_running_on_the_day_hands_the_decision_to_the_substitute(int fromDays, int untilDays, bool substituteDecides)
    {
        var line = await LineBuilder.StartAsync(await SharedApps.GetAsync(DatabaseKind.Sqlite));
        var substitute = await line.ColleagueAsync();
        await line.SubstituteAsync(line.Manager, substitute, Day.AddDays(fromDays), Day.AddDays(untilDays));

        Assert.Equal(substituteDecides ? substitute : line.Manager, await RouteAsync(line));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Escalation_goes_to_the_active_substitute_of_the_deciders_manager(DatabaseKind kind)
    {
        var line = await LineBuilder.StartAsync(await SharedApps.GetAsync(kind));
        var substitute = await line.ColleagueAsync();
        await line.SubstituteAsync(line.Top, substitute, Day, Day.AddDays(7));

        Assert.Equal(substitute, await NextUpAsync(line, line.Manager));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_manager_related_to_the_employee_is_passed_over_when_routing_and_when_escalating(DatabaseKind kind)
    {
        var line = await LineBuilder.StartAsync(await SharedApps.GetAsync(kind));
        var boss = await line.ColleagueAsync();
        await line.InLeidenAsync(async db =>
        {
            (await db.Employees.FindAsync(line.Top))!.ManagerId = boss;
            return await db.SaveChangesAsync();
        });
        await line.RelateAsync(line.Top, line.Employee);
        await line.RelateAsync(line.Manager, line.Employee);

        Assert.Equal(boss, await RouteAsync(line));
        Assert.Equal(boss, await NextUpAsync(line, line.Manager));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_substitute_who_already_decides_is_not_escalated_to(DatabaseKind kind)
    {
        var line = await LineBuilder.StartAsync(await SharedApps.GetAsync(kind));
        await line.SubstituteAsync(line.Top, line.Manager, Day, Day);

        // Above the manager: the top is away and the manager stands in for her; nobody is left.
        Assert.Null(await NextUpAsync(line, line.Manager));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Above_the_top_of_the_line_the_integrity_officers_decide(DatabaseKind kind)
    {
        var line = await LineBuilder.StartAsync(await SharedApps.GetAsync(kind));

        Assert.Null(await NextUpAsync(line, line.Top));
        Assert.Equal(line.Top, await NextUpAsync(line, line.Manager));
    }
}
