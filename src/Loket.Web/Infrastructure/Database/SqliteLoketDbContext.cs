using Loket.Web.Audit;
using Loket.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Loket.Web.Infrastructure.Database;

/// <summary>The embedded default. Owns Migrations/Sqlite.</summary>
public sealed class SqliteLoketDbContext(DbContextOptions<SqliteLoketDbContext> options, TenantContext tenant, CurrentActor actor, TimeProvider time)
    : LoketDbContext(options, tenant, actor, time)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare or order DateTimeOffset text; store UTC ticks so deadlines sort and filter.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }
}

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteLoketDbContext>
{
    public SqliteLoketDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<SqliteLoketDbContext>().UseSqlite("Data Source=design.db").Options,
        new TenantContext(), new CurrentActor(), TimeProvider.System);
}
