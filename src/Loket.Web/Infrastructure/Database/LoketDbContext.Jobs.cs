using Loket.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Infrastructure.Database;

// The jobs' outbox: mails decided and recorded, not yet accepted by the mail server.
public abstract partial class LoketDbContext
{
    public DbSet<PendingMail> PendingMails => Set<PendingMail>();
}
