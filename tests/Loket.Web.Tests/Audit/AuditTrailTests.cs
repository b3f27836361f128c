using Loket.Web.Audit;
using Loket.Web.Infrastructure.Crypto;
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

        // The test clock stands still, so the newest entries are found by their chain: sign-ins go to the municipality's.
        var entries = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Chain == a.TenantId).OrderByDescending(a => a.Sequence).Take(5).ToListAsync());
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
        Assert.Matches("regel 3 van .+ ontbreekt", result.Message);
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

    [Theory, OnSqlite, OnPostgres]
    public async Task Each_municipality_writes_a_chain_of_its_own_and_an_entry_forged_into_another_is_found(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind);
        using var leiden = app.CreateLoketClient();
        using var leiderdorp = app.CreateLoketClient();
        await leiden.LoginAsDemoAsync("leiden", "medewerker");
        await leiderdorp.LoginAsDemoAsync("leiderdorp", "medewerker");
        var (leidenId, leiderdorpId) = await app.WithDbAsync(async db =>
            (await db.Tenants.Where(t => t.Slug == "leiden").Select(t => t.Id).SingleAsync(), await db.Tenants.Where(t => t.Slug == "leiderdorp").Select(t => t.Id).SingleAsync()));

        var misplaced = await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.TenantId != null && a.Chain != a.TenantId));
        var leidenLogin = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == "Login" && a.TenantId == leidenId));
        var intactBefore = await VerifyAsync(app, leiderdorpId);
        // Someone with database access copies Leiden's sign-in into Leiderdorp's chain and even recomputes the hash.
        await app.WithDbAsync(async db =>
        {
            var tail = await db.AuditEntries.Where(a => a.Chain == leiderdorpId).OrderByDescending(a => a.Sequence).FirstAsync();
            var forged = new AuditEntry
            {
                Chain = leiderdorpId,
                Sequence = tail.Sequence + 1,
                At = leidenLogin.At,
                TenantId = leidenLogin.TenantId,
                ActorUserId = leidenLogin.ActorUserId,
                ActorName = leidenLogin.ActorName,
                Action = leidenLogin.Action,
                Entity = leidenLogin.Entity,
                EntityId = leidenLogin.EntityId,
                Summary = leidenLogin.Summary,
                PreviousHash = tail.Hash,
                Hash = string.Empty,
            };
            // With the key file too: the worst case, where only the municipality check can catch it.
            forged.Hash = AuditHash.Compute(forged, ChainKey(app));
            db.AuditEntries.Add(forged);
            return await db.SaveChangesAsync();
        });

        Assert.Equal(0, misplaced);
        Assert.Equal(leidenId, leidenLogin.Chain);
        Assert.True(intactBefore.IsIntact);
        // The auditor's check covers the municipality's chain and the installation's, each with the hash to keep outside the database.
        Assert.Matches("^OK: \\d+ regels in 2 ketens gecontroleerd; de installatie: \\d+ regels, laatste hash [0-9a-f]{64}; Gemeente Leiderdorp: \\d+ regels, laatste hash [0-9a-f]{64}$", intactBefore.Message);
        Assert.True((await VerifyAsync(app, leidenId)).IsIntact);
        var broken = await VerifyAsync(app, leiderdorpId);
        Assert.False(broken.IsIntact);
        Assert.Contains("Leiderdorp hoort bij een andere gemeente", broken.Message, StringComparison.Ordinal);
        Assert.False((await VerifyAsync(app)).IsIntact);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_municipality_entry_forged_into_the_installation_chain_is_found(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind);
        using var client = app.CreateLoketClient();
        await client.LoginAsDemoAsync("leiden", "medewerker");
        var leidenId = await app.WithDbAsync(db => db.Tenants.Where(t => t.Slug == "leiden").Select(t => t.Id).SingleAsync());
        var leidenLogin = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == "Login" && a.TenantId == leidenId));

        // The installation's chain once also held the entries of every municipality from before the chains
        // were split; no installation has those, so it holds only what belongs to no municipality.
        await app.WithDbAsync(async db =>
        {
            var tail = await db.AuditEntries.Where(a => a.Chain == Guid.Empty).OrderByDescending(a => a.Sequence).FirstOrDefaultAsync();
            var forged = new AuditEntry
            {
                Chain = Guid.Empty,
                Sequence = (tail?.Sequence ?? 0) + 1,
                At = leidenLogin.At,
                TenantId = leidenId,
                ActorUserId = leidenLogin.ActorUserId,
                ActorName = leidenLogin.ActorName,
                Action = leidenLogin.Action,
                Entity = leidenLogin.Entity,
                EntityId = leidenLogin.EntityId,
                Summary = leidenLogin.Summary,
                PreviousHash = tail?.Hash ?? AuditHash.Genesis,
                Hash = string.Empty,
            };
            forged.Hash = AuditHash.Compute(forged, ChainKey(app));
            db.AuditEntries.Add(forged);
            return await db.SaveChangesAsync();
        });

        var broken = await VerifyAsync(app);

        Assert.False(broken.IsIntact);
        Assert.Contains("van de installatie hoort bij Gemeente Leiden", broken.Message, StringComparison.Ordinal);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task An_entry_another_node_appended_meanwhile_is_kept_and_the_next_write_follows_it(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind);
        using var first = app.CreateLoketClient();
        await first.LoginAsDemoAsync("leiden", "medewerker");
        var leidenId = await app.WithDbAsync(db => db.Tenants.Where(t => t.Slug == "leiden").Select(t => t.Id).SingleAsync());
        // A second node (or the CLI) appends to Leiden's chain; this process still remembers the old tail.
        var other = await app.WithDbAsync(async db =>
        {
            var tail = await db.AuditEntries.Where(a => a.Chain == leidenId).OrderByDescending(a => a.Sequence).FirstAsync();
            var entry = new AuditEntry
            {
                Chain = leidenId,
                Sequence = tail.Sequence + 1,
                At = tail.At.AddSeconds(1),
                TenantId = leidenId,
                ActorName = "ander knooppunt",
                Action = "Login",
                Entity = "UserAccount",
                EntityId = "x",
                Summary = "wachtwoord",
                PreviousHash = tail.Hash,
                Hash = string.Empty,
            };
            entry.Hash = AuditHash.Compute(entry, ChainKey(app));
            db.AuditEntries.Add(entry);
            await db.SaveChangesAsync();
            return entry;
        });

        using var second = app.CreateLoketClient();
        await second.LoginAsDemoAsync("leiden", "manager");

        var after = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Chain == leidenId && a.Sequence > other.Sequence - 1).OrderBy(a => a.Sequence).ToListAsync());
        Assert.Equal(other.Hash, after[0].Hash);
        Assert.Contains(after.Skip(1), a => a.Action == "Login" && a.ActorName != "ander knooppunt");
        Assert.Equal(other.Hash, after[1].PreviousHash);
        Assert.True((await VerifyAsync(app)).IsIntact);
    }

    /// <summary>The chain key as a node with the key file derives it.</summary>
    private static byte[] ChainKey(LoketApp app) => app.Services.GetRequiredService<KeyRing>().DeriveKey(AuditHash.KeyPurpose);

    private static async Task<AuditVerification> VerifyAsync(LoketApp app, Guid? tenantId = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync(tenantId);
    }

    // Quoting differs: PostgreSQL folds unquoted names to lower case.
    private static string Sql(DatabaseKind kind, string template, string column) => kind == DatabaseKind.Postgres
        ? string.Format(System.Globalization.CultureInfo.InvariantCulture, template, "\"AuditEntries\"", $"\"{column}\"", "\"Sequence\"")
        : string.Format(System.Globalization.CultureInfo.InvariantCulture, template, "AuditEntries", column, "Sequence");
}
