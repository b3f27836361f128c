using Loket.Web.Audit;
using Loket.Web.Identity;
using Loket.Web.Infrastructure.Tenancy;
using Loket.Web.People;
using Loket.Web.Tenants;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Infrastructure.Database;

/// <summary>
/// The one database of the product. Provider-specific subclasses exist only so each provider has
/// its own migrations set (a SQLite migration does not apply to PostgreSQL).
/// Tenant isolation and the audit trail live here, in one place, for every slice.
/// </summary>
public abstract partial class LoketDbContext(DbContextOptions options, TenantContext tenant, CurrentActor actor, TimeProvider time)
    : DbContext(options), IDataProtectionKeyContext
{
    private readonly TenantContext tenant = tenant;
    private readonly CurrentActor actor = actor;
    private readonly TimeProvider time = time;

    public DbSet<Tenant> Tenants => Set<Tenant>();

    public DbSet<Desk> Desks => Set<Desk>();

    public DbSet<OrgUnit> OrgUnits => Set<OrgUnit>();

    public DbSet<JobFunction> JobFunctions => Set<JobFunction>();

    public DbSet<Employee> Employees => Set<Employee>();

    public DbSet<Substitution> Substitutions => Set<Substitution>();

    public DbSet<Relation> Relations => Set<Relation>();

    public DbSet<UserAccount> Users => Set<UserAccount>();

    public DbSet<Membership> Memberships => Set<Membership>();

    public DbSet<ExternalLogin> ExternalLogins => Set<ExternalLogin>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>
    /// Which provider, without asking EF: Database.IsNpgsql() reads the provider's assembly name on every
    /// call, which showed in the CPU profile of a submit (bench/results.md).
    /// </summary>
    internal bool OnPostgres => this is PostgresLoketDbContext;

    /// <summary>Read by the global query filters on every query; null means "no tenant rows at all".</summary>
    internal Guid? CurrentTenantId => tenant.TenantId;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(LoketDbContext).Assembly, t => t.Namespace?.StartsWith("Loket.Web", StringComparison.Ordinal) == true && !t.IsAbstract);
        TenantFilters.Apply(modelBuilder, this);
    }
}
