using Loket.Web.Identity.Passwords;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Infrastructure.Database;

// One-time links to set a password (invitations and resets); only hashes of their tokens.
public abstract partial class LoketDbContext
{
    public DbSet<PasswordLink> PasswordLinks => Set<PasswordLink>();
}
