using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Domain;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.People;

/// <summary>
/// The reporting line (who is whose manager), checked before it changes: routing walks it upwards to
/// find who decides, so a manager from elsewhere, oneself or a circle would send declarations to nobody.
/// The database context's tenant filter hides other municipalities' people: they are unknown here.
/// </summary>
public static class EmployeeLine
{
    /// <summary>Deeper than any organisation; a longer walk means a circle that is already stored.</summary>
    private const int MaxDepth = 64;

    /// <summary>Why <paramref name="managerId"/> cannot be the manager of <paramref name="employeeId"/> (null for a new employee), or null.</summary>
    public static async Task<Refusal?> CheckManagerAsync(LoketDbContext db, Guid? employeeId, Guid managerId, DateOnly today)
    {
        if (managerId == employeeId)
        {
            return new OwnManager();
        }

        var manager = await db.Employees.Where(e => e.Id == managerId).Select(e => new { e.Name, e.EndDate, e.ManagerId }).FirstOrDefaultAsync();
        if (manager is null)
        {
            return new UnknownManager();
        }

        if (manager.EndDate < today)
        {
            return new ManagerLeft(manager.Name);
        }

        // A new employee has nobody below them yet; an existing one must not be above the chosen manager.
        var above = manager.ManagerId;
        for (var depth = 0; employeeId is not null && above is { } next && depth < MaxDepth; depth++)
        {
            if (next == employeeId)
            {
                return new ManagerInCircle(manager.Name);
            }

            above = await db.Employees.Where(e => e.Id == next).Select(e => e.ManagerId).FirstOrDefaultAsync();
        }

        return null;
    }
}

public sealed record OwnManager() : Refusal("Iemand kan niet zijn of haar eigen leidinggevende zijn.");

public sealed record UnknownManager() : Refusal("Kies een leidinggevende uit de lijst van deze gemeente.");

public sealed record ManagerLeft(string Name) : Refusal($"{Name} is uit dienst en kan geen leidinggevende meer zijn.");

public sealed record ManagerInCircle(string Name) : Refusal(
    $"{Name} valt zelf (via de lijn omhoog) onder deze medewerker; zo ontstaat een kring en komt een opgave bij niemand terecht. Kies een andere leidinggevende.");
