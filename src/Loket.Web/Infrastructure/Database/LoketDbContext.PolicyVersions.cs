using Loket.Web.PolicyVersions;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Infrastructure.Database;

// The codes of conduct's versions: uploaded, approved, rejected, and those read in from the folder.
public abstract partial class LoketDbContext
{
    public DbSet<StoredPolicy> StoredPolicies => Set<StoredPolicy>();
}
