using Loket.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Identity.Accounts;

/// <summary>
/// The second person's page: changes of roles and links that wait for approval in this municipality.
/// Another administrator or an integrity officer approves or rejects; the entity refuses the requester
/// and the person concerned. Both the request and the decision are in the audit trail, with old and new roles.
/// </summary>
[Authorize(Policy = Policies.MembershipApproval)]
public sealed class ApprovalsModel(LoketDbContext db, TimeProvider time) : PageModel
{
    public sealed record Row(Guid Id, string Person, string UserName, Role FromRoles, Role ToRoles, string? FromEmployee, string? ToEmployee, string RequestedBy, DateTimeOffset RequestedAt);

    public List<Row> Rows { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    public Task<IActionResult> OnPostApproveAsync(Guid id) => DecideAsync(id, (change, membership, me, roles, now) => change.Approve(membership, me, roles, now), "De wijziging is goedgekeurd en geldt nu.");

    public Task<IActionResult> OnPostRejectAsync(Guid id) => DecideAsync(id, (change, _, me, roles, now) => change.Reject(me, roles, now), "De wijziging is afgewezen.");

    private async Task<IActionResult> DecideAsync(Guid id, Func<MembershipChange, Membership, Guid, Role, DateTimeOffset, Infrastructure.Domain.Refusal?> decide, string done)
    {
        var change = await db.MembershipChanges.Include(c => c.Membership).FirstOrDefaultAsync(c => c.Id == id);
        if (change?.Membership is null)
        {
            return NotFound();
        }

        var roles = User.FindAll(LoketClaims.Role).Aggregate(Role.None, (all, c) => Enum.TryParse<Role>(c.Value, out var role) ? all | role : all);
        if (decide(change, change.Membership, LoketClaims.UserIdOf(User)!.Value, roles, time.GetUtcNow()) is { } refusal)
        {
            ModelState.AddModelError(string.Empty, refusal.Message);
            db.ChangeTracker.Clear();
            await LoadAsync();
            return Page();
        }

        await db.SaveChangesAsync();
        Message = done;
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        var pending = await db.MembershipChanges.Where(c => c.DecidedAt == null).OrderBy(c => c.RequestedAt)
            .Select(c => new { c.Id, c.Membership!.User!.DisplayName, c.Membership.User.UserName, c.FromRoles, c.ToRoles, c.FromEmployeeId, c.ToEmployeeId, c.RequestedByUserId, c.RequestedAt })
            .ToListAsync();
        var userIds = pending.Select(p => p.RequestedByUserId).Distinct().ToList();
        var users = await db.Users.Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        var employeeIds = pending.SelectMany(p => new[] { p.FromEmployeeId, p.ToEmployeeId }).OfType<Guid>().Distinct().ToList();
        var employees = await db.Employees.Where(e => employeeIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => $"{e.Name} ({e.EmployeeNumber})");
        Rows = [.. pending.Select(p => new Row(p.Id, p.DisplayName, p.UserName, p.FromRoles, p.ToRoles,
            p.FromEmployeeId is { } from ? employees.GetValueOrDefault(from) : null, p.ToEmployeeId is { } to ? employees.GetValueOrDefault(to) : null,
            users.GetValueOrDefault(p.RequestedByUserId, "onbekend"), p.RequestedAt))];
    }
}
