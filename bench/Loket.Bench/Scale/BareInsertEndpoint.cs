using Loket.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Loket.Bench.Scale;

/// <summary>
/// The yardstick for submit throughput: POST /bench/kale-insert, mapped next to the product's endpoints
/// so it passes the same middleware (security headers, routing, rate limiter, authentication with no
/// cookie, authorization), then one INSERT of a declaration row through the same scoped DbContext and
/// connection pool, as a single ExecuteSql. No sign-in, no policy evaluation, no routing of the
/// decision, no tenant guard, no audit entry. Bench host only; the product never maps it.
/// </summary>
internal static class BareInsertEndpoint
{
    public const string Path = "/bench/kale-insert";

    public sealed record Target(Guid TenantId, Guid EmployeeId);

    public static async Task<Target> TargetAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LoketDbContext>();
        return await db.Employees.IgnoreQueryFilters().OrderBy(e => e.EmployeeNumber).Select(e => new Target(e.TenantId, e.Id)).FirstAsync();
    }

    public static void MapBareInsert(this IEndpointRouteBuilder app, Target target) =>
        app.MapPost(Path, async (LoketDbContext db, TimeProvider time) =>
        {
            var id = Guid.CreateVersion7();
            var now = time.GetUtcNow();
            // SQLite stores DateTimeOffset as UTC ticks (the product's UtcTicksConverter); raw SQL bypasses that mapping.
            object submitted = db.Database.IsSqlite() ? now.UtcTicks : now;
            await db.Database.ExecuteSqlAsync($$"""
                INSERT INTO "Declarations" ("Id", "TenantId", "EmployeeId", "Type", "Answers", "Subject", "Counterparty", "Verdict", "Citation",
                    "SubmittedAt", "DeciderId", "RoutingNote", "Status", "Conditions", "AgainstVerdict")
                VALUES ({{id}}, {{target.TenantId}}, {{target.EmployeeId}}, 'Gift', '{"type":"gift","valueEur":20,"status":"accepted","form":"goods"}',
                    'Fles wijn', 'Bouwbedrijf Van Wijk', 'Groen', 'bench', {{submitted}}, NULL, 'bench', 'Submitted', 0, FALSE)
                """);
            return Results.Created($"{Path}/{id}", null);
        }).AllowAnonymous();
}
