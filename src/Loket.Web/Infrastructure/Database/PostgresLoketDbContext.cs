using Loket.Web.Audit;
using Loket.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Loket.Web.Infrastructure.Database;

/// <summary>Production database. Owns Migrations/Postgres.</summary>
public sealed class PostgresLoketDbContext(DbContextOptions<PostgresLoketDbContext> options, TenantContext tenant, CurrentActor actor, TimeProvider time)
    : LoketDbContext(options, tenant, actor, time);

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresLoketDbContext>
{
    public PostgresLoketDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<PostgresLoketDbContext>().UseNpgsql("Host=localhost;Database=loket_design").Options,
        new TenantContext(), new CurrentActor(), TimeProvider.System);
}
