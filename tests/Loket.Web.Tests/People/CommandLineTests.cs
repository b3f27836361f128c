using Loket.Web.Tests.Infrastructure;

namespace Loket.Web.Tests.People;

/// <summary>The real `loket` program, as an administrator runs it, against a database the web app created.</summary>
public sealed class CommandLineTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task Loket_import_people_imports_once_and_a_rerun_changes_nothing(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind);
        var file = Path.Combine(Path.GetTempPath(), $"mensen-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, "personeelsnummer;naam;dienstverband;startdatum;leidinggevende\n5001;Els Extern;uitzendkracht;2026-11-01;1002\n");
        try
        {
            var first = await LoketAsync(app, "import", "people", "--tenant", "leiderdorp", file);
            var second = await LoketAsync(app, "import", "people", "--tenant", "leiderdorp", file);
            var unknown = await LoketAsync(app, "import", "people", "--tenant", "atlantis", file);

            Assert.Equal((0, "Import gelukt: 1 nieuw, 0 gewijzigd, 0 ongewijzigd."), (first.Exit, first.Output.Trim()));
            Assert.Equal((0, "Import gelukt: 0 nieuw, 0 gewijzigd, 1 ongewijzigd."), (second.Exit, second.Output.Trim()));
            Assert.Equal(2, unknown.Exit);
            Assert.Contains("Onbekende gemeente: atlantis", unknown.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Loket_import_people_reports_errors_with_file_and_line_and_exits_non_zero(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind);
        var file = Path.Combine(Path.GetTempPath(), $"fout-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, "personeelsnummer;naam;dienstverband;startdatum\n5001;;ambtenaar;gisteren\n");
        try
        {
            var result = await LoketAsync(app, "import", "people", "--tenant", "leiden", file);

            Assert.Equal(1, result.Exit);
            Assert.Contains($"{Path.GetFileName(file)}: Regel 2: naam ontbreekt.", result.Error, StringComparison.Ordinal);
            Assert.Contains("Regel 2: startdatum 'gisteren' is geen datum", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Loket_import_people_names_the_file_and_line_of_a_function_not_on_the_functions_map(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind);
        var file = Path.Combine(Path.GetTempPath(), $"functie-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, "personeelsnummer;naam;dienstverband;startdatum;functienaam\n5001;Els Extern;uitzendkracht;2026-11-01;beleidsmedewerker\n5002;Kees Kwijt;ambtenaar;2026-11-01;Sterrenkundige\n");
        try
        {
            var result = await LoketAsync(app, "import", "people", "--tenant", "leiden", file);

            Assert.Equal(1, result.Exit);
            Assert.Contains($"{Path.GetFileName(file)}: Regel 3: functie 'Sterrenkundige' staat niet op de functiekaart.", result.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("Regel 2", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Loket_audit_verify_reports_OK_and_then_the_break_after_tampering(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind);

        var intact = await LoketAsync(app, "audit", "verify");
        var table = kind == DatabaseKind.Postgres ? "\"AuditEntries\"" : "AuditEntries";
        var column = kind == DatabaseKind.Postgres ? "\"ActorName\"" : "ActorName";
        var sequence = kind == DatabaseKind.Postgres ? "\"Sequence\"" : "Sequence";
        var tamper = $"UPDATE {table} SET {column} = 'iemand anders' WHERE {sequence} = 2";
        await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSqlRawAsync(db.Database, tamper));
        var broken = await LoketAsync(app, "audit", "verify");

        Assert.Equal(0, intact.Exit);
        Assert.StartsWith("OK:", intact.Output, StringComparison.Ordinal);
        Assert.Equal(1, broken.Exit);
        Assert.Matches("BREUK: regel 2 van .+ is gewijzigd", broken.Error);
    }

    private static async Task<(int Exit, string Output, string Error)> LoketAsync(LoketApp app, params string[] args)
    {
        // The program needs the app's key file, as an operator's would; without it it stops (exit 2).
        var result = await LoketCli.RunAsync(app.Database, app.KeyFile, args);
        return (result.ExitCode, result.Output, result.Error);
    }
}
