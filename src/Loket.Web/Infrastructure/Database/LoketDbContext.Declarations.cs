using Loket.Web.Declarations;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Infrastructure.Database;

public abstract partial class LoketDbContext
{
    public DbSet<EmployeeDeclaration> Declarations => Set<EmployeeDeclaration>();

    public DbSet<DeclarationAttachment> DeclarationAttachments => Set<DeclarationAttachment>();
}
