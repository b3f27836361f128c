using Loket.Web.Declarations;
using Loket.Web.Identity;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Tenancy;
using Loket.Web.People;
using Loket.Web.Tenants;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Demo;

/// <summary>
/// A year of work in a demo municipality, dated back from the day the demo is made: declarations,
/// reports and the confidant's contacts. Made once, when the demo creates the municipality, in a
/// scope that works for that municipality only, so every row, its audit entry and its encryption
/// are what the pages would have written.
/// </summary>
internal static class DemoActivity
{
    public static async Task AddAsync(IServiceScopeFactory scopes, Tenant tenant, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        services.GetRequiredService<TenantContext>().Set(tenant.Id, tenant.Slug, tenant.Name);
        var db = services.GetRequiredService<LoketDbContext>();
        var time = services.GetRequiredService<TimeProvider>();
        // The web host registers the engine; the CLI starts without one.
        var engine = services.GetService<PolicyEngine>() ?? new PolicyEngine(await PolicyVersions.PolicyHistory.LoadAsync(db, cancellationToken));
        var people = await DemoPeople.LoadAsync(db, tenant, cancellationToken);
        var story = DemoStory.For(tenant.Slug);

        await new DemoDeclarationHistory(db, engine, time, tenant, people, story).AddAsync(cancellationToken);
        await DemoReports.AddAsync(services, time, tenant, people, story, cancellationToken);
        DemoContacts.Add(db, time, tenant, people);
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>The demo people of one municipality, as employees and as accounts.</summary>
internal sealed record DemoPeople(IReadOnlyDictionary<string, Employee> Employees, IReadOnlyDictionary<string, UserAccount> Users)
{
    public Employee Secretary => Employees["1001"];

    public Employee Manager => Employees["1002"];

    public Employee Employee => Employees["1003"];

    public Employee Officer => Employees["1004"];

    public Employee Hr => Employees["1006"];

    public Employee Lead => Employees["1010"];

    public Employee PermitOfficer => Employees["1011"];

    public Employee Buyer => Employees["1012"];

    public Employee Hired => Employees["1013"];

    public UserAccount User(string prefix) => Users[prefix];

    public static async Task<DemoPeople> LoadAsync(LoketDbContext db, Tenant tenant, CancellationToken cancellationToken)
    {
        var employees = await db.Employees.Where(e => e.TenantId == tenant.Id).ToDictionaryAsync(e => e.EmployeeNumber, cancellationToken);
        var suffix = $"@{tenant.Slug}";
        var users = await db.Users.Where(u => u.IsDemo && u.UserName.EndsWith(suffix)).ToListAsync(cancellationToken);
        return new DemoPeople(employees, users.ToDictionary(u => u.UserName[..^suffix.Length]));
    }
}
