using Loket.Web.Identity.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Infrastructure.Database;

// The administration's own table: changes of roles and links that wait for a second person.
public abstract partial class LoketDbContext
{
    public DbSet<MembershipChange> MembershipChanges => Set<MembershipChange>();
}
