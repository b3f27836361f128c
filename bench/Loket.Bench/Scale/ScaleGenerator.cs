using System.Diagnostics;
using Loket.Web;
using Loket.Web.Declarations;
using Loket.Web.Identity;
using Loket.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Loket.Bench.Scale;

/// <summary>
/// `generate`: a fresh database migrated by the product's own migrations, then municipalities, people,
/// accounts and declarations written in bulk. Deterministic for a given seed, size and day.
/// </summary>
internal static class ScaleGenerator
{
    public static async Task<int> RunAsync(ScaleOptions options)
    {
        var total = Stopwatch.StartNew();
        await CreateDatabaseAsync(options);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(BenchSettings.For(options)).Build();
        await using var services = new ServiceCollection().AddLogging().AddLoketCore(configuration).BuildServiceProvider();
        await DatabaseServices.MigrateAsync(services);
        await using (var scope = services.CreateAsyncScope())
        {
            if (await scope.ServiceProvider.GetRequiredService<LoketDbContext>().Tenants.IgnoreQueryFilters().AnyAsync())
            {
                await Console.Error.WriteLineAsync("The database already holds municipalities; generate into a new one.");
                return 1;
            }
        }

        Console.WriteLine($"migrated in {total.Elapsed.TotalSeconds:F1} s");
        // One hash for every generated account, made by the product's hasher so /inloggen accepts it.
        var passwordHash = services.GetRequiredService<IPasswordHasher<UserAccount>>().HashPassword(null!, BenchSettings.Password);
        var random = new Random(options.Seed);
        var now = TimeProvider.System.GetUtcNow();
        var policySlugs = Directory.GetDirectories(BenchPolicies.Directory()).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
        var people = PeopleRows.Generate(options, policySlugs, now, passwordHash, random);
        var answers = new AnswerPool(new PolicyEngine(BenchPolicies.Load()), policySlugs, DeclarationRows.Mix.Select(m => m.Type), DateOnly.FromDateTime(now.UtcDateTime), random);

        await using var writer = options.IsPostgres ? (IBulkWriter)await PostgresBulkWriter.OpenAsync(options.Connection) : await SqliteBulkWriter.OpenAsync(options.Connection);
        foreach (var table in people.Tables)
        {
            await TimedAsync(table.Name, table.Rows.Count, () => writer.WriteAsync(table.Name, table.Columns, table.Rows));
        }

        await TimedAsync("Declarations", options.Declarations,
            () => writer.WriteAsync("Declarations", DeclarationRows.Columns, DeclarationRows.Generate(options.Declarations, people.Plans, answers, now, random)));
        // The desk's cases and the confidants' contacts, for the annual report, from a sequence of their own.
        var caseRandom = new Random(options.Seed + 1);
        await TimedAsync("Reports", options.Tenants * CaseRows.ReportsPerYear * 4,
            () => writer.WriteAsync("Reports", CaseRows.ReportColumns, CaseRows.Reports(people.Plans, now, caseRandom)));
        var contacts = CaseRows.Contacts(people.Plans, now, caseRandom).ToList();
        await TimedAsync("Contacts", contacts.Count, () => writer.WriteAsync("ConfidantContacts", CaseRows.ContactColumns, contacts));
        var contributions = CaseRows.Contributions(contacts, now, caseRandom).ToList();
        await TimedAsync("Contributions", contributions.Count, () => writer.WriteAsync("AnnualReportContributions", CaseRows.ContributionColumns, contributions));
        await TimedAsync("statistics", 0, writer.FinishAsync);
        Console.WriteLine($"generated {options.Tenants} municipalities × {options.EmployeesPerTenant:N0} employees, {options.Declarations:N0} declarations in {total.Elapsed.TotalSeconds:F1} s");
        Console.WriteLine($"sign in as integriteit@<slug> or medewerker1..4@<slug>, password {BenchSettings.Password}; first municipality: {people.Plans[0].Slug}");
        return 0;
    }

    private static async Task TimedAsync(string what, int rows, Func<Task> work)
    {
        var watch = Stopwatch.StartNew();
        await work();
        var rate = rows > 0 ? $", {rows / watch.Elapsed.TotalSeconds:N0} rows/s" : "";
        Console.WriteLine($"  {what,-14} {rows,10:N0} rows in {watch.Elapsed.TotalSeconds,6:F1} s{rate}");
    }

    /// <summary>A new SQLite file, or a new PostgreSQL database on the given server; never into an existing file.</summary>
    private static async Task CreateDatabaseAsync(ScaleOptions options)
    {
        if (!options.IsPostgres)
        {
            var file = new SqliteConnectionStringBuilder(options.Connection).DataSource;
            if (File.Exists(file))
            {
                throw new InvalidOperationException($"{file} exists; generate into a new file.");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
            return;
        }

        var target = new NpgsqlConnectionStringBuilder(options.Connection);
        var maintenance = new NpgsqlConnectionStringBuilder(options.Connection) { Database = "postgres" };
        await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await connection.OpenAsync();
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", target.Database!);
        if (await exists.ExecuteScalarAsync() is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{target.Database}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
    }
}
