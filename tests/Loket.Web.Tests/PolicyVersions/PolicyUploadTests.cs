using System.Net;
using Loket.Policy;
using Loket.Web.Declarations;
using Loket.Web.PolicyVersions;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Loket.Web.Tests.Declarations.DeclarationSteps;
using static Loket.Web.Tests.PolicyVersions.PolicySteps;

namespace Loket.Web.Tests.PolicyVersions;

/// <summary>
/// A new version of a code of conduct goes in through the browser: uploaded by an administrator, checked
/// with file:line errors, shown as changes in terms of the code, approved by an integrity officer, and
/// used from its effective date on, without a restart.
/// </summary>
public sealed class PolicyUploadTests
{
    private static readonly DateOnly FirstOfDecember = new(2026, 12, 1);

    [Theory, OnSqlite, OnPostgres]
    public async Task An_uploaded_version_with_an_error_is_fixed_in_the_browser_approved_by_the_officer_and_judges_declarations_from_its_date(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind);
        using var bea = app.CreateLoketClient();
        await bea.LoginAsDemoAsync("leiden", "beheerder");
        var good = LeidenWithLimit75("2026-12-01");
        var broken = good.Replace("    amount: 75\n", "    amount: vijfenzeventig\n", StringComparison.Ordinal);
        var line = broken.Split('\n').ToList().FindIndex(l => l.Contains("vijfenzeventig", StringComparison.Ordinal)) + 1;

        var refused = await UploadFileAsync(bea, broken, FirstOfDecember);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await ParseAsync(refused);
        Assert.Contains($"leiden-1.4.yaml:{line}: 'amount' moet een bedrag zijn", page.QuerySelector("#foutmeldingen")!.TextContent, StringComparison.Ordinal);
        var kept = page.QuerySelector("textarea[name='Input.Text']")!.TextContent;
        Assert.Equal(broken, kept);
        Assert.Equal(0, await app.WithDbAsync(db => db.StoredPolicies.CountAsync(p => p.Version == "1.4")));

        var id = IdFrom(await UploadTextAsync(bea, page, kept.Replace("vijfenzeventig", "75", StringComparison.Ordinal), FirstOfDecember));

        var review = await MainTextAsync((await bea.GetPageAsync($"/beheer/gedragscode/{id}")).Response);
        Assert.Contains("Leiden 4.3: grens € 50 → € 75", review, StringComparison.Ordinal);
        Assert.Contains("ten opzichte van versie 1.3", review, StringComparison.Ordinal);
        Assert.Contains("Wacht op goedkeuring", review, StringComparison.Ordinal);
        // The uploader is no officer: the approval is not hers to give.
        Assert.Equal(HttpStatusCode.Forbidden, (await DecideAsync(bea, id, "Approve")).StatusCode);

        using var iris = app.CreateLoketClient();
        await iris.LoginAsDemoAsync("leiden", "integriteit");
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(iris, id, "Approve")).StatusCode);

        var stored = await app.WithDbAsync(db => db.StoredPolicies.SingleAsync(p => p.Id == id));
        Assert.Equal((StoredPolicyStatus.Approved, StoredPolicy.Hash(good)), (stored.Status, stored.ContentHash));
        using var mila = app.CreateLoketClient();
        await mila.LoginAsDemoAsync("leiden", "medewerker");
        var before = await SubmitGiftAsync(mila, "Wijn van de aannemer", value: "60");
        app.Time.Advance(TimeSpan.FromDays(6)); // Tuesday 1 December 2026; the session of last week has ended
        using var milaNextWeek = app.CreateLoketClient();
        await milaNextWeek.LoginAsDemoAsync("leiden", "medewerker");
        var after = await SubmitGiftAsync(milaNextWeek, "Wijn van de leverancier", value: "60");

        var judged = await app.WithDbAsync(db => db.Declarations.Where(d => d.Id == before || d.Id == after).ToDictionaryAsync(d => d.Id, d => (d.Verdict, d.Citation)), "leiden");
        Assert.Equal(Verdict.Rood, judged[before].Verdict);
        Assert.StartsWith("leiden 1.3:", judged[before].Citation, StringComparison.Ordinal);
        Assert.Equal(Verdict.Groen, judged[after].Verdict);
        Assert.StartsWith("leiden 1.4:", judged[after].Citation, StringComparison.Ordinal);

        var trail = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Entity == nameof(StoredPolicy) && a.EntityId == id.ToString()).ToListAsync());
        Assert.Contains(trail, a => a.Action == "Created" && a.ActorName == "Bea Beheerder");
        Assert.Contains(trail, a => a.Action == "Modified" && a.ActorName == "Iris Integriteit" && a.Summary.Contains("Status", StringComparison.Ordinal));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Another_municipality_sees_none_of_it_and_an_employee_is_turned_away(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var bea = app.CreateLoketClient();
        await bea.LoginAsDemoAsync("leiden", "beheerder");
        var effective = new DateOnly(2027, 2, 1).AddDays(Random.Shared.Next(0, 300));
        var id = IdFrom(await UploadFileAsync(bea, LeidenWithLimit75(effective.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Replace("\"1.4\"", $"\"1.4-{effective.DayOfYear}\"", StringComparison.Ordinal), effective));

        using var otherOfficer = app.CreateLoketClient();
        await otherOfficer.LoginAsDemoAsync("leiderdorp", "integriteit");
        Assert.Equal(HttpStatusCode.NotFound, (await otherOfficer.GetPageAsync($"/beheer/gedragscode/{id}")).Response.StatusCode);
        var token = (await otherOfficer.GetPageAsync("/beheer/gedragscode")).Document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";
        var post = await otherOfficer.Http.PostAsync($"/beheer/gedragscode/{id}?handler=Approve", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.NotEqual(HttpStatusCode.Redirect, post.StatusCode);
        Assert.DoesNotContain($"/beheer/gedragscode/{id}", await MainTextAsync((await otherOfficer.GetPageAsync("/beheer/gedragscode")).Response), StringComparison.Ordinal);
        Assert.Equal(StoredPolicyStatus.Pending, await app.WithDbAsync(db => db.StoredPolicies.Where(p => p.Id == id).Select(p => p.Status).SingleAsync()));

        using var mila = app.CreateLoketClient();
        await mila.LoginAsDemoAsync("leiden", "medewerker");
        Assert.Equal(HttpStatusCode.Forbidden, (await mila.GetPageAsync("/beheer/gedragscode")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await mila.GetPageAsync(UploadPage)).Response.StatusCode);
        using var iris = app.CreateLoketClient();
        await iris.LoginAsDemoAsync("leiden", "integriteit");
        Assert.Equal(HttpStatusCode.Forbidden, (await iris.GetPageAsync(UploadPage)).Response.StatusCode);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_version_starting_today_or_on_the_date_of_another_is_refused_and_the_text_stays(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var bea = app.CreateLoketClient();
        await bea.LoginAsDemoAsync("leiderdorp", "beheerder");
        var shipped = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "policies", "leiderdorp", "concept-2025-02-11.yaml"));
        var today = DateOnly.FromDateTime(app.Time.GetUtcNow().UtcDateTime);
        var todays = shipped.Replace("effective-from: 2025-02-11", $"effective-from: {today:yyyy-MM-dd}", StringComparison.Ordinal).Replace("version: \"concept-2025-02-11\"", "version: \"vandaag\"", StringComparison.Ordinal);

        var refused = await UploadFileAsync(bea, todays, today);
        var text = await MainTextAsync(refused);
        Assert.Contains("Een nieuwe versie gaat op zijn vroegst morgen in", text, StringComparison.Ordinal);
        Assert.Equal(todays, (await ParseAsync(refused)).QuerySelector("textarea[name='Input.Text']")!.TextContent);

        var sameDayAsShipped = await UploadFileAsync(bea, shipped.Replace("version: \"concept-2025-02-11\"", "version: \"2\"", StringComparison.Ordinal), new DateOnly(2025, 2, 11));
        Assert.Contains("Een nieuwe versie gaat op zijn vroegst morgen in", await MainTextAsync(sameDayAsShipped), StringComparison.Ordinal);

        var mismatch = await UploadFileAsync(bea, todays, today.AddDays(3));
        Assert.Contains("is niet de datum die je opgaf", await MainTextAsync(mismatch), StringComparison.Ordinal);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_second_node_picks_up_an_approval_on_its_next_check_without_a_restart(DatabaseKind kind)
    {
        await using var first = await LoketApp.StartAsync(kind);
        await using var second = new LoketApp(first.Database, new Dictionary<string, string?> { ["Crypto:KeyFile"] = first.KeyFile }, ownsDatabase: false);
        _ = second.Server;
        using var bea = first.CreateLoketClient();
        await bea.LoginAsDemoAsync("leiden", "beheerder");
        var id = IdFrom(await UploadFileAsync(bea, LeidenWithLimit75("2026-12-01"), FirstOfDecember));
        using var iris = first.CreateLoketClient();
        await iris.LoginAsDemoAsync("leiden", "integriteit");
        var refresh = second.Services.GetRequiredService<PolicyCatalogRefresh>();
        Assert.False(await refresh.RefreshIfChangedAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(iris, id, "Approve")).StatusCode);

        Assert.Equal("1.4", first.Services.GetRequiredService<PolicyEngine>().Catalog.InForce("leiden", FirstOfDecember).Version);
        Assert.Equal("1.3", second.Services.GetRequiredService<PolicyEngine>().Catalog.InForce("leiden", FirstOfDecember).Version);
        Assert.True(await refresh.RefreshIfChangedAsync());
        Assert.Equal("1.4", second.Services.GetRequiredService<PolicyEngine>().Catalog.InForce("leiden", FirstOfDecember).Version);
        Assert.Equal("1.3", second.Services.GetRequiredService<PolicyEngine>().Catalog.InForce("leiden", FirstOfDecember.AddDays(-1)).Version);
    }
}
