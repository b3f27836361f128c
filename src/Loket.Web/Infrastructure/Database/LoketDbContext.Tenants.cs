using Loket.Web.Tenants;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Infrastructure.Database;

// The installation's own tables: who may set it up, and the confidants each municipality publishes.
public abstract partial class LoketDbContext
{
    public DbSet<ConfidantListing> ConfidantListings => Set<ConfidantListing>();

    public DbSet<InstallationOperator> InstallationOperators => Set<InstallationOperator>();
}
