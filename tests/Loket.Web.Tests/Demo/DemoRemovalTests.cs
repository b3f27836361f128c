using Loket.Web.People;
using Loket.Web.Tenants;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Tests.Demo;

/// <summary>Issue 16 point 7: no demo row survives demo mode being switched off, and a real municipality is untouched.</summary>
public sealed class DemoRemovalTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task Restarting_with_demo_mode_off_removes_every_row_of_the_demo_municipalities_and_keeps_a_real_one(DatabaseKind kind)
    {
        await using var demo = await LoketApp.StartAsync(kind, new Dictionary<string, string?> { ["Demo:Activity"] = "true" });
        var demoTenants = await demo.WithDbAsync(db => db.Tenants.Select(t => t.Id).ToListAsync());
        var demoDesks = await demo.WithDbAsync(db => db.Desks.Select(d => d.Id).ToListAsync());
        var real = await AddRealMunicipalityAsync(demo);
        var tenantTables = await demo.WithDbAsync(db => Task.FromResult(TenantTables(db)));
        var demoRows = await demo.WithDbAsync(db => CountAsync(db, tenantTables, demoTenants));
        var realRows = await demo.WithDbAsync(db => CountAsync(db, tenantTables, [real]));
        Assert.True(demoRows.Values.Sum() > 500, "the demo has rows to remove");
        Assert.Contains(demoRows, r => r.Key == "AuditEntries" && r.Value > 0);

        await using var production = new LoketApp(demo.Database, new Dictionary<string, string?> { ["Demo:Enabled"] = "false", ["Crypto:KeyFile"] = demo.KeyFile }, ownsDatabase: false);
        _ = production.Server;

        // Every table with a TenantId, read from the model, so a table added later is checked too.
        var left = await production.WithDbAsync(db => CountAsync(db, tenantTables, demoTenants));
        Assert.All(left, table => Assert.True(table.Value == 0, $"{table.Value} rows of a demo municipality left in {table.Key}"));
        Assert.Equal([real], await production.WithDbAsync(db => db.Tenants.Select(t => t.Id).ToListAsync()));
        Assert.Empty(await production.WithDbAsync(db => db.Desks.Where(d => demoDesks.Contains(d.Id)).ToListAsync()));
        Assert.Equal(realRows, await production.WithDbAsync(db => CountAsync(db, tenantTables, [real])));
        Assert.Equal(1, await production.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.TenantId == null && a.Action == "DemoRemoved")));
    }

    /// <summary>A municipality set up for real next to the demo, with people and their audit trail.</summary>
    private static async Task<Guid> AddRealMunicipalityAsync(LoketApp app)
    {
        var desk = new Desk { Slug = "meldpunt-katwijk", Name = "Meldpunt integriteit Katwijk" };
        var tenant = new Tenant { Slug = "katwijk", Name = "Gemeente Katwijk", PolicySlug = "leiden", DeskId = desk.Id };
        await app.WithDbAsync(async db =>
        {
            db.AddRange(desk, tenant);
            return await db.SaveChangesAsync();
        });
        await app.WithDbAsync(async db =>
        {
            var unit = new OrgUnit { TenantId = tenant.Id, Code = "DIR", Name = "Directie" };
            var function = new JobFunction { TenantId = tenant.Id, Code = "BM", Name = "Beleidsmedewerker" };
            db.AddRange(unit, function, new Employee
            {
                TenantId = tenant.Id,
                EmployeeNumber = "1",
                Name = "Kees Katwijker",
                Email = "1@katwijk.invalid",
                EmploymentType = EmploymentType.Ambtenaar,
                StartDate = new DateOnly(2024, 1, 1),
                OrgUnitId = unit.Id,
                JobFunctionId = function.Id,
            });
            return await db.SaveChangesAsync();
        }, "katwijk");
        return tenant.Id;
    }

    private static List<(string Table, string Column)> TenantTables(Loket.Web.Infrastructure.Database.LoketDbContext db) =>
    [
        .. db.Model.GetEntityTypes()
            .Where(t => t.GetTableName() is not null && t.FindProperty("TenantId") is not null)
            .Select(t => (t.GetTableName()!, t.FindProperty("TenantId")!.GetColumnName()))
            .Distinct(),
    ];

    private static async Task<Dictionary<string, int>> CountAsync(Loket.Web.Infrastructure.Database.LoketDbContext db, List<(string Table, string Column)> tables, List<Guid> tenants)
    {
        var counts = new Dictionary<string, int>();
        foreach (var (table, column) in tables)
        {
            var total = 0;
            foreach (var tenant in tenants)
            {
                // Names from the EF model only; the tenant is a parameter.
                var sql = "SELECT COUNT(*) AS \"Value\" FROM \"" + table + "\" WHERE \"" + column + "\" = {0}";
                total += await db.Database.SqlQueryRaw<int>(sql, tenant).SingleAsync();
            }

            counts[table] = total;
        }

        return counts;
    }
}
