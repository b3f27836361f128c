using Loket.Web.Audit;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Tests.Database;

/// <summary>Each provider has its own migrations; both must describe today's model, or a deploy would miss a change.</summary>
public sealed class MigrationsTests
{
    [Fact]
    public void The_SQLite_migrations_match_the_model()
    {
        using var db = new SqliteLoketDbContext(
            new DbContextOptionsBuilder<SqliteLoketDbContext>().UseSqlite("Data Source=:memory:").Options,
            new TenantContext(), new CurrentActor(), TimeProvider.System);

        Assert.False(db.Database.HasPendingModelChanges(), "Run: dotnet ef migrations add <Name> --context SqliteLoketDbContext (see docs/operations.md)");
    }

    [Fact]
    public void The_PostgreSQL_migrations_match_the_model()
    {
        using var db = new PostgresLoketDbContext(
            new DbContextOptionsBuilder<PostgresLoketDbContext>().UseNpgsql("Host=127.0.0.1;Database=niet-gebruikt").Options,
            new TenantContext(), new CurrentActor(), TimeProvider.System);

        Assert.False(db.Database.HasPendingModelChanges(), "Run: dotnet ef migrations add <Name> --context PostgresLoketDbContext (see docs/operations.md)");
    }
}
