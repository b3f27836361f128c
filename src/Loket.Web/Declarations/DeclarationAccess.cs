using System.Security.Claims;
using Loket.Policy;
using Loket.Web.Identity;
using Loket.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Declarations;

/// <summary>
/// Need to know: the employee, whoever must decide or decided, the manager chain above the employee,
/// and the integrity officers. Everybody else gets 404, not 403: they must not learn the declaration exists.
/// Relationships and private circumstances are told to a person, not to a position: only the one they
/// were routed to (and who decided) reads them, never whoever is the employee's manager today. A manager
/// set by a later import therefore does not inherit what the employee confided to the previous one.
/// </summary>
public static class DeclarationAccess
{
    public static bool IsOfficer(ClaimsPrincipal user) => user.HasClaim(LoketClaims.Role, nameof(Role.IntegrityOfficer));

    public static async Task<bool> MayReadAsync(LoketDbContext db, ClaimsPrincipal user, EmployeeDeclaration declaration, CancellationToken cancellationToken = default)
    {
        if (IsOfficer(user))
        {
            return true;
        }

        if (LoketClaims.EmployeeOf(user) is not { } me)
        {
            return false;
        }

        if (declaration.EmployeeId == me || declaration.DeciderId == me || declaration.DecidedById == me)
        {
            return true;
        }

        return !IsSensitive(declaration.Type) && await IsInManagerChainAsync(db, declaration.EmployeeId, me, cancellationToken);
    }

    /// <summary>Relationships and private circumstances are the most sensitive: reads of them are audited.</summary>
    public static bool IsSensitive(DeclarationType type) => type is DeclarationType.Relationship or DeclarationType.PrivateCircumstance;

    private static async Task<bool> IsInManagerChainAsync(LoketDbContext db, Guid employeeId, Guid me, CancellationToken cancellationToken)
    {
        var seen = new HashSet<Guid> { employeeId };
        Guid? current = employeeId;
        while (current is { } id)
        {
            current = await db.Employees.Where(e => e.Id == id).Select(e => e.ManagerId).FirstOrDefaultAsync(cancellationToken);
            if (current == me)
            {
                return true;
            }

            if (current is { } next && !seen.Add(next))
            {
                return false;
            }
        }

        return false;
    }
}
