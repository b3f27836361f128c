using System.Net;
using Loket.Web.Identity.Passwords;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Loket.Web.Tests.Declarations.DeclarationSteps;
using static Loket.Web.Tests.Identity.AccountMailSteps;

namespace Loket.Web.Tests.Identity;

public sealed class InvitationTests
{
    private const string Chosen = "Fietsen langs de Oude Rijn in december";

    [Theory, OnSqlite, OnPostgres]
    public async Task An_invited_employee_sets_a_password_through_the_mailed_link_once_and_then_signs_in(DatabaseKind kind)
    {
        await using var smtp = TestSmtpServer.Start();
        await using var app = await LoketApp.StartAsync(kind, smtp.Settings);
        var (employeeId, email) = await NewEmployeeAsync(app, "leiden", "Ilse Uitgenodigd");
        using var admin = app.CreateLoketClient();
        await admin.LoginAsDemoAsync("leiden", "beheerder");

        var (_, form) = await admin.GetPageAsync($"/beheer/gebruikers/uitnodigen?medewerker={employeeId}");
        Assert.Equal(email, ((AngleSharp.Html.Dom.IHtmlInputElement)form.QuerySelector("input[name='Input.Email']")!).Value);
        var invited = await admin.SubmitAsync(form, "main form", new Dictionary<string, string>(), $"/beheer/gebruikers/uitnodigen?medewerker={employeeId}");
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);

        var mail = await WaitForMailAsync(smtp, email);
        var link = LinkIn(mail);
        var token = link.Split('/')[^1];
        Assert.Equal("Je account voor Integriteitsloket bij Gemeente Leiden", mail.Subject);
        Assert.DoesNotContain("Medewerker", mail.TextBody, StringComparison.Ordinal);
        // Only the hash is kept: the token itself is nowhere in the database.
        var stored = await app.WithDbAsync(db => db.PasswordLinks.Select(l => l.TokenHash).ToListAsync());
        Assert.Contains(PasswordLink.Hash(token), stored);
        Assert.DoesNotContain(token, stored);

        using var ilse = app.CreateLoketClient();
        using var tooLate = app.CreateLoketClient();
        var (_, stale) = await tooLate.GetPageAsync(link);
        var (_, page) = await ilse.GetPageAsync(link);
        Assert.Contains(email, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var weak = await ilse.SubmitAsync(page, "main form", new Dictionary<string, string> { ["Input.New"] = "kort", ["Input.Repeat"] = "kort" }, link);
        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        Assert.Contains("minstens 12 tekens", (await ParseAsync(weak)).QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var set = await ilse.PostFormAsync(link, "main form", new Dictionary<string, string> { ["Input.New"] = Chosen, ["Input.Repeat"] = Chosen });
        Assert.Equal("/wachtwoord/ingesteld", set.Headers.Location?.OriginalString);
        Assert.Equal("/mijn", (await ilse.LoginAsync("leiden", email, Chosen)).Headers.Location?.OriginalString);

        var (again, used) = await ilse.GetPageAsync(link);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("Deze link is al gebruikt", used.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        // A form opened before the link was used cannot use it after.
        var reused = await tooLate.SubmitAsync(stale, "main form", new Dictionary<string, string> { ["Input.New"] = "Een ander lang wachtwoord 99", ["Input.Repeat"] = "Een ander lang wachtwoord 99" }, link);
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        Assert.Contains("Deze link is al gebruikt", (await ParseAsync(reused)).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/mijn", (await app.CreateLoketClient().LoginAsync("leiden", email, Chosen)).Headers.Location?.OriginalString);

        var userId = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == email).Select(u => u.Id).SingleAsync());
        var events = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityId == userId.ToString()).Select(a => a.Action).ToListAsync());
        Assert.Contains("Invite", events);
        Assert.Contains("InvitationAccepted", events);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Sending_an_invitation_again_ends_the_previous_link_and_an_unused_link_expires_after_seven_days(DatabaseKind kind)
    {
        await using var smtp = TestSmtpServer.Start();
        await using var app = await LoketApp.StartAsync(kind, smtp.Settings);
        var (employeeId, email) = await NewEmployeeAsync(app, "leiden", "Bart Tweemaal");
        using var admin = app.CreateLoketClient();
        await admin.LoginAsDemoAsync("leiden", "beheerder");
        await admin.PostFormAsync($"/beheer/gebruikers/uitnodigen?medewerker={employeeId}", "main form", new Dictionary<string, string>());
        var first = LinkIn(await WaitForMailAsync(smtp, email));
        var membershipId = await app.WithDbAsync(db => db.Memberships.IgnoreQueryFilters().Where(m => m.User!.UserName == email).Select(m => m.Id).SingleAsync());

        var resent = await admin.PostFormAsync($"/beheer/gebruikers/{membershipId}", "form[action*='handler=Resend']", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, resent.StatusCode);
        var second = LinkIn(await WaitForMailAsync(smtp, email, count: 2));

        using var bart = app.CreateLoketClient();
        Assert.Contains("nieuwere", (await bart.GetPageAsync(first)).Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull((await bart.GetPageAsync(second)).Document.QuerySelector("input[name='Input.New']"));
        app.Time.Advance(PasswordLink.InvitationLifetime + TimeSpan.FromMinutes(1));
        var (expired, page) = await bart.GetPageAsync(second);
        Assert.Equal(HttpStatusCode.OK, expired.StatusCode);
        Assert.Contains("verlopen", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("input[name='Input.New']"));
        var (_, unknown) = await bart.GetPageAsync("/wachtwoord/instellen/bestaat-niet");
        Assert.Contains("Deze link werkt niet meer", unknown.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Only_an_administrator_of_the_municipality_invites_and_another_municipalitys_people_are_not_found(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        var (elsewhere, _) = await NewEmployeeAsync(app, "s-hertogenbosch", "Els Elders");
        var otherMembership = await app.WithDbAsync(db => db.Memberships.IgnoreQueryFilters().Where(m => m.User!.UserName == "medewerker@s-hertogenbosch").Select(m => m.Id).SingleAsync());
        using var admin = app.CreateLoketClient();
        await admin.LoginAsDemoAsync("leiden", "beheerder");
        using var hr = app.CreateLoketClient();
        await hr.LoginAsDemoAsync("leiden", "hr");

        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync($"/beheer/gebruikers/uitnodigen?medewerker={elsewhere}")).StatusCode);
        var (_, form) = await admin.GetPageAsync("/beheer/gebruikers/uitnodigen");
        var foreign = await admin.SubmitAsync(form, "main form", new Dictionary<string, string>
        {
            ["Input.EmployeeId"] = elsewhere.ToString(),
            ["Input.DisplayName"] = "Els",
            ["Input.Email"] = "els@example.org",
        }, "/beheer/gebruikers/uitnodigen");
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        var resend = await admin.SubmitAsync(form, "main form", new Dictionary<string, string> { ["membershipId"] = otherMembership.ToString() }, formAction: "/beheer/gebruikers/uitnodigen?handler=Resend");
        Assert.Equal(HttpStatusCode.NotFound, resend.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await hr.Http.GetAsync("/beheer/gebruikers/uitnodigen")).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "els@example.org")));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task In_a_municipality_that_signs_in_through_its_own_provider_the_invitation_says_so_and_carries_no_link(DatabaseKind kind)
    {
        await using var smtp = TestSmtpServer.Start();
        var settings = new Dictionary<string, string?>(smtp.Settings)
        {
            ["Identity:Oidc:leiden:Authority"] = "https://idp.test.invalid",
            ["Identity:Oidc:leiden:ClientId"] = "loket",
            ["Identity:Oidc:leiden:DisplayName"] = "Inloggen met je Leiden-account",
        };
        await using var app = await LoketApp.StartAsync(kind, settings);
        var (employeeId, email) = await NewEmployeeAsync(app, "leiden", "Sam Sso");
        using var admin = app.CreateLoketClient();
        await admin.LoginAsDemoAsync("leiden", "beheerder");

        await admin.PostFormAsync($"/beheer/gebruikers/uitnodigen?medewerker={employeeId}", "main form", new Dictionary<string, string>());

        var mail = await WaitForMailAsync(smtp, email);
        Assert.Contains("Je logt in via je organisatie", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://loket.test.invalid/inloggen", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("/wachtwoord/instellen/", mail.TextBody, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.PasswordLinks.AnyAsync(l => l.UserId == db.Users.Single(u => u.Email == email).Id)));
    }
}
