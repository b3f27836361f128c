using Loket.Web.Infrastructure.Crypto;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using static Loket.Web.Tests.Meldpunt.MeldpuntSteps;

namespace Loket.Web.Tests.Meldpunt;

/// <summary>Issue 13.3: the key file fails closed, is made on purpose, and a rotation reaches every node within a minute.</summary>
public sealed class KeyFileTests
{
    private static string NewPath() => Path.Combine(Path.GetTempPath(), "loket-tests", $"kek-{Guid.NewGuid():N}.json");

    [Theory, OnSqlite]
    public async Task The_app_does_not_start_without_its_key_file_and_makes_none(DatabaseKind kind)
    {
        var missing = NewPath();
        await using var app = new LoketApp(await TestDatabase.CreateAsync(kind), new Dictionary<string, string?> { ["Crypto:KeyFile"] = missing });

        var refusal = Assert.ThrowsAny<Exception>(() => app.Server);

        Assert.Contains($"Het sleutelbestand {missing} ontbreekt", Reasons(refusal), StringComparison.Ordinal);
        Assert.Contains("loket keys init", Reasons(refusal), StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
    }

    [Theory, OnSqlite]
    public async Task The_app_does_not_start_with_an_unreadable_key_file(DatabaseKind kind)
    {
        var broken = NewPath();
        Directory.CreateDirectory(Path.GetDirectoryName(broken)!);
        await File.WriteAllTextAsync(broken, "{ \"lookupKey\": \"half geschreven");
        await using var app = new LoketApp(await TestDatabase.CreateAsync(kind), new Dictionary<string, string?> { ["Crypto:KeyFile"] = broken });

        var refusal = Assert.ThrowsAny<Exception>(() => app.Server);

        Assert.Contains($"Het sleutelbestand {broken} is niet te lezen", Reasons(refusal), StringComparison.Ordinal);
        Assert.Equal("{ \"lookupKey\": \"half geschreven", await File.ReadAllTextAsync(broken));
    }

    [Fact]
    public async Task The_command_line_stops_without_its_key_file_and_keys_init_makes_the_first_one_once()
    {
        var path = NewPath();
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);

        var refused = await LoketCli.RunAsync(database, path, "audit", "verify");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains($"Het sleutelbestand {path} ontbreekt", refused.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(path));

        var made = await LoketCli.RunAsync(null, path, "keys", "init");
        Assert.True(made.ExitCode == 0, made.Error);
        Assert.Contains($"Sleutelbestand {path} aangemaakt", made.Output, StringComparison.Ordinal);
        var first = await File.ReadAllTextAsync(path);

        var again = await LoketCli.RunAsync(null, path, "keys", "init");
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("Er is al een sleutelbestand", again.Error, StringComparison.Ordinal);
        Assert.Equal(first, await File.ReadAllTextAsync(path));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Keys_status_lists_how_many_rows_each_key_still_wraps(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind);
        using var reporter = app.CreateLoketClient();
        await ReportAnonymouslyAsync(app, reporter, "leiden", "Status: een melding onder de eerste sleutel.");
        var oldKey = await app.WithDbAsync(db => db.Reports.IgnoreQueryFilters().Select(r => r.KeyId).FirstAsync());
        var reports = await app.WithDbAsync(db => db.Reports.IgnoreQueryFilters().CountAsync());
        var identities = await app.WithDbAsync(db => db.ReporterIdentities.IgnoreQueryFilters().CountAsync());

        var before = await LoketCli.RunAsync(app.Database, app.KeyFile, "keys", "status");
        Assert.True(before.ExitCode == 0, before.Error);
        Assert.Contains($"{oldKey} (verpakt nieuwe sleutels): {reports} dossier(s), {identities} identiteit(en)", before.Output, StringComparison.Ordinal);

        Assert.Equal(0, (await LoketCli.RunAsync(app.Database, app.KeyFile, "keys", "rotate")).ExitCode);
        var after = await LoketCli.RunAsync(app.Database, app.KeyFile, "keys", "status");

        var newKey = await app.WithDbAsync(db => db.Reports.IgnoreQueryFilters().Select(r => r.KeyId).FirstAsync());
        Assert.NotEqual(oldKey, newKey);
        Assert.Contains($"{oldKey}: 0 dossier(s), 0 identiteit(en) — verpakt niets meer en mag uit het bestand", after.Output, StringComparison.Ordinal);
        Assert.Contains($"{newKey} (verpakt nieuwe sleutels): {reports} dossier(s), {identities} identiteit(en)", after.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void After_a_rotation_on_one_node_another_wraps_with_the_new_key_within_a_minute()
    {
        var path = NewPath();
        KeyRing.Init(path, LoketApp.Start);
        var clock = new FakeTimeProvider(LoketApp.Start);
        var rotating = Node(path, clock);
        var other = Node(path, clock);
        var oldKey = other.Wrap(KeyRing.NewDataKey()).KeyId;

        var newKey = rotating.AddKey(clock.GetUtcNow());
        clock.Advance(TimeSpan.FromMinutes(1));

        var (keyId, wrapped) = other.Wrap(KeyRing.NewDataKey());
        Assert.NotEqual(oldKey, newKey);
        Assert.Equal(newKey, keyId);
        Assert.Equal(32, rotating.Unwrap(keyId, wrapped).Length);
    }

    private static KeyRing Node(string path, TimeProvider clock) =>
        new(Options.Create(new CryptoOptions { KeyFile = path }), clock, NullLogger<KeyRing>.Instance);

    private static string Reasons(Exception e) => e.InnerException is null ? e.Message : $"{e.Message} | {Reasons(e.InnerException)}";
}
