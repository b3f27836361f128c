using System.Text.Json;
using Loket.Web.Identity;
using Loket.Web.Infrastructure;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Domain;
using Loket.Web.Infrastructure.Jobs;
using Loket.Web.Infrastructure.Mail;
using Loket.Web.Infrastructure.Time;
using Loket.Web.Meldpunt.Exclusion;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.AnnualReport;

/// <summary>
/// The chain of issue 18.4 for the current municipality: confidants hand over their year's figures (frozen),
/// the coordinator saves versions of the text, another coordinator adopts the report (the document frozen as
/// JSON with its SHA-256, the hash in the audit trail), and the gemeentesecretaris is told it is there.
/// </summary>
public sealed class ReportChain(LoketDbContext db, AnnualReportBuilder builder, JobNotifications notices, TimeProvider time)
{
    public sealed record Version(int Number, string WrittenBy, DateTimeOffset WrittenAt, bool IsAdopted);

    /// <summary>The confidant's own contacts of <paramref name="year"/>, counted now and frozen.</summary>
    public async Task<Refusal?> HandAsync(int year, Guid confidant)
    {
        var tenant = Tenant();
        var handed = await db.ContactContributions.AnyAsync(c => c.Year == year && c.ConfidantUserId == confidant);
        var counts = await ContactCounts.CountAsync(db, [tenant], confidant, new ReportYears(year, time.GetUtcNow()), default);
        var contribution = ContactContribution.Hand(tenant, year, confidant, counts, handed, time.GetUtcNow(), time.Today().Year);
        if (contribution.Refusal is { } refusal)
        {
            return refusal;
        }

        db.ContactContributions.Add(contribution.Value!);
        await db.SaveChangesAsync();
        return null;
    }

    public async Task<Refusal?> WriteAsync(int year, IReadOnlyList<string?> texts, Guid by)
    {
        var latest = await db.ReportDrafts.Where(d => d.Year == year).OrderByDescending(d => d.Version).FirstOrDefaultAsync();
        var adopted = await db.AdoptedReports.AnyAsync(r => r.Year == year);
        var names = await db.Employees.Select(e => e.Name).ToListAsync();
        var folded = names.Select(NameText.Fold).Where(n => n.Contains(' ', StringComparison.Ordinal)).ToHashSet();
        var draft = ReportDraft.Write(Tenant(), year, latest, adopted, [.. texts.Concat(Enumerable.Repeat<string?>(null, 3)).Take(3)],
            text => folded.Any(NameText.Fold(text).Contains), by, time.GetUtcNow());
        if (draft.Refusal is { } refusal)
        {
            return refusal;
        }

        db.ReportDrafts.Add(draft.Value!);
        await db.SaveChangesAsync();
        return null;
    }

    /// <summary>Adopts the report as it is counted now with the latest text, if someone else wrote that text.</summary>
    public async Task<Outcome<AdoptedReport>> AdoptAsync(int year, int? seenVersion, Guid by)
    {
        var tenant = Tenant();
        var latest = await db.ReportDrafts.Where(d => d.Year == year).OrderByDescending(d => d.Version).FirstOrDefaultAsync();
        var already = await db.AdoptedReports.AnyAsync(r => r.Year == year);
        var now = time.GetUtcNow();
        var document = Draft(await builder.MunicipalityAsync(tenant, year), latest) with { Status = $"Vastgesteld op {DutchTime.Written(now)}" };
        var adopted = AdoptedReport.Adopt(tenant, document, latest, seenVersion, already, by, now);
        if (adopted.Value is not { } report)
        {
            return adopted;
        }

        db.AdoptedReports.Add(report);
        notices.Queue(await SecretariesAsync(tenant, year));
        // The hash goes into the audit chain in the same save as the report.
        await db.RecordEventAsync("Vastgesteld", nameof(AdoptedReport), report.Id.ToString(),
            $"jaarverslag {year} vastgesteld (conceptversie {report.DraftVersion}), SHA-256 {report.Sha256}", tenant);
        notices.HandOver();
        return report;
    }

    /// <summary>
    /// What a reader sees of a year: the adopted report as frozen, or, for who reads drafts (coordinators,
    /// the auditor), the report counted now with the latest text. The page and every download read this.
    /// </summary>
    public async Task<(AdoptedReport? Adopted, ReportDraft? Latest, AnnualReportDocument? Document)> ReadAsync(int year, bool readsDrafts)
    {
        var adopted = await db.AdoptedReports.AsNoTracking().SingleOrDefaultAsync(r => r.Year == year);
        var latest = await db.ReportDrafts.AsNoTracking().Where(d => d.Year == year).OrderByDescending(d => d.Version).FirstOrDefaultAsync();
        var document = adopted?.Read() ?? (readsDrafts ? Draft(await builder.MunicipalityAsync(Tenant(), year), latest) : null);
        return (adopted, latest, document);
    }

    public async Task<List<Version>> VersionsAsync(int year)
    {
        var adopted = await db.AdoptedReports.Where(r => r.Year == year).Select(r => (int?)r.DraftVersion).SingleOrDefaultAsync();
        var drafts = await db.ReportDrafts.Where(d => d.Year == year).OrderByDescending(d => d.Version)
            .Select(d => new { d.Version, d.WrittenByUserId, d.WrittenAt }).ToListAsync();
        var authors = drafts.Select(d => d.WrittenByUserId).Distinct().ToList();
        var names = await db.Users.Where(u => authors.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        return [.. drafts.Select(d => new Version(d.Version, names.GetValueOrDefault(d.WrittenByUserId, "onbekend"), d.WrittenAt, d.Version == adopted))];
    }

    /// <summary>The counted document as a draft: the status says which version of the text it carries.</summary>
    public static AnnualReportDocument Draft(AnnualReportDocument counted, ReportDraft? latest) => counted with
    {
        Status = latest is null ? "Concept, nog zonder eigen tekst" : $"Concept, versie {latest.Version} van {DutchTime.Written(latest.WrittenAt)}",
        Texts = latest?.Texts ?? [],
    };

    /// <summary>Whether two documents hold the same tables and cells (the numbers, not the status or the text).</summary>
    public static bool SameFigures(AnnualReportDocument a, AnnualReportDocument b) =>
        JsonSerializer.Serialize(a.Sections, AdoptedReport.Json) == JsonSerializer.Serialize(b.Sections, AdoptedReport.Json);

    private Guid Tenant() => db.CurrentTenantId ?? throw new InvalidOperationException("The annual report belongs to a municipality; none is set.");

    private async Task<IReadOnlyList<Notification>> SecretariesAsync(Guid tenant, int year)
    {
        var secretaries = await db.Memberships.Where(m => m.TenantId == tenant && (m.Roles & Role.Secretary) != 0 && m.User!.Email != null)
            .Select(m => new { m.User!.Email, m.User.DisplayName }).ToListAsync();
        return [.. secretaries.DistinctBy(s => s.Email).Select(s => new Notification(s.Email!, s.DisplayName,
            "Het integriteitsjaarverslag is vastgesteld", $"Het integriteitsjaarverslag over {year} is vastgesteld en staat voor je klaar.", $"/jaarverslag?jaar={year}"))];
    }
}
