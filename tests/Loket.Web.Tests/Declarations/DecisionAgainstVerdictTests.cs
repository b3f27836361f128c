using System.Net;
using Loket.Policy;
using Loket.Web.Declarations;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Loket.Web.Tests.Declarations.DeclarationSteps;

namespace Loket.Web.Tests.Declarations;

// Issue 14: a decision may go against the code's verdict, but only with a motivation, and the register
// marks it; the gift destinations offered are the ones the employee's code allows.
public class DecisionAgainstVerdictTests
{
    private static readonly Guid Decider = Guid.NewGuid();

    // Alphen toel. 4: gifts are municipal property, shared out or given another destination; not kept.
    private static readonly GiftDestinations Alphen = new([GiftDestination.Raffle, GiftDestination.Display, GiftDestination.Charity, GiftDestination.ReturnToGiver], "toel. 4");

    private static EmployeeDeclaration Gift(Verdict verdict) => new DeclarationBuilder { Verdict = verdict, DeciderId = Decider }.Build();

    private static string? Decide(EmployeeDeclaration declaration, Decision decision, GiftDestinations? destinations = null) =>
        declaration.Decide(decision, destinations ?? GiftDestinations.Default, Decider, deciderIsRelation: false, deciderIsOfficer: false, DateTimeOffset.UnixEpoch)?.Message;

    [Theory]
    [InlineData(DeclarationStatus.Approved)]
    [InlineData(DeclarationStatus.ApprovedWithConditions)]
    public void Approving_a_rood_declaration_needs_a_motivation(DeclarationStatus outcome)
    {
        var declaration = Gift(Verdict.Rood);

        var error = Decide(declaration, new Decision(outcome, null, DecisionConditions.None, "Alleen op de afdeling", GiftDestination.Display));

        Assert.Contains("Motiveer waarom je de opgave toch goedkeurt", error, StringComparison.Ordinal);
        Assert.Equal(DeclarationStatus.Submitted, declaration.Status);
        Assert.False(declaration.AgainstVerdict);
    }

    [Fact]
    public void A_motivated_approval_of_a_rood_declaration_is_marked_as_against_the_verdict()
    {
        var declaration = Gift(Verdict.Rood);

        var error = Decide(declaration, new Decision(DeclarationStatus.Approved, "Gever wist het niet; afgesproken dat het de laatste keer is.", GiftDestination: GiftDestination.Raffle), Alphen);

        Assert.Null(error);
        Assert.True(declaration.AgainstVerdict);
        Assert.Equal(DeclarationStatus.Approved, declaration.Status);
    }

    [Theory]
    [InlineData(Verdict.Groen, DeclarationStatus.Approved)]
    [InlineData(Verdict.Oranje, DeclarationStatus.Approved)]
    [InlineData(Verdict.Rood, DeclarationStatus.Refused)]
    public void A_decision_that_follows_or_is_stricter_than_the_verdict_is_not_marked(Verdict verdict, DeclarationStatus outcome)
    {
        var declaration = Gift(verdict);

        Assert.Null(Decide(declaration, new Decision(outcome, outcome == DeclarationStatus.Refused ? "Rood." : null, GiftDestination: GiftDestination.ReturnToGiver)));
        Assert.False(declaration.AgainstVerdict);
    }

    [Fact]
    public void A_destination_the_code_does_not_offer_is_refused()
    {
        var declaration = Gift(Verdict.Groen);

        var error = Decide(declaration, new Decision(DeclarationStatus.Approved, null, GiftDestination: GiftDestination.Keep), Alphen);

        Assert.Contains("staat niet toe", error, StringComparison.Ordinal);
        Assert.Contains("Verloten onder collega's", error, StringComparison.Ordinal);
        Assert.Null(declaration.GiftDestination);
    }

    [Fact]
    public void A_refused_gift_is_not_kept_even_where_the_code_lets_the_manager_choose()
    {
        var declaration = Gift(Verdict.Rood);

        var error = Decide(declaration, new Decision(DeclarationStatus.Refused, "Te duur.", GiftDestination: GiftDestination.Keep));

        Assert.Contains("houdt de medewerker niet zelf", error, StringComparison.Ordinal);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task In_Alphen_a_gift_over_the_limit_approved_anyway_needs_a_motivation_offers_no_keeping_and_shows_in_the_register(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var mila = app.CreateLoketClient();
        await mila.LoginAsDemoAsync("alphen-aan-den-rijn", "medewerker");
        var subject = $"Kistje wijn {Guid.NewGuid():N}"[..24];
        var id = await SubmitGiftAsync(mila, subject, value: "80");
        using var mark = app.CreateLoketClient();
        await mark.LoginAsDemoAsync("alphen-aan-den-rijn", "manager");

        var (_, page) = await mark.GetPageAsync($"/meldingen/{id}");
        var options = page.QuerySelectorAll("#Decide_GiftDestination option").Select(o => o.TextContent).ToList();
        var unmotivated = await DecideAsync(mark, id, new Dictionary<string, string> { ["Decide.Outcome"] = "Approved", ["Decide.GiftDestination"] = "Raffle" });
        var kept = await DecideAsync(mark, id, new Dictionary<string, string> { ["Decide.Outcome"] = "Approved", ["Decide.Motivation"] = "Uitzondering.", ["Decide.GiftDestination"] = "Keep" });
        var motivated = await DecideAsync(mark, id, new Dictionary<string, string>
        {
            ["Decide.Outcome"] = "Approved",
            ["Decide.Motivation"] = "De gever is een vrijwilligersorganisatie; het wijn wordt verloot.",
            ["Decide.GiftDestination"] = "Raffle",
        });
        using var iris = app.CreateLoketClient();
        await iris.LoginAsDemoAsync("alphen-aan-den-rijn", "integriteit");
        var (_, register) = await iris.GetPageAsync($"/registers/geschenken?q={Uri.EscapeDataString(subject)}");
        var csv = await iris.Http.GetStringAsync($"/registers/geschenken/export.csv?q={Uri.EscapeDataString(subject)}");
        var (_, onlyAgainst) = await iris.GetPageAsync($"/registers/geschenken?q={Uri.EscapeDataString(subject)}&tegenoordeel=true");
        var (_, details) = await mila.GetPageAsync($"/meldingen/{id}");

        Assert.Contains("rood", page.QuerySelector(".utrecht-alert--warning")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Kies", "Verloten onder collega's", "Tentoonstellen op de afdeling", "Naar een goed doel", "Teruggeven aan de gever"], options);
        Assert.Contains("toel. 4", page.QuerySelector("#Decide_GiftDestination-hint")?.TextContent ?? page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Motiveer waarom", (await ParseAsync(unmotivated)).QuerySelector("#foutmeldingen")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("staat niet toe", (await ParseAsync(kept)).QuerySelector("#foutmeldingen")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, motivated.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.Declarations.Where(d => d.Id == id).Select(d => d.AgainstVerdict).SingleAsync(), "alphen-aan-den-rijn"));
        Assert.Contains("Tegen het oordeel in", register.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("ja", lines[1].Split(';')[Array.IndexOf(lines[0].Split(';'), "Tegen het oordeel in")]);
        Assert.Contains("Tegen het oordeel in", details.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(onlyAgainst.QuerySelector($"a[href='/meldingen/{id}']"));
        Assert.True(onlyAgainst.QuerySelector("#tegenoordeel")!.HasAttribute("checked"));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task In_s_Hertogenbosch_the_manager_may_let_the_employee_keep_a_gift(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var mila = app.CreateLoketClient();
        await mila.LoginAsDemoAsync("s-hertogenbosch", "medewerker");
        var id = await SubmitGiftAsync(mila, "Doos bonbons", value: "15");
        using var mark = app.CreateLoketClient();
        await mark.LoginAsDemoAsync("s-hertogenbosch", "manager");

        var (_, page) = await mark.GetPageAsync($"/meldingen/{id}");
        var decided = await DecideAsync(mark, id, new Dictionary<string, string> { ["Decide.Outcome"] = "Approved", ["Decide.GiftDestination"] = "Keep" });
        using var iris = app.CreateLoketClient();
        await iris.LoginAsDemoAsync("s-hertogenbosch", "integriteit");
        var (_, all) = await iris.GetPageAsync("/registers/geschenken?q=bonbons");
        var (_, onlyAgainst) = await iris.GetPageAsync("/registers/geschenken?q=bonbons&tegenoordeel=true");

        Assert.Contains("Zelf houden", page.QuerySelector("#Decide_GiftDestination")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".loket-decision-form .utrecht-alert--warning"));
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Declarations.Where(d => d.Id == id).Select(d => d.AgainstVerdict).SingleAsync(), "s-hertogenbosch"));
        Assert.NotNull(all.QuerySelector($"a[href='/meldingen/{id}']"));
        Assert.Null(onlyAgainst.QuerySelector($"a[href='/meldingen/{id}']"));
    }
}
