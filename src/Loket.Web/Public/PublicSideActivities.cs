using System.Text.Json;
using Loket.Policy;
using Loket.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Public;

/// <summary>
/// The public register of top officials' side activities (Ambtenarenwet 2017 art. 5 lid 1 c; Alphen
/// toel. 3): only what is fit for publication, only after an officer's review, only current versions.
/// </summary>
public static class PublicSideActivities
{
    public sealed record Entry(string Name, string? Function, string Organisation, string? Role, string Paid, DateOnly? Start, DateOnly? End);

    public sealed record Register(string TenantName, string Slug, IReadOnlyList<Entry> Entries, DateTimeOffset? LastChanged);

    /// <summary>Null when there is no such municipality. Reads across tenants: no one is signed in here.</summary>
    public static async Task<Register?> ReadAsync(LoketDbContext db, string slug, DateOnly today, CancellationToken cancellationToken = default)
    {
        var tenant = await db.Tenants.Where(t => t.Slug == slug).Select(t => new { t.Id, t.Name }).FirstOrDefaultAsync(cancellationToken);
        if (tenant is null)
        {
            return null;
        }

        var published = db.Declarations.IgnoreQueryFilters()
            .Where(d => d.TenantId == tenant.Id && d.Type == DeclarationType.SideActivity && d.PublishedAt != null
                && d.Employee!.JobFunction != null && d.Employee.JobFunction.TopOfficial);
        var rows = await published.Where(d => d.SupersededAt == null && (d.EndDate == null || d.EndDate >= today))
            .OrderBy(d => d.Employee!.Name).ThenBy(d => d.StartDate)
            .Select(d => new { d.Employee!.Name, Function = d.Employee.JobFunction!.Name, d.Counterparty, d.Subject, d.Role, d.Answers, d.StartDate, d.EndDate })
            .ToListAsync(cancellationToken);
        // The page says when it last changed: a publication, a replaced version or an end.
        var changes = await published.Select(d => new { d.PublishedAt, d.SupersededAt }).ToListAsync(cancellationToken);
        var lastChanged = changes.SelectMany(c => new[] { c.PublishedAt, c.SupersededAt }).Max();
        var entries = rows.Select(r => new Entry(r.Name, r.Function, r.Counterparty ?? r.Subject, r.Role, PaidWord(r.Answers), r.StartDate, r.EndDate)).ToList();
        return new Register(tenant.Name, slug, entries, lastChanged);
    }

    private static string PaidWord(string answers)
    {
        using var json = JsonDocument.Parse(answers);
        return json.RootElement.TryGetProperty("paid", out var paid) && paid.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? paid.GetBoolean() ? "bezoldigd" : "onbezoldigd"
            : "onbekend";
    }
}
