using Loket.Policy;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Public;

/// <summary>
/// The public register of top officials' side activities (Ambtenarenwet 2017 art. 5 lid 1 c; Alphen
/// toel. 3): only what is fit for publication, only after an officer's review. Each activity shows its
/// last reviewed version: a declared change stays off the page until the officer has reviewed it, and
/// until then the earlier version stays on. An end is shown at once: it only takes information away.
/// An activity that starts later is published as announced ("gaat in op 1 januari 2027"), apart from the
/// current ones until its first day: the codes that publish (Alphen 4.1 regel 6, Leidschendam-Voorburg toel. 3)
/// publish what is reported, and a report may be of an intended activity; none calls it current before it runs.
/// </summary>
public static class PublicSideActivities
{
    /// <summary>
    /// One activity as published; <paramref name="Published"/> is when this version was reviewed, <paramref name="Declaration"/>
    /// the activity's newest version (reviewed or not), <paramref name="Current"/> whether it has begun.
    /// </summary>
    public sealed record Entry(string Name, string? Function, string Organisation, string? Role, string Paid, DateOnly? Start, DateOnly? End, DateTimeOffset Published,
        Guid Declaration, bool Current)
    {
        /// <summary>"actueel", or "gaat in op 1 januari 2027" for an activity that has not begun.</summary>
        public string State => Current || Start is not { } start ? "actueel" : $"gaat in op {DutchTime.Written(start)}";
    }

    /// <summary>A version as if the officer published it at <paramref name="At"/>: the preview before publishing.</summary>
    public sealed record Preview(Guid Version, DateTimeOffset At);

    public sealed record Register(string TenantName, string Slug, IReadOnlyList<Entry> Entries, DateTimeOffset? LastChanged);

    private sealed record Version(Guid Id, Guid? PreviousVersionId, string Name, string? Function, string? Counterparty, string Subject, string? Role, string Answers,
        DateOnly? StartDate, DateOnly? EndDate, DateTimeOffset? PublishedAt, DateTimeOffset? SupersededAt, DateTimeOffset? EndReportedAt);

    /// <summary>Null when there is no such municipality. Reads across tenants: no one is signed in here.</summary>
    public static async Task<Register?> ReadAsync(LoketDbContext db, string slug, DateOnly today, CancellationToken cancellationToken = default) =>
        await ReadAsync(db, slug, today, preview: null, cancellationToken);

    /// <summary>The register as it is, or with <paramref name="preview"/>'s version published: the same code makes both.</summary>
    public static async Task<Register?> ReadAsync(LoketDbContext db, string slug, DateOnly today, Preview? preview, CancellationToken cancellationToken = default)
    {
        var tenant = await db.Tenants.Where(t => t.Slug == slug).Select(t => new { t.Id, t.Name }).FirstOrDefaultAsync(cancellationToken);
        if (tenant is null)
        {
            return null;
        }

        // Every version of every top official's side activity: a handful of people, so the chains are
        // followed in memory rather than in SQL. The employee and the function are named in this municipality
        // too (they always are): without the query filters PostgreSQL cannot know that, and joined every
        // municipality's employees to the top functions first (200,000 rows, 140-200 ms at bench scale).
        var versions = await db.Declarations.IgnoreQueryFilters()
            .Where(d => d.TenantId == tenant.Id && d.Type == DeclarationType.SideActivity
                && d.Employee!.TenantId == tenant.Id && d.Employee.JobFunction != null
                && d.Employee.JobFunction.TenantId == tenant.Id && d.Employee.JobFunction.TopOfficial)
            .Select(d => new Version(d.Id, d.PreviousVersionId, d.Employee!.Name, d.Employee.JobFunction!.Name, d.Counterparty, d.Subject, d.Role, d.Answers,
                d.StartDate, d.EndDate, d.PublishedAt, d.SupersededAt, d.EndReportedAt))
            .ToListAsync(cancellationToken);
        if (preview is not null)
        {
            versions = [.. versions.Select(v => v.Id == preview.Version ? v with { PublishedAt = v.PublishedAt ?? preview.At } : v)];
        }

        var byId = versions.ToDictionary(v => v.Id);
        var entries = new List<Entry>();
        var changes = new List<DateTimeOffset?>();
        foreach (var current in versions.Where(v => v.SupersededAt is null))
        {
            if (LastPublished(current, byId) is not { } published)
            {
                continue;
            }

            // The page changed when a version was reviewed, and when an end was reported.
            changes.Add(published.PublishedAt);
            changes.Add(current.EndReportedAt);
            var end = current.EndDate ?? published.EndDate;
            if (end is null || end >= today)
            {
                entries.Add(new Entry(published.Name, published.Function, published.Counterparty ?? published.Subject, published.Role,
                    PaidWord(published.Answers), published.StartDate, end, published.PublishedAt!.Value, current.Id,
                    published.StartDate is not { } start || start <= today));
            }
        }

        return new Register(tenant.Name, slug, [.. entries.OrderBy(e => e.Name).ThenBy(e => e.Start)], changes.Max());
    }

    /// <summary>The newest reviewed version in the chain that ends in <paramref name="current"/>.</summary>
    private static Version? LastPublished(Version current, Dictionary<Guid, Version> byId)
    {
        var seen = new HashSet<Guid>();
        for (Version? v = current; v is not null && seen.Add(v.Id); v = v.PreviousVersionId is { } previous ? byId.GetValueOrDefault(previous) : null)
        {
            if (v.PublishedAt is not null)
            {
                return v;
            }
        }

        return null;
    }

    // Read through the engine's record, so an answer nested by the API (see DeclarationJson) counts too.
    private static string PaidWord(string answers) =>
        DeclarationJson.Parse(answers).Input?.Declaration is SideActivityDeclaration { Paid: { } paid }
            ? paid ? "bezoldigd" : "onbezoldigd"
            : "onbekend";
}
