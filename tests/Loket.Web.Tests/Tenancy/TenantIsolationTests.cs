using System.Net;
using Loket.Web.People;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Tests.Tenancy;

public sealed class TenantIsolationTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task A_Leiden_administrator_never_sees_a_Leiderdorp_employee(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        var name = $"Lotte Alleen-Leiderdorp {Guid.NewGuid():N}";
        await app.WithDbAsync(async db =>
        {
            db.Employees.Add(new Employee { EmployeeNumber = $"LD-{Guid.NewGuid():N}"[..20], Name = name, StartDate = new DateOnly(2026, 1, 1) });
            return await db.SaveChangesAsync();
        }, "leiderdorp");
        using var leiden = app.CreateLoketClient();
        await leiden.LoginAsDemoAsync("leiden", "beheerder");
        using var leiderdorp = app.CreateLoketClient();
        await leiderdorp.LoginAsDemoAsync("leiderdorp", "beheerder");

        var (_, seenFromLeiden) = await leiden.GetPageAsync($"/beheer/medewerkers?q={Uri.EscapeDataString(name)}");
        var (_, seenFromLeiderdorp) = await leiderdorp.GetPageAsync($"/beheer/medewerkers?q={Uri.EscapeDataString(name)}");

        Assert.DoesNotContain(name, seenFromLeiden.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(name, seenFromLeiderdorp.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Queries_inside_one_municipality_return_only_its_rows(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);

        var (leidenTenant, tenantsSeen) = await app.WithDbAsync(async db =>
            (await db.Tenants.Where(t => t.Slug == "leiden").Select(t => t.Id).SingleAsync(), await db.Employees.Select(e => e.TenantId).Distinct().ToListAsync()), "leiden");
        var withoutTenant = await app.WithDbAsync(db => db.Employees.CountAsync());

        Assert.Equal([leidenTenant], tenantsSeen);
        Assert.Equal(0, withoutTenant);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_write_to_another_municipalitys_row_is_refused(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => app.WithDbAsync(async db =>
        {
            var foreign = await db.Employees.IgnoreQueryFilters().FirstAsync(e => e.TenantId != db.Tenants.Single(t => t.Slug == "leiden").Id);
            foreign.Name = "Overgenomen";
            return await db.SaveChangesAsync();
        }, "leiden"));

        Assert.Contains("another tenant", error.Message, StringComparison.Ordinal);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Nobody_can_switch_to_a_municipality_where_they_have_no_role(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var client = app.CreateLoketClient();
        await client.LoginAsDemoAsync("leiden", "medewerker");

        var response = await client.PostFormAsync("/gemeente-wisselen", "main form", new Dictionary<string, string> { ["slug"] = "leiderdorp" });
        var home = await client.GetPageAsync("/mijn");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Gemeente Leiden", home.Document.Title, StringComparison.Ordinal);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task The_shared_desk_officer_switches_between_Leiden_and_Leiderdorp(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var client = app.CreateLoketClient();
        var login = await client.LoginAsync("leiden", "meldpunt@leidse-regio");
        Assert.Equal("/mijn", login.Headers.Location?.OriginalString);

        var switched = await client.PostFormAsync("/gemeente-wisselen", "main form", new Dictionary<string, string> { ["slug"] = "leiderdorp" });
        var (_, home) = await client.GetPageAsync("/mijn");

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Contains("Gemeente Leiderdorp", home.Title, StringComparison.Ordinal);
        Assert.Contains("Meldpunt integriteit Leidse regio", home.Body!.TextContent, StringComparison.Ordinal);
    }
}
