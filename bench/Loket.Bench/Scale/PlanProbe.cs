using System.Collections;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Loket.Bench.Scale;

/// <summary>
/// `plans` (and the first step of `load`): sends each kind of register request once, captures every SELECT
/// it made, and explains each one on the same database. PostgreSQL: PREPARE, then EXPLAIN (ANALYZE, BUFFERS)
/// EXECUTE with <c>plan_cache_mode = force_generic_plan</c>, the plan Npgsql's automatic preparation ends up
/// with after a few executions, and once with <c>force_custom_plan</c> for comparison: a statement that is
/// fast only while its first executions are planned for their own values is caught here, not under load.
/// SQLite: EXPLAIN QUERY PLAN and the statement's own time (SQLite plans without the values' statistics).
/// A statement over the budget prints a FAIL line and makes the run exit non-zero.
/// </summary>
internal static partial class PlanProbe
{
    /// <summary>The register requests whose statements are explained: the load run's kinds, then the other ways in.</summary>
    private static IEnumerable<(string Name, string Path, bool SignedIn)> Requests(string slug) =>
    [
        .. Probe.Register.Select(p => (p.Name, p.Request(new Random(0)).RequestUri!.OriginalString, true)),
        // A fragment matching more than 200 employees: their declarations are found by a subquery, not by id.
        ("register: search, name fragment", "/registers/geschenken?q=van", true),
        ("register: search, page 2", "/registers/geschenken?q=bakker&pagina=2", true),
        ("register: private circumstances", "/registers/omstandigheden", true),
        ("export: search, one person (CSV)", "/registers/geschenken/export.csv?q=fatima%20yilmaz", true),
        ("export: status filter (XLSX)", "/registers/nevenwerkzaamheden/export.xlsx?status=Submitted", true),
        ("public register (JSON)", $"/openbaar/{slug}/nevenwerkzaamheden.json", false),
    ];

    /// <summary>`plans` on its own: the app, one officer signed in, the probe; exit 1 when a plan is over budget.</summary>
    public static async Task<int> RunAsync(ScaleOptions options)
    {
        var (app, address) = await LoadHost.StartAsync(options);
        await using var _ = app;
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = address };
        var slug = (await LoadRun.TenantSlugsAsync(app.Services, 1))[0];
        var officer = new BenchSession(http);
        await officer.LoginAsync(slug, $"integriteit@{slug}", BenchSettings.Password);
        var passed = await RunAsync(options, officer, new BenchSession(http), slug);
        await app.StopAsync();
        return passed ? 0 : 1;
    }

    /// <summary>Explains every statement of every register request; writes them to the plans file. False when one is over budget.</summary>
    public static async Task<bool> RunAsync(ScaleOptions options, BenchSession officer, BenchSession anonymous, string slug)
    {
        using var capture = new CommandCapture();
        var text = new StringBuilder();
        var failures = new List<string>();
        var explained = new HashSet<string>(StringComparer.Ordinal);
        text.AppendLine(CultureInfo.InvariantCulture, $"# Plans of the register's statements ({options.Provider})");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Written by `Loket.Bench plans` / `load` on {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, municipality `{slug}`, budget {options.PlanBudgetMs} ms per statement alone.");
        text.AppendLine(options.IsPostgres
            ? "Each statement as EF sent it, prepared and run with `plan_cache_mode = force_generic_plan` (the plan a prepared statement settles on), then with `force_custom_plan`; the plan shown is the generic one."
            : "Each statement as EF sent it, with its values: `EXPLAIN QUERY PLAN`, and the time of running it (fastest of three after one to warm up).");
        Console.WriteLine($"plans ({options.Provider}), budget {options.PlanBudgetMs} ms per statement:");
        await using var explainer = await Explainer.OpenAsync(options);
        foreach (var (name, path, signedIn) in Requests(slug))
        {
            HttpStatusCode status = 0;
            var commands = await capture.DuringAsync(async () =>
            {
                using var response = await (signedIn ? officer : anonymous).SendAsync(new HttpRequestMessage(HttpMethod.Get, path));
                await response.Content.ReadAsByteArrayAsync();
                status = response.StatusCode;
            });
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"## {name}: `GET {path}` ({(int)status})");
            if (status != HttpStatusCode.OK)
            {
                failures.Add($"{name}: status {(int)status}");
            }

            foreach (var command in commands.Where(c => IsQuery(c.Text)))
            {
                var key = command.Text + "\n" + string.Join(",", command.Parameters.Select(p => Convert.ToString(Flatten(p.Value), CultureInfo.InvariantCulture)));
                if (!explained.Add(key))
                {
                    text.AppendLine();
                    text.AppendLine(CultureInfo.InvariantCulture, $"- (a statement explained above, same values: `{FirstLine(command.Text)}`)");
                    continue;
                }

                Plan plan;
                try
                {
                    plan = await explainer.ExplainAsync(command);
                }
                catch (System.Data.Common.DbException error)
                {
                    // A statement the probe cannot explain is a failure of the probe, said as loudly as a slow one.
                    Console.WriteLine($"  FAIL (not explained: {error.Message})  {name}: {FirstLine(command.Text)}");
                    failures.Add($"{name}: not explained ({error.Message}): {FirstLine(command.Text)}");
                    text.AppendLine();
                    text.AppendLine(CultureInfo.InvariantCulture, $"### FAIL: not explained: {error.Message}");
                    text.AppendLine();
                    text.AppendLine("```sql");
                    text.AppendLine(command.Text.Trim());
                    text.AppendLine("```");
                    continue;
                }

                var over = plan.Milliseconds.Max() > options.PlanBudgetMs;
                var verdict = over ? "FAIL" : "ok";
                var times = string.Join(" / ", plan.Milliseconds.Select(ms => ms.ToString("F1", CultureInfo.InvariantCulture)));
                Console.WriteLine($"  {verdict,-4} {times,15} ms  {name}: {FirstLine(command.Text)}");
                if (over)
                {
                    failures.Add($"{name}: {times} ms > {options.PlanBudgetMs} ms: {FirstLine(command.Text)}");
                }

                text.AppendLine();
                text.AppendLine(CultureInfo.InvariantCulture, $"### {verdict}: {times} ms ({plan.TimesAre})");
                text.AppendLine();
                text.AppendLine("```sql");
                text.AppendLine(command.Text.Trim());
                text.AppendLine("```");
                text.AppendLine();
                text.AppendLine("Values: " + (command.Parameters.Count == 0 ? "none" : string.Join(", ", command.Parameters.Select(p => $"`{p.Name}` = `{Shown(p.Value)}`"))));
                text.AppendLine();
                text.AppendLine("```");
                text.AppendLine(plan.Text.TrimEnd());
                text.AppendLine("```");
            }
        }

        text.AppendLine();
        text.AppendLine(failures.Count == 0 ? "All statements within budget." : "Over budget or failed:\n\n" + string.Join("\n", failures.Select(f => "- FAIL " + f)));
        var file = Path.GetFullPath(options.PlansFile ?? Path.Combine("bench", "plans", $"{options.Provider}.md"));
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, text.ToString());
        foreach (var failure in failures)
        {
            Console.WriteLine($"FAIL plan probe: {failure}");
        }

        Console.WriteLine($"plans written to {file}: {(failures.Count == 0 ? "all within budget" : $"{failures.Count} FAIL")}");
        return failures.Count == 0;
    }

    private static bool IsQuery(string sql) =>
        sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) || sql.TrimStart().StartsWith("WITH", StringComparison.OrdinalIgnoreCase);

    private static string FirstLine(string sql)
    {
        var flat = Whitespace().Replace(sql.Trim(), " ");
        return flat.Length > 110 ? flat[..110] + "…" : flat;
    }

    private static object? Flatten(object? value) => value is IEnumerable items and not string ? string.Join("|", items.Cast<object?>()) : value;

    private static string Shown(object? value)
    {
        var text = Convert.ToString(Flatten(value), CultureInfo.InvariantCulture) ?? "NULL";
        return text.Length > 80 ? text[..80] + "…" : text;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    private sealed record Plan(string Text, double[] Milliseconds, string TimesAre);

    private const int Runs = 3;

    /// <summary>A connection of its own to the bench database, outside the app's pool.</summary>
    private abstract class Explainer : IAsyncDisposable
    {
        public static async Task<Explainer> OpenAsync(ScaleOptions options) =>
            options.IsPostgres ? await PostgresExplainer.OpenAsync(options.Connection) : await SqliteExplainer.OpenAsync(options.Connection);

        public abstract Task<Plan> ExplainAsync(CapturedCommand command);

        public abstract ValueTask DisposeAsync();
    }

    private sealed partial class PostgresExplainer(NpgsqlConnection connection) : Explainer
    {
        private int statements;

        public static async Task<Explainer> OpenAsync(string connectionString)
        {
            var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            return new PostgresExplainer(connection);
        }

        public override async Task<Plan> ExplainAsync(CapturedCommand command)
        {
            var name = $"plan_probe_{++statements}";
            var (sql, types, values) = Positional(command);
            await ExecuteAsync($"PREPARE {name}({string.Join(", ", types)}) AS {sql}");
            try
            {
                var execute = $"EXPLAIN (ANALYZE, BUFFERS) EXECUTE {name}({string.Join(", ", values)})";
                await ExecuteAsync("SET plan_cache_mode = force_generic_plan");
                await LinesAsync(execute); // warms the cache; the generic plan is made here
                var generic = await FastestAsync(execute);
                await ExecuteAsync("SET plan_cache_mode = force_custom_plan");
                var custom = await FastestAsync(execute);
                return new Plan(string.Join('\n', generic), [Milliseconds(generic), Milliseconds(custom)], "generic plan / custom plan, execution time, fastest of 3, warm");
            }
            finally
            {
                await ExecuteAsync($"DEALLOCATE {name}");
                await ExecuteAsync("RESET plan_cache_mode");
            }
        }

        /// <summary>EF writes @name placeholders; PREPARE wants $1.. with types, EXECUTE the values as literals.</summary>
        private static (string Sql, List<string> Types, List<string> Values) Positional(CapturedCommand command)
        {
            var positions = command.Parameters.Select((p, i) => (Name: p.Name.TrimStart('@', ':'), Position: i + 1)).ToDictionary(p => p.Name, p => p.Position);
            var sql = Placeholder().Replace(command.Text, m => positions.TryGetValue(m.Groups[1].Value, out var position) ? $"${position}" : m.Value);
            return (sql, [.. command.Parameters.Select(p => TypeOf(p.Value))], [.. command.Parameters.Select(p => Literal(p.Value))]);
        }

        private static string TypeOf(object? value) => value is null ? "text" : TypeOf(value.GetType());

        private static string TypeOf(Type type) => Nullable.GetUnderlyingType(type) is { } inner ? TypeOf(inner) : type switch
        {
            _ when type == typeof(string) => "text",
            _ when type == typeof(Guid) => "uuid",
            _ when type == typeof(bool) => "boolean",
            _ when type == typeof(short) => "smallint",
            _ when type == typeof(int) => "integer",
            _ when type == typeof(long) => "bigint",
            _ when type == typeof(decimal) => "numeric",
            _ when type == typeof(double) => "double precision",
            _ when type == typeof(DateTimeOffset) => "timestamp with time zone",
            _ when type == typeof(DateTime) => "timestamp with time zone",
            _ when type == typeof(DateOnly) => "date",
            // An empty list still says what it holds.
            _ when type.IsArray => TypeOf(type.GetElementType()!) + "[]",
            _ when type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)) is { } list => TypeOf(list.GetGenericArguments()[0]) + "[]",
            _ => throw new NotSupportedException($"No PostgreSQL type for a parameter of {type}."),
        };

        private static string Literal(object? value) => value switch
        {
            null => "NULL",
            bool b => b ? "true" : "false",
            string or Guid or DateOnly => Quoted(Invariant(value)),
            DateTimeOffset t => Quoted(t.ToString("O", CultureInfo.InvariantCulture)),
            DateTime t => Quoted(t.ToString("O", CultureInfo.InvariantCulture)),
            IEnumerable items => Quoted("{" + string.Join(",", items.Cast<object?>().Select(i => i is null ? "NULL" : "\"" + Invariant(i).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"")) + "}"),
            _ => Invariant(value),
        };

        private static string Invariant(object value) => value switch
        {
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateTimeOffset t => t.ToString("O", CultureInfo.InvariantCulture),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        };

        private static string Quoted(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

        private static double Milliseconds(List<string> plan) =>
            plan.Select(l => ExecutionTime().Match(l)).Where(m => m.Success).Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Single();

        /// <summary>The fastest of three runs: a bad plan is slow every time, a busy machine only now and then.</summary>
        private async Task<List<string>> FastestAsync(string explain)
        {
            var runs = new List<List<string>>();
            for (var run = 0; run < Runs; run++)
            {
                runs.Add(await LinesAsync(explain));
            }

            return runs.MinBy(Milliseconds)!;
        }

        private async Task ExecuteAsync(string sql)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }

        private async Task<List<string>> LinesAsync(string sql)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await using var reader = await command.ExecuteReaderAsync();
            var lines = new List<string>();
            while (await reader.ReadAsync())
            {
                lines.Add(reader.GetString(0));
            }

            return lines;
        }

        public override ValueTask DisposeAsync() => connection.DisposeAsync();

        [GeneratedRegex(@"(?<![@\w])@(\w+)")]
        private static partial Regex Placeholder();

        [GeneratedRegex(@"^Execution Time: ([0-9.]+) ms")]
        private static partial Regex ExecutionTime();
    }

    private sealed class SqliteExplainer(SqliteConnection connection) : Explainer
    {
        public static async Task<Explainer> OpenAsync(string connectionString)
        {
            var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync();
            return new SqliteExplainer(connection);
        }

        public override async Task<Plan> ExplainAsync(CapturedCommand command)
        {
            var lines = new List<string>();
            var depth = new Dictionary<long, int>();
            await using (var explain = Command("EXPLAIN QUERY PLAN " + command.Text, command))
            await using (var reader = await explain.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    var (id, parent, detail) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetString(3));
                    depth[id] = depth.GetValueOrDefault(parent, -1) + 1;
                    lines.Add(new string(' ', 2 * depth[id]) + detail);
                }
            }

            var milliseconds = double.MaxValue;
            for (var run = 0; run <= Runs; run++)
            {
                var watch = Stopwatch.StartNew();
                await using var query = Command(command.Text, command);
                await using var reader = await query.ExecuteReaderAsync();
                var rows = 0;
                while (await reader.ReadAsync())
                {
                    rows++;
                }

                // The first run warms the cache; then the fastest of three.
                milliseconds = run == 0 ? milliseconds : Math.Min(milliseconds, watch.Elapsed.TotalMilliseconds);
                if (run == Runs)
                {
                    lines.Add($"-- {rows} rows");
                }
            }

            return new Plan(string.Join('\n', lines), [milliseconds], "run time alone, fastest of 3, warm");
        }

        private SqliteCommand Command(string sql, CapturedCommand captured)
        {
            var command = new SqliteCommand(sql, connection);
            foreach (var (name, value, original) in captured.Parameters)
            {
                // Bound as EF bound it: the same value and the same storage class.
                var parameter = new SqliteParameter(name, value ?? DBNull.Value);
                if (original is SqliteParameter { SqliteType: var type })
                {
                    parameter.SqliteType = type;
                }

                command.Parameters.Add(parameter);
            }

            return command;
        }

        public override ValueTask DisposeAsync() => connection.DisposeAsync();
    }
}
