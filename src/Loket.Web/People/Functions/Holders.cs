using Loket.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.People.Functions;

/// <summary>Who holds a function on a day: in service that day (started, not yet ended).</summary>
internal static class Holders
{
    public static async Task<Dictionary<Guid, int>> CountAsync(LoketDbContext db, DateOnly day) =>
        await db.Employees.Where(e => e.JobFunctionId != null && e.StartDate <= day && (e.EndDate == null || e.EndDate >= day))
            .GroupBy(e => e.JobFunctionId!.Value).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count);

    public static async Task<List<string>> OfAsync(LoketDbContext db, Guid functionId, DateOnly day) =>
        await db.Employees.Where(e => e.JobFunctionId == functionId && e.StartDate <= day && (e.EndDate == null || e.EndDate >= day))
            .OrderBy(e => e.Name).Select(e => e.Name + " (" + e.EmployeeNumber + ")").ToListAsync();
}
