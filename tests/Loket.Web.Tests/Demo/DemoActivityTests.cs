using Loket.Policy;
using Loket.Web.Declarations;
using Loket.Web.Meldpunt.Case;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Loket.Web.Tests.Demo;

/// <summary>Issue 16 point 7: the demo looks lived in, every role has work, and a second start adds nothing.</summary>
public sealed class DemoActivityTests
{
    private static readonly Dictionary<string, string?> WithActivity = new() { ["Demo:Activity"] = "true" };

    [Theory, OnSqlite, OnPostgres]
    public async Task A_demo_start_gives_every_municipality_a_year_judged_by_its_own_code_and_every_role_work(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind, WithActivity);
        var now = app.Time.GetUtcNow();
        var tenants = await app.WithDbAsync(db => db.Tenants.ToListAsync());
        Assert.Equal(5, tenants.Count);
        Assert.All(tenants, t => Assert.True(t.IsDemo));

        var texts = new List<string>();
        foreach (var tenant in tenants)
        {
            var declarations = await app.WithDbAsync(db => db.Declarations.ToListAsync(), tenant.Slug);
            // Judged by the municipality's own code: the citation names its policy, never another's. The one exception
            // is the organisation's published side activity (DemoDeclarations), made without the engine and marked so.
            var judged = declarations.Where(d => d.Citation != "voorbeeldgegevens").ToList();
            Assert.True(judged.Count >= 16);
            Assert.All(judged, d => Assert.StartsWith($"{tenant.PolicySlug} ", d.Citation, StringComparison.Ordinal));
            Assert.Equal(Enum.GetValues<DeclarationType>().Order(), declarations.Select(d => d.Type).Distinct().Order());
            Assert.Equal(Enum.GetValues<DeclarationStatus>().Order(), declarations.Select(d => d.Status).Distinct().Order());
            Assert.Contains(declarations, d => d.EndDate is not null);
            Assert.Contains(declarations, d => d.SupersededAt is not null && declarations.Any(n => n.PreviousVersionId == d.Id));
            Assert.Contains(declarations, d => d.PublishedAt is not null);
            Assert.Contains(declarations, d => d.Status == DeclarationStatus.Submitted && now - d.SubmittedAt > TimeSpan.FromDays(14));
            Assert.Contains(declarations, d => d.EmployeeResponse is not null);
            Assert.True(declarations.Min(d => d.SubmittedAt) < now.AddDays(-300), "a year of declarations");

            var reports = await app.WithDbAsync(db => db.Reports.Include(r => r.Handlers).ToListAsync(), tenant.Slug);
            Assert.Equal(Enum.GetValues<CaseStatus>().Except([CaseStatus.Intake]).Order(), reports.Select(r => r.Status).Distinct().Order());
            Assert.Single(reports, r => CaseClocks.For(r, now).Any(c => c.State == ClockState.Overdue));
            Assert.Contains(reports, r => CaseClocks.Running(r, now).Any(c => c.Kind == ClockKind.Feedback && c.State == ClockState.DueSoon));
            Assert.Contains(reports, r => r.FeedbackAt is not null && r.Status == CaseStatus.Concluded);
            Assert.Contains(reports, r => r.Handlers.Count > 0 && r.Status == CaseStatus.Acknowledged);
            var retaliation = Assert.Single(reports, r => r.Category == ReportCategory.Retaliation);
            Assert.True(retaliation.HighPriority);
            Assert.Contains(reports, r => r.Id == retaliation.RelatedReportId);

            // Encrypted at rest like any report: the text opens only with the case's key.
            var crypto = app.Services.GetRequiredService<CaseCrypto>();
            texts.AddRange(reports.Select(r => crypto.Text(r)));
            Assert.All(reports, r => Assert.True(r.SealedText.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(crypto.Text(r)[..20])) < 0));

            Assert.True(await app.WithDbAsync(db => db.ConfidantContacts.CountAsync(), tenant.Slug) >= 8);
            Assert.True(await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.TenantId == tenant.Id && a.Entity == "Report")) >= reports.Count);
        }

        // Five municipalities, five stories: no report text is copied from one to another.
        Assert.Equal(texts.Count, texts.Distinct().Count());

        await AssertEveryRoleHasWorkAsync(app);
    }

    private static async Task AssertEveryRoleHasWorkAsync(LoketApp app)
    {
        using var employee = app.CreateLoketClient();
        await employee.LoginAsDemoAsync("leiden", "medewerker");
        var mine = (await employee.GetPageAsync("/meldingen")).Document.Body!.TextContent;
        Assert.Contains("Docent Nederlands voor nieuwkomers", mine, StringComparison.Ordinal);
        Assert.Contains("(vervangen)", mine, StringComparison.Ordinal);
        Assert.Contains("(beëindigd)", mine, StringComparison.Ordinal);
        Assert.Contains("Wacht op besluit", mine, StringComparison.Ordinal);
        Assert.Contains("Afgewezen", mine, StringComparison.Ordinal);
        Assert.Contains("Goedgekeurd onder voorwaarden", mine, StringComparison.Ordinal);

        using var manager = app.CreateLoketClient();
        await manager.LoginAsDemoAsync("leiden", "manager");
        var decide = (await manager.GetPageAsync("/beslissen")).Document.Body!.TextContent;
        Assert.Contains("Kerstpakket met streekproducten", decide, StringComparison.Ordinal);
        Assert.Contains("Victor Vergunningverlener", decide, StringComparison.Ordinal);

        using var officer = app.CreateLoketClient();
        await officer.LoginAsDemoAsync("leiden", "integriteit");
        var cases = (await officer.GetPageAsync("/meldpunt/dossiers")).Document.Body!.TextContent;
        Assert.Contains("Te laat", cases, StringComparison.Ordinal);

        using var confidant = app.CreateLoketClient();
        await confidant.LoginAsDemoAsync("leiden", "vertrouwenspersoon");
        var contacts = (await confidant.GetPageAsync("/vertrouwenspersoon/contacten")).Document.Body!.TextContent;
        Assert.Contains("Loopt nog", contacts, StringComparison.Ordinal);

        using var citizen = app.CreateLoketClient();
        var register = (await citizen.GetPageAsync("/openbaar/leiden/nevenwerkzaamheden")).Document.Body!.TextContent;
        Assert.Contains("Sander Secretaris", register, StringComparison.Ordinal);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Starting_the_demo_twice_makes_its_year_once(DatabaseKind kind)
    {
        await using var first = await LoketApp.StartAsync(kind, WithActivity);
        var before = await CountsAsync(first);

        await using var second = new LoketApp(first.Database, new Dictionary<string, string?>(WithActivity) { ["Crypto:KeyFile"] = first.KeyFile }, ownsDatabase: false);
        _ = second.Server;

        Assert.Equal(before, await CountsAsync(second));
        Assert.True(before.Declarations > 50 && before.Reports > 30 && before.Contacts > 40, before.ToString());
    }

    private static Task<(int Declarations, int Reports, int Entries, int Contacts, int Employees)> CountsAsync(LoketApp app) => app.WithDbAsync(async db => (
        await db.Declarations.IgnoreQueryFilters().CountAsync(),
        await db.Reports.IgnoreQueryFilters().CountAsync(),
        await db.CaseEntries.IgnoreQueryFilters().CountAsync(),
        await db.ConfidantContacts.IgnoreQueryFilters().CountAsync(),
        await db.Employees.IgnoreQueryFilters().CountAsync()));
}
