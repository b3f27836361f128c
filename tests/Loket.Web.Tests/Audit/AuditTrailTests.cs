using Loket.Web.Infrastructure.Audit;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Loket.Web.Tests.Audit;

public sealed class AuditTrailTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task Every_write_and_login_extends_an_intact_chain(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind);
        using var client = app.CreateLoketClient();
        var before = await app.WithDbAsync(db => db.AuditEntries.CountAsync());

        await client.LoginAsDemoAsync("leiden", "medewerker");

        var entries = await app.WithDbAsync(db => db.AuditEntries.OrderByDescending(a => a.Sequence).Take(5).ToListAsync());
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.CountAsync()) > before);
        Assert.Contains(entries, e => e.Action == "Login" && e.ActorName == "Mila Medewerker");
        Assert.True((await VerifyAsync(app)).IsIntact);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Editing_an_audit_row_in_the_database_breaks_the_chain_at_that_row(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind);

        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(Sql(kind, "UPDATE {0} SET {1} = 'verdoezeld' WHERE {2} = 7", "Summary")));
        var result = await VerifyAsync(app);

        Assert.False(result.IsIntact);
        Assert.Equal(7, result.BrokenAt);
        Assert.Contains("gewijzigd", result.Message, StringComparison.Ordinal);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Deleting_an_audit_row_in_the_database_is_reported_as_a_gap(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind);

        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(Sql(kind, "DELETE FROM {0} WHERE {2} = 3", "Summary")));
        var result = await VerifyAsync(app);

        Assert.False(result.IsIntact);
        Assert.Contains("regel 3 ontbreekt", result.Message, StringComparison.Ordinal);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task The_trail_cannot_be_changed_through_the_application(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => app.WithDbAsync(async db =>
        {
            var entry = await db.AuditEntries.OrderBy(a => a.Sequence).FirstAsync();
            entry.Summary = "anders";
            return await db.SaveChangesAsync();
        }));

        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task The_auditor_sees_the_trail_of_their_own_municipality_and_can_check_the_chain(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var client = app.CreateLoketClient();
        await client.LoginAsDemoAsync("leiden", "auditor");

        var (_, page) = await client.GetPageAsync("/audit");
        var verify = await client.SubmitAsync(page, "form[action*='Verify']", new Dictionary<string, string>(), "/audit");
        var body = await verify.Content.ReadAsStringAsync();

        Assert.Contains("Aart Auditor", page.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("OK:", body, StringComparison.Ordinal);
    }

    private static async Task<AuditVerification> VerifyAsync(LoketApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync();
    }

    // Quoting differs: PostgreSQL folds unquoted names to lower case.
    private static string Sql(DatabaseKind kind, string template, string column) => kind == DatabaseKind.Postgres
        ? string.Format(System.Globalization.CultureInfo.InvariantCulture, template, "\"AuditEntries\"", $"\"{column}\"", "\"Sequence\"")
        : string.Format(System.Globalization.CultureInfo.InvariantCulture, template, "AuditEntries", column, "Sequence");
}
