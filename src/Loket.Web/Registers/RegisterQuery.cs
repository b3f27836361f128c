using Loket.Policy;
using Loket.Web.Declarations;
using Loket.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Registers;

/// <summary>The filters of a register, shared by the page and its exports so both show the same rows.</summary>
public sealed class RegisterQuery
{
    /// <summary>Searches subject, giver / organisation, role and the employee's name.</summary>
    public string? Q { get; set; }

    public DeclarationStatus? Status { get; set; }

    public Verdict? Verdict { get; set; }

    /// <summary>Side activities: only current ones (not ended, not replaced by a later version).</summary>
    public bool Current { get; set; }

    public IQueryable<EmployeeDeclaration> Apply(LoketDbContext db, DeclarationType type, DateOnly today)
    {
        var rows = db.Declarations.AsNoTracking().Where(d => d.Type == type);
        if (!string.IsNullOrWhiteSpace(Q))
        {
            // Lower-case on both sides: the same case-insensitive search on SQLite and PostgreSQL. Matching
            // employees are found once (a few thousand per municipality), not joined to every declaration.
            var q = Q.Trim().ToLower();
            var employees = db.Employees.Where(e => e.Name.ToLower().Contains(q)).Select(e => e.Id);
            rows = rows.Where(d => d.Subject.ToLower().Contains(q) || (d.Counterparty != null && d.Counterparty.ToLower().Contains(q))
                || (d.Role != null && d.Role.ToLower().Contains(q)) || employees.Contains(d.EmployeeId));
        }

        if (Status is { } status)
        {
            rows = rows.Where(d => d.Status == status);
        }

        if (Verdict is { } verdict)
        {
            rows = rows.Where(d => d.Verdict == verdict);
        }

        if (Current)
        {
            rows = rows.Where(d => d.SupersededAt == null && (d.EndDate == null || d.EndDate >= today));
        }

        return rows.OrderByDescending(d => d.SubmittedAt);
    }

    public string ToQueryString() =>
        string.Join('&', new[]
        {
            string.IsNullOrWhiteSpace(Q) ? null : $"q={Uri.EscapeDataString(Q)}",
            Status is null ? null : $"status={Status}",
            Verdict is null ? null : $"verdict={Verdict}",
            Current ? "current=true" : null,
        }.Where(p => p is not null));
}
