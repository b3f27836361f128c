using System.Linq.Expressions;
using Loket.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Infrastructure.Database;

/// <summary>
/// Every <see cref="ITenantOwned"/> entity gets the filter "TenantId == current tenant". Code that
/// must look across tenants (login, the CLI, scheduled jobs) says so with IgnoreQueryFilters().
/// </summary>
internal static class TenantFilters
{
    public static void Apply(ModelBuilder modelBuilder, LoketDbContext context)
    {
        foreach (var entityType in modelBuilder.Model.GetEntityTypes())
        {
            if (!typeof(ITenantOwned).IsAssignableFrom(entityType.ClrType) || entityType.BaseType is not null)
            {
                continue;
            }

            var row = Expression.Parameter(entityType.ClrType, "row");
            var rowTenant = Expression.Convert(Expression.Property(row, nameof(ITenantOwned.TenantId)), typeof(Guid?));
            var current = Expression.Property(Expression.Constant(context), nameof(LoketDbContext.CurrentTenantId));
            var filter = Expression.Lambda(Expression.Equal(rowTenant, current), row);
            modelBuilder.Entity(entityType.ClrType).HasQueryFilter(filter);
        }
    }
}
