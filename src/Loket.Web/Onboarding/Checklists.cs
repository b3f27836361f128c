using Loket.Web.Infrastructure.Database;
using Loket.Web.People;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Onboarding;

/// <summary>Reading and opening checklists in the current municipality; the tenant filter keeps every other one out.</summary>
public static class Checklists
{
    public static Task<Checklist?> OfAsync(LoketDbContext db, Guid employeeId) =>
        db.Checklists.FirstOrDefaultAsync(c => c.EmployeeId == employeeId);

    /// <summary>The municipality's code as onboarding rules: looked up by its own policy slug, never another's.</summary>
    public static async Task<CodeOnboarding> CodeAsync(LoketDbContext db, Guid tenantId) =>
        OnboardingCodes.For(await db.Tenants.Where(t => t.Id == tenantId).Select(t => t.PolicySlug).SingleAsync());

    /// <summary>The person's list, made now from their employment type, function and code; the existing one when they have it.</summary>
    public static async Task<Checklist> OpenAsync(LoketDbContext db, Employee employee, DateTimeOffset now, Guid? by)
    {
        if (await OfAsync(db, employee.Id) is { } existing)
        {
            return existing;
        }

        var function = employee.JobFunctionId is { } id ? await db.JobFunctions.FirstOrDefaultAsync(f => f.Id == id) : null;
        var checklist = Checklist.Open(employee, function, await CodeAsync(db, employee.TenantId), now, by);
        db.Checklists.Add(checklist);
        await db.SaveChangesAsync();
        return checklist;
    }
}
