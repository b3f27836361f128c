using Loket.Policy;
using Loket.Web.Declarations;
using Loket.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Registers;

/// <summary>The filters of a register, shared by the page and its exports so both show the same rows.</summary>
public sealed class RegisterQuery
{
    /// <summary>Searches the words of subject, giver / organisation and role, and a part of the employee's name.</summary>
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
            // Words in the text through the text index (RegisterSearch); a part of the employee's name
            // through the municipality's few thousand employees, found once, not per declaration.
            var name = Q.Trim().ToLower();
            var employees = db.Employees.Where(e => e.Name.ToLower().Contains(name)).Select(e => e.Id);
            var words = RegisterSearch.Words(Q);
            if (words.Count == 0)
            {
                rows = rows.Where(d => employees.Contains(d.EmployeeId));
            }
            else
            {
                var matching = RegisterSearch.MatchingIds(db, type, words);
                rows = rows.Where(d => matching.Contains(d.Id) || employees.Contains(d.EmployeeId));
            }
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
