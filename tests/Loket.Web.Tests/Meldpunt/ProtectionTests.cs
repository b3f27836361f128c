using System.Diagnostics;
using System.Text;
using Loket.Web.Meldpunt.Case;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using static Loket.Web.Tests.Meldpunt.MeldpuntSteps;

namespace Loket.Web.Tests.Meldpunt;

public sealed class ProtectionTests
{
    private const string Canary = "kanarie-zingt-in-de-kolenmijn";

    [Theory, OnSqlite, OnPostgres]
    public async Task A_canary_sentence_in_a_report_is_nowhere_in_the_database(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind);
        using var reporter = app.CreateLoketClient();
        var filed = await ReportAnonymouslyAsync(app, reporter, "leiden", $"Het {Canary} verhaal over fraude.", involved: $"Meneer {Canary}");
        var inbox = await PageAsync(reporter, "/melden/inbox");
        await reporter.SubmitAsync(inbox, "form[action*='handler=Message']", new Dictionary<string, string> { ["text"] = $"Nog een {Canary}." }, "/melden/inbox");
        using (var upload = new MultipartFormDataContent())
        {
            upload.Add(new StringContent(inbox.QuerySelector("form[action*='handler=Message'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken");
            upload.Add(new StringContent(filed.ReportId.ToString()), "target");
            upload.Add(new ByteArrayContent(Encoding.UTF8.GetBytes($"Bijlage met {Canary} erin.")), "file", "bewijs.txt");
            var uploaded = await reporter.Http.PostAsync("/melden/inbox?handler=Message", upload);
            Assert.Equal(System.Net.HttpStatusCode.Redirect, uploaded.StatusCode);
        }
        using var officer = app.CreateLoketClient();
        await officer.LoginAsDemoAsync("leiden", "integriteit");
        await TakeAsync(officer, filed.ReportId);
        await CaseActionAsync(officer, filed.ReportId, "Acknowledge");
        await CaseActionAsync(officer, filed.ReportId, "Note", new() { ["note"] = $"Gesprek: {Canary}.", ["kind"] = nameof(EntryKind.Interview) });
        var casePage = await PageAsync(officer, $"/meldpunt/dossiers/{filed.ReportId}");
        Assert.Contains(Canary, casePage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var download = await officer.Http.GetAsync(casePage.QuerySelector("a[href*='handler=File']")!.GetAttribute("href"));
        Assert.Contains(Canary, await download.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        if (kind == DatabaseKind.Sqlite)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            var path = app.Database.ConnectionString["Data Source=".Length..];
            foreach (var file in new[] { path, path + "-wal" }.Where(File.Exists))
            {
                using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
                using var buffer = new MemoryStream();
                await stream.CopyToAsync(buffer);
                Assert.True(buffer.ToArray().AsSpan().IndexOf(Encoding.UTF8.GetBytes(Canary)) < 0, $"{file} holds the canary");
            }

            return;
        }

        await using var connection = new NpgsqlConnection(app.Database.ConnectionString);
        await connection.OpenAsync();
        var columns = new List<(string Table, string Column, string Type)>();
        await using (var list = new NpgsqlCommand("SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'bytea')", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                columns.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        Assert.Contains(columns, c => c.Table == "Reports" && c.Column == "SealedText");
        foreach (var (table, column, type) in columns)
        {
            var condition = type == "bytea" ? $"position(@bytes in \"{column}\") > 0" : $"\"{column}\" LIKE @text";
            await using var probe = new NpgsqlCommand($"SELECT count(*) FROM \"{table}\" WHERE {condition}", connection);
            probe.Parameters.AddWithValue("bytes", Encoding.UTF8.GetBytes(Canary));
            probe.Parameters.AddWithValue("text", $"%{Canary}%");
            Assert.True((long)(await probe.ExecuteScalarAsync())! == 0, $"{table}.{column} holds the canary");
        }
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Loket_keys_rotate_rewraps_every_data_key_and_the_running_app_still_opens_the_cases(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind);
        using var reporter = app.CreateLoketClient();
        var filed = await ReportAnonymouslyAsync(app, reporter, "leiden", "Rotatie: de tekst moet leesbaar blijven.");

        var (exit, output) = await RotateAsync(app);

        Assert.Equal(0, exit);
        var keys = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(app.KeyFile)).RootElement.GetProperty("keys");
        Assert.Equal(2, keys.GetArrayLength());
        var newKey = keys[1].GetProperty("id").GetString()!;
        Assert.Contains(newKey, output, StringComparison.Ordinal);
        var report = await app.WithDbAsync(db => db.Reports.IgnoreQueryFilters().SingleAsync(r => r.Id == filed.ReportId));
        Assert.Equal(newKey, report.KeyId);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(app.KeyFile));
        }

        using var officer = app.CreateLoketClient();
        await officer.LoginAsDemoAsync("leiden", "integriteit");
        await TakeAsync(officer, filed.ReportId);
        Assert.Contains("leesbaar blijven", (await PageAsync(officer, $"/meldpunt/dossiers/{filed.ReportId}")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Output)> RotateAsync(LoketApp app)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "loket.dll"));
        start.ArgumentList.Add("keys");
        start.ArgumentList.Add("rotate");
        start.Environment["Database__Provider"] = app.Database.Provider;
        start.Environment["Database__ConnectionString"] = app.Database.ConnectionString;
        start.Environment["Crypto__KeyFile"] = app.KeyFile;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
