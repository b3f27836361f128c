using Loket.Web.Tests.Infrastructure;
using static Loket.Web.Tests.Declarations.DeclarationSteps;
using static Loket.Web.Tests.Home.WorkQueueSteps;
using static Loket.Web.Tests.Meldpunt.MeldpuntSteps;

namespace Loket.Web.Tests.Home;

/// <summary>
/// The signed-in home page is each role's work queue (issue 16 point 6): every count links to a list
/// that shows exactly those items, of this municipality and, where it is personal, of this person only.
/// </summary>
public sealed class WorkQueueTests
{
    private static string Unique(string text) => $"{text} {Guid.NewGuid():N}"[..(text.Length + 9)];

    [Theory, OnSqlite, OnPostgres]
    public async Task The_employee_sees_her_waiting_declarations_and_the_manager_his_decisions_counted_as_their_lists_show_them(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind);
        using var mila = app.CreateLoketClient();
        await mila.LoginAsDemoAsync("leiden", "medewerker");
        using var leo = app.CreateLoketClient();
        await leo.LoginAsDemoAsync("leiderdorp", "medewerker");
        var (first, second, elsewhere) = (Unique("Fles wijn"), Unique("Doos bonbons"), Unique("Taart"));
        await SubmitGiftAsync(mila, first);
        await SubmitGiftAsync(mila, second);
        await SubmitGiftAsync(leo, elsewhere);
        using var mark = app.CreateLoketClient();
        await mark.LoginAsDemoAsync("leiden", "manager");

        var employee = await CountAndListAsync(mila, "/meldingen?toon=open");
        var manager = await CountAndListAsync(mark, "/beslissen?toon=mij");

        Assert.Equal(employee.Rows, employee.Count);
        Assert.True(employee.Count >= 2);
        Assert.Contains(first, Text(employee.List), StringComparison.Ordinal);
        Assert.Contains(second, Text(employee.List), StringComparison.Ordinal);
        Assert.DoesNotContain(elsewhere, Text(employee.List), StringComparison.Ordinal);
        Assert.All(employee.List.QuerySelectorAll("main table tbody tr"), row => Assert.Contains("Wacht op besluit", row.TextContent, StringComparison.Ordinal));
        Assert.Equal(manager.Rows, manager.Count);
        Assert.Contains(first, Text(manager.List), StringComparison.Ordinal);
        Assert.DoesNotContain(elsewhere, Text(manager.List), StringComparison.Ordinal);
        Assert.Contains("de oudste wacht sinds", Text(manager.Home), StringComparison.Ordinal);
        // The other municipality's employee sees only his own.
        var other = await CountAndListAsync(leo, "/meldingen?toon=open");
        Assert.Equal(other.Rows, other.Count);
        Assert.DoesNotContain(first, Text(other.List), StringComparison.Ordinal);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Deciding_takes_it_off_both_queues(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind);
        using var mila = app.CreateLoketClient();
        await mila.LoginAsDemoAsync("leiden", "medewerker");
        using var mark = app.CreateLoketClient();
        await mark.LoginAsDemoAsync("leiden", "manager");
        var before = (await CountAsync(mark, "/beslissen?toon=mij")).Count;
        var mine = (await CountAsync(mila, "/meldingen?toon=open")).Count;
        var id = await SubmitGiftAsync(mila, Unique("Boek"));
        var waiting = (await CountAsync(mark, "/beslissen?toon=mij")).Count;

        await DecideAsync(mark, id, new Dictionary<string, string> { ["Decide.Outcome"] = "Approved", ["Decide.GiftDestination"] = "Display" });

        Assert.Equal(before + 1, waiting);
        Assert.Equal(before, (await CountAsync(mark, "/beslissen?toon=mij")).Count);
        Assert.Equal(mine, (await CountAsync(mila, "/meldingen?toon=open")).Count);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task The_officer_counts_this_weeks_clocks_of_her_own_municipality_and_the_secretary_the_overdue_ones(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind);
        using var reporter = app.CreateLoketClient();
        var here = await ReportAnonymouslyAsync(app, reporter, "leiden", "Er verdwijnen laptops uit het magazijn.");
        // Leiderdorp shares Leiden's desk: on the dashboard, but not in Leiden's count.
        var there = await ReportAnonymouslyAsync(app, reporter, "leiderdorp", "Een aannemer krijgt steeds de opdracht.");
        using var iris = app.CreateLoketClient();
        await iris.LoginAsDemoAsync("leiden", "integriteit");

        var week = await CountAndListAsync(iris, "/meldpunt/dossiers?termijnen=week");
        app.Time.Advance(TimeSpan.FromDays(8));
        using var secretary = app.CreateLoketClient();
        await secretary.LoginAsDemoAsync("leiden", "secretaris");
        var overdue = await CountAndListAsync(secretary, "/meldpunt/dossiers?termijnen=verstreken");

        Assert.Equal(week.Rows, week.Count);
        Assert.Contains(here.Reference, Text(week.List), StringComparison.Ordinal);
        Assert.DoesNotContain(there.Reference, Text(week.List), StringComparison.Ordinal);
        Assert.Equal(overdue.Rows, overdue.Count);
        Assert.Contains(here.Reference, Text(overdue.List), StringComparison.Ordinal);
        Assert.DoesNotContain(there.Reference, Text(overdue.List), StringComparison.Ordinal);
        Assert.Contains("/openbaar/leiden/nevenwerkzaamheden", week.Home.QuerySelector("main")!.InnerHtml, StringComparison.Ordinal);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task The_officer_counts_the_top_officials_side_activities_to_publish_as_the_register_lists_them(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind);
        using var iris = app.CreateLoketClient();
        await iris.LoginAsDemoAsync("leiden", "integriteit");

        var toPublish = await CountAndListAsync(iris, "/registers/nevenwerkzaamheden?tepubliceren=true");
        var decisions = await CountAndListAsync(iris, "/beslissen?toon=coordinator");

        Assert.Equal(toPublish.Rows, toPublish.Count);
        Assert.All(toPublish.List.QuerySelectorAll("main table tbody tr"), row => Assert.Contains("Publiceren", row.TextContent, StringComparison.Ordinal));
        Assert.Equal(decisions.Rows, decisions.Count);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task The_confidant_counts_her_own_running_contacts_and_hr_the_people_without_manager_or_function(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind);
        using var confidant = app.CreateLoketClient();
        await confidant.LoginAsDemoAsync("leiden", "vertrouwenspersoon");
        var before = (await CountAsync(confidant, "/vertrouwenspersoon/contacten?lopend=true")).Count;
        await confidant.PostFormAsync("/vertrouwenspersoon/contacten", "main form[method=post]", new Dictionary<string, string>
        {
            ["Date"] = "2026-11-24",
            ["Category"] = "UnwantedBehaviour",
            ["Route"] = "Phone",
            ["Outcome"] = "Ongoing",
        });
        using var other = app.CreateLoketClient();
        await other.LoginAsDemoAsync("leidschendam-voorburg", "vertrouwenspersoon");
        using var hr = app.CreateLoketClient();
        await hr.LoginAsDemoAsync("leiden", "hr");

        var contacts = await CountAndListAsync(confidant, "/vertrouwenspersoon/contacten?lopend=true");
        var elsewhere = await CountAndListAsync(other, "/vertrouwenspersoon/contacten?lopend=true");
        var noManager = await CountAndListAsync(hr, "/beheer/medewerkers?zonder=leidinggevende");
        var noFunction = await CountAndListAsync(hr, "/beheer/medewerkers?zonder=functie");

        Assert.Equal(before + 1, contacts.Count);
        Assert.Equal(contacts.Rows, contacts.Count);
        Assert.Equal(elsewhere.Rows, elsewhere.Count);
        Assert.Equal(0, elsewhere.Count);
        Assert.Equal(noManager.Rows, noManager.Count);
        Assert.True(noManager.Count >= 1, "the top of the line has no manager");
        Assert.Equal(noFunction.Rows, noFunction.Count);
    }
}
