using System.Net;
using Loket.Policy;
using Loket.Web.Declarations;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Loket.Web.Tests.Declarations.DeclarationSteps;

namespace Loket.Web.Tests.Declarations;

public sealed class FourEyesTests
{
    private static EmployeeDeclaration Gift(Guid employee, Guid? decider) => new DeclarationBuilder { EmployeeId = employee, DeciderId = decider }.Build();

    private static readonly Decision Keep = new(DeclarationStatus.Approved, null, GiftDestination: GiftDestination.Keep);

    [Fact]
    public void Nobody_decides_on_their_own_declaration_even_when_it_was_routed_to_them()
    {
        var me = Guid.NewGuid();
        var declaration = Gift(me, me);

        var error = declaration.Decide(Keep, GiftDestinations.Default, me, deciderIsRelation: false, deciderIsOfficer: true, DateTimeOffset.UnixEpoch);

        Assert.IsType<OwnOrRelationsDeclaration>(error);
        Assert.Equal(DeclarationStatus.Submitted, declaration.Status);
    }

    [Fact]
    public void Nobody_decides_on_a_relations_declaration()
    {
        var decider = Guid.NewGuid();
        var declaration = Gift(Guid.NewGuid(), decider);

        var error = declaration.Decide(Keep, GiftDestinations.Default, decider, deciderIsRelation: true, deciderIsOfficer: false, DateTimeOffset.UnixEpoch);

        Assert.IsType<OwnOrRelationsDeclaration>(error);
        Assert.Equal(DeclarationStatus.Submitted, declaration.Status);
    }

    [Fact]
    public void Only_the_person_it_was_routed_to_decides()
    {
        var declaration = Gift(Guid.NewGuid(), Guid.NewGuid());

        var error = declaration.Decide(Keep, GiftDestinations.Default, Guid.NewGuid(), deciderIsRelation: false, deciderIsOfficer: true, DateTimeOffset.UnixEpoch);

        Assert.IsType<NotRoutedToYou>(error);
    }

    [Fact]
    public void A_decision_is_taken_once()
    {
        var decider = Guid.NewGuid();
        var declaration = Gift(Guid.NewGuid(), decider);

        Assert.Null(declaration.Decide(Keep, GiftDestinations.Default, decider, false, false, DateTimeOffset.UnixEpoch));
        Assert.IsType<AlreadyDecided>(declaration.Decide(Keep with { Outcome = DeclarationStatus.Refused, Motivation = "toch niet" }, GiftDestinations.Default, decider, false, false, DateTimeOffset.UnixEpoch));
        Assert.Equal(DeclarationStatus.Approved, declaration.Status);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_manager_who_posts_a_decision_on_his_own_declaration_is_refused_by_the_server(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var mark = app.CreateLoketClient();
        await mark.LoginAsDemoAsync("alphen-aan-den-rijn", "manager");
        var id = await SubmitGiftAsync(mark, "Eigen geschenk");

        var (_, page) = await mark.GetPageAsync($"/meldingen/{id}");
        var response = await DecideAsync(mark, id, new Dictionary<string, string> { ["Decide.Outcome"] = "Approved", ["Decide.GiftDestination"] = "Keep" });
        var stored = await app.WithDbAsync(db => db.Declarations.Where(d => d.Id == id).Select(d => new { d.Status, d.Decider!.Name }).SingleAsync(), "alphen-aan-den-rijn");

        Assert.Null(page.QuerySelector("form.loket-decision-form"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("eigen opgave", (await ParseAsync(response)).QuerySelector("#foutmeldingen")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(DeclarationStatus.Submitted, stored.Status);
        Assert.Equal("Sander Secretaris", stored.Name);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Someone_outside_the_line_cannot_read_or_decide_and_gets_404(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var mila = app.CreateLoketClient();
        await mila.LoginAsDemoAsync("alphen-aan-den-rijn", "medewerker");
        var id = await SubmitGiftAsync(mila, "Boek");
        using var vera = app.CreateLoketClient();
        await vera.LoginAsDemoAsync("alphen-aan-den-rijn", "vertrouwenspersoon");
        using var sander = app.CreateLoketClient();
        await sander.LoginAsDemoAsync("alphen-aan-den-rijn", "secretaris");
        using var other = app.CreateLoketClient();
        await other.LoginAsDemoAsync("leiden", "integriteit");

        Assert.Equal(HttpStatusCode.NotFound, (await vera.Http.GetAsync($"/meldingen/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await DecideAsync(vera, id, new Dictionary<string, string> { ["Decide.Outcome"] = "Approved" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync($"/meldingen/{id}")).StatusCode);
        // The manager's manager is in the line and may read (not decide).
        Assert.Equal(HttpStatusCode.OK, (await sander.Http.GetAsync($"/meldingen/{id}")).StatusCode);
    }
}
