using Loket.Web.Meldpunt.Case;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Infrastructure.Database;

// The reporting desk's counted record: a municipality's own case categories (issue 17.2).
public abstract partial class LoketDbContext
{
    public DbSet<OwnCategory> OwnCaseCategories => Set<OwnCategory>();
}
