using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Loket.Web.Audit;
using Loket.Web.Identity;
using Loket.Web.Meldpunt.Case;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Loket.Web.Tests.Audit;

/// <summary>
/// Issue 13.8: someone who can write to the database (but has no key file) can neither rewrite an entry
/// and recompute the chain nor cut its end off unseen; role changes show what they were; the identity
/// vault's consent flag cannot be flipped unseen.
/// </summary>
public sealed class KeyedChainTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task Loket_audit_verify_finds_an_entry_rewritten_with_a_recomputed_plain_hash(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind);
        using var client = app.CreateLoketClient();
        await client.LoginAsDemoAsync("leiden", "medewerker");
        Assert.Equal(0, (await LoketCli.RunAnchoredAsync(app.Database, app.KeyFile, app.AnchorFile, "audit", "verify")).ExitCode);

        // The last entry of Leiden's chain (no successor to give it away) is rewritten, and its hash made
        // again the way anyone can without the key file: SHA-256 over the same fields.
        var rewritten = await app.WithDbAsync(async db =>
        {
            var leiden = await db.Tenants.Where(t => t.Slug == "leiden").Select(t => t.Id).SingleAsync();
            var tail = await db.AuditEntries.Where(a => a.Chain == leiden).OrderByDescending(a => a.Sequence).FirstAsync();
            var forged = new AuditEntry
            {
                Chain = tail.Chain,
                Sequence = tail.Sequence,
                At = tail.At,
                TenantId = tail.TenantId,
                ActorUserId = null,
                ActorName = "systeem",
                Action = tail.Action,
                Entity = tail.Entity,
                EntityId = tail.EntityId,
                Summary = "niets gebeurd",
                PreviousHash = tail.PreviousHash,
                Hash = string.Empty,
                HashVersion = PlainFormat,
            };
            forged.Hash = PlainHash(forged);
            await db.Database.ExecuteSqlRawAsync(
                Sql(kind, "UPDATE {0} SET \"ActorUserId\" = NULL, \"ActorName\" = {{0}}, \"Summary\" = {{1}}, \"Hash\" = {{2}}, \"HashVersion\" = {{3}} WHERE \"Chain\" = {{4}} AND \"Sequence\" = {{5}}"),
                forged.ActorName, forged.Summary, forged.Hash, forged.HashVersion, tail.Chain, tail.Sequence);
            return tail.Sequence;
        });

        var verify = await LoketCli.RunAnchoredAsync(app.Database, app.KeyFile, app.AnchorFile, "audit", "verify");

        Assert.Equal(1, verify.ExitCode);
        Assert.Contains($"BREUK: regel {rewritten} van Gemeente Leiden", verify.Error, StringComparison.Ordinal);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_chain_rewritten_whole_in_the_old_plain_format_is_refused(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind);
        using var client = app.CreateLoketClient();
        await client.LoginAsDemoAsync("leiden", "medewerker");
        var leiden = await app.WithDbAsync(db => db.Tenants.Where(t => t.Slug == "leiden").Select(t => t.Id).SingleAsync());

        // Before any anchor names its head, someone without the key file rewrites Leiden's whole chain in
        // the format of before the keyed chain (plain SHA-256), every link recomputed. The verifier once
        // accepted that format at the start of a chain; no installation has such entries, so none passes.
        await app.WithDbAsync(async db =>
        {
            var previous = AuditHash.Genesis;
            foreach (var entry in await db.AuditEntries.AsNoTracking().Where(a => a.Chain == leiden).OrderBy(a => a.Sequence).ToListAsync())
            {
                (entry.Summary, entry.PreviousHash, entry.HashVersion) = ("niets gebeurd", previous, PlainFormat);
                entry.Hash = PlainHash(entry);
                await db.Database.ExecuteSqlRawAsync(
                    Sql(kind, "UPDATE {0} SET \"Summary\" = {{0}}, \"PreviousHash\" = {{1}}, \"Hash\" = {{2}}, \"HashVersion\" = {{3}} WHERE \"Chain\" = {{4}} AND \"Sequence\" = {{5}}"),
                    entry.Summary, entry.PreviousHash, entry.Hash, entry.HashVersion, entry.Chain, entry.Sequence);
                previous = entry.Hash;
            }

            return previous;
        });

        var verify = await LoketCli.RunAnchoredAsync(app.Database, app.KeyFile, app.AnchorFile, "audit", "verify");

        Assert.Equal(1, verify.ExitCode);
        Assert.Contains("BREUK: regel 1 van Gemeente Leiden heeft geen gesleutelde hash", verify.Error, StringComparison.Ordinal);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_cut_off_end_of_a_chain_is_found_against_the_anchor_outside_the_database(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind);
        using var client = app.CreateLoketClient();
        await client.LoginAsDemoAsync("leiden", "medewerker");
        await client.LoginAsDemoAsync("leiden", "manager");

        var anchored = await LoketCli.RunAnchoredAsync(app.Database, app.KeyFile, app.AnchorFile, "audit", "anchor");
        Assert.True(anchored.ExitCode == 0, anchored.Error);
        var leiden = await app.WithDbAsync(db => db.Tenants.Where(t => t.Slug == "leiden").Select(t => t.Id).SingleAsync());
        var head = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Chain == leiden).MaxAsync(a => a.Sequence));
        Assert.Contains(File.ReadLines(app.AnchorFile), line => line.Contains($"\t{leiden}\t{head}\t", StringComparison.Ordinal));

        // The last two entries go: the chain that is left is intact in itself.
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(Sql(kind, "DELETE FROM {0} WHERE \"Chain\" = {{0}} AND \"Sequence\" > {{1}}"), leiden, head - 2));
        var verify = await LoketCli.RunAnchoredAsync(app.Database, app.KeyFile, app.AnchorFile, "audit", "verify");

        Assert.Equal(1, verify.ExitCode);
        Assert.Contains($"de keten van Gemeente Leiden eindigt bij regel {head - 2}", verify.Error, StringComparison.Ordinal);
        Assert.Contains("afgeknipt", verify.Error, StringComparison.Ordinal);
    }

    [Theory, OnSqlite]
    public async Task A_role_change_records_the_old_and_the_new_roles(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind);
        var membershipId = await app.WithDbAsync(async db =>
        {
            var membership = await db.Memberships.SingleAsync(m => m.User!.UserName == "medewerker@leiden");
            Assert.Equal(Role.Employee, membership.Roles);
            membership.ChangeRoles(Role.Employee | Role.Manager, Guid.NewGuid(), waiting: null, LoketApp.Start);
            await db.SaveChangesAsync();
            return membership.Id;
        }, "leiden");

        var entry = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Entity == nameof(Membership) && a.EntityId == membershipId.ToString()).OrderByDescending(a => a.Sequence).FirstAsync());

        Assert.Equal("Modified", entry.Action);
        Assert.Equal("Roles: Employee → Employee, Manager", entry.Summary);
    }

    [Fact]
    public async Task A_consent_flag_flipped_in_the_database_makes_the_vault_refuse_to_open()
    {
        var app = await SharedApps.GetAsync(DatabaseKind.Sqlite);
        var crypto = app.Services.GetRequiredService<CaseCrypto>();
        var report = crypto.NewReport(Guid.NewGuid(), ReportCategory.Corruption, ReportChannel.Confidant, "tekst", LoketApp.Start);
        var confidant = Guid.NewGuid();
        var vault = crypto.NewIdentity(report, "Mila Medewerker", confidant, consent: false);
        Assert.Equal("Mila Medewerker", crypto.Identity(vault));

        vault.ConsentToDesk = true; // what someone with write access to the table does
        Assert.ThrowsAny<CryptographicException>(() => crypto.Identity(vault));
        vault.ConsentToDesk = false;
        vault.ConfidantUserId = Guid.NewGuid(); // or: makes themselves the confidant
        Assert.ThrowsAny<CryptographicException>(() => crypto.Identity(vault));

        // The reporter's own consent goes through the application, which seals the vault again.
        vault.ConfidantUserId = confidant;
        crypto.GiveConsent(vault);
        Assert.True(vault.ConsentToDesk);
        Assert.Equal("Mila Medewerker", crypto.Identity(vault));
    }

    // PostgreSQL folds unquoted names to lower case; both accept the quoted ones.
    /// <summary>The format of before the keyed chain, which the verifier no longer knows.</summary>
    private const int PlainFormat = 1;

    /// <summary>That format's hash: SHA-256 over the fields, which anyone can compute without the key file.</summary>
    private static string PlainHash(AuditEntry e) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f',
        e.Sequence.ToString(CultureInfo.InvariantCulture), e.PreviousHash, e.At.UtcTicks.ToString(CultureInfo.InvariantCulture),
        e.TenantId?.ToString("N") ?? "-", e.ActorUserId?.ToString("N") ?? "-", e.ActorName, e.Action, e.Entity, e.EntityId, e.Summary))));

    private static string Sql(DatabaseKind kind, string template) => string.Format(System.Globalization.CultureInfo.InvariantCulture, template, "\"AuditEntries\"");
}
