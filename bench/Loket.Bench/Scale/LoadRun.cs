using System.Globalization;
using Loket.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Loket.Bench.Scale;

/// <summary>
/// `load`: the real app on Kestrel and HttpClient workers in the same process, one run: the plan probe, warm-up, the
/// register under load, then bare inserts and submits in alternating rounds, so both throughputs
/// come from the same minutes of the same machine. Prints a markdown table.
/// </summary>
internal static class LoadRun
{
    public static async Task<int> RunAsync(ScaleOptions options)
    {
        var (app, address) = await LoadHost.StartAsync(options);
        await using var _ = app;
        var rows = await LoadHost.CountDeclarationsAsync(app.Services);
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = address };
        var slugs = await TenantSlugsAsync(app.Services, options.Workers);
        Console.WriteLine($"{options.Provider}: {rows:N0} declarations, {Environment.ProcessorCount} cores, {options.Workers} workers, app at {address}");

        // Each worker its own municipality (as far as there are), so the register and routing are not one tenant's hot rows.
        var officers = await SessionsAsync(http, options.Workers, w => (slugs[w % slugs.Count], "integriteit"));
        var employees = await SessionsAsync(http, options.Workers, w => (slugs[w % slugs.Count], $"medewerker{1 + (w / slugs.Count % 4)}"));
        var anonymous = Enumerable.Range(0, options.Workers).Select(_ => new BenchSession(http)).ToList();

        // Every register statement explained once with the generic plan forced, before any load: a prepared
        // statement's plan is what the load phase will meet after the first few executions.
        var plansPassed = await PlanProbe.RunAsync(options, officers[0], anonymous[0], slugs[0]);

        var warmUp = TimeSpan.FromSeconds(5);
        await LoadPhase.RunAsync(officers, Probe.Register, warmUp, options.Seed);
        await LoadPhase.RunAsync(employees, [Probe.Submit], warmUp, options.Seed);
        await LoadPhase.RunAsync(anonymous, [Probe.BareInsert], warmUp, options.Seed);

        var measured = TimeSpan.FromSeconds(options.Seconds);
        var report = new LoadReport(options, rows);
        report.Add(await LoadPhase.RunAsync(officers, Probe.Register, measured, options.Seed + 100), LoadAverage());
        for (var round = 0; round < 2; round++)
        {
            report.Add(await LoadPhase.RunAsync(anonymous, [Probe.BareInsert], measured / 2, options.Seed + 200 + round), LoadAverage());
            report.Add(await LoadPhase.RunAsync(employees, [Probe.Submit], measured / 2, options.Seed + 300 + round), LoadAverage());
        }

        Console.WriteLine();
        Console.WriteLine(report.Markdown());
        if (!plansPassed)
        {
            Console.WriteLine("FAIL: the plan probe found a statement over budget (see the FAIL lines above and the plans file).");
        }

        await app.StopAsync();
        return plansPassed ? 0 : 1;
    }

    public static async Task<List<string>> TenantSlugsAsync(IServiceProvider services, int count)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LoketDbContext>();
        return await db.Tenants.OrderBy(t => t.Slug).Select(t => t.Slug).Take(count).ToListAsync();
    }

    private static async Task<List<BenchSession>> SessionsAsync(HttpClient http, int count, Func<int, (string Tenant, string User)> who)
    {
        var sessions = new List<BenchSession>();
        for (var w = 0; w < count; w++)
        {
            var (tenant, user) = who(w);
            var session = new BenchSession(http);
            await session.LoginAsync(tenant, $"{user}@{tenant}", BenchSettings.Password);
            sessions.Add(session);
        }

        return sessions;
    }

    /// <summary>The one-minute load average, as uptime shows it; client and server share the cores.</summary>
    private static double LoadAverage() =>
        File.Exists("/proc/loadavg") ? double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture) : double.NaN;
}
