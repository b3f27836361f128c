using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Jobs;
using Loket.Web.Meldpunt.Case;
using Loket.Web.Meldpunt.Exclusion;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Loket.Web.Meldpunt.Filing;

/// <summary>What someone reports, whatever the channel.</summary>
public sealed record NewReport(
    Guid TenantId,
    ReportCategory Category,
    ReportChannel Channel,
    string Text,
    string? InvolvedNames,
    DateOnly? EventDate,
    Guid? RelatedReportId = null,
    IReadOnlyList<Guid>? Picked = null,
    string? ReporterTag = null);

/// <summary>
/// Files a report: seals it, tags everyone it excludes (picked, named, possibly meant, and the
/// exclusions of the case it is linked to), and issues a receipt code when asked: a handover code
/// when staff will see it (see <see cref="Report.ReceiptIsHandover"/>).
/// The caller adds the identity to the vault when there is one, saves, and then sends the desk's notice
/// queued here (<see cref="JobNotifications.HandOver"/>, <see cref="DeskNotice"/>).
/// </summary>
public sealed class ReportIntake(LoketDbContext db, CaseCrypto crypto, ReceiptCodes codes, Exclusions exclusions, CaseAccess access, JobNotifications notices, TimeProvider time, IOptions<MeldpuntOptions> options)
{
    public async Task<(Report Report, string? ReceiptCode)> FileAsync(NewReport input, bool withReceiptCode, bool handover = false, Guid? recordedBy = null, CancellationToken cancellationToken = default)
    {
        var report = crypto.NewReport(input.TenantId, input.Category, input.Channel, input.Text.Trim(), time.GetUtcNow());
        report.Describe(input.EventDate, input.RelatedReportId,
            string.IsNullOrWhiteSpace(input.InvolvedNames) ? null : crypto.SealInvolved(report, input.InvolvedNames.Trim()));
        report.FollowedBy(input.ReporterTag);

        foreach (var excluded in await exclusions.FindAsync(input.TenantId, input.InvolvedNames, input.Picked ?? [], input.Text, cancellationToken))
        {
            // The reason already says how they came in ("genoemd als …", "gekozen uit de lijst"); only doubt is added.
            var note = $"{excluded.Person.Name}: {(excluded.Kind == MatchKind.Certain ? "" : "mogelijk bedoeld, ")}{excluded.Because}";
            AddTags(report, excluded.Person.Tags, excluded.Kind == MatchKind.Possible, note, inheritedFrom: null);
        }

        if (input.RelatedReportId is { } related)
        {
            await InheritAsync(report, related, cancellationToken);
        }

        string? code = null;
        if (withReceiptCode)
        {
            code = ReceiptCodes.Generate();
            report.IssueReceipt(codes.Hash(code), handover);
        }

        db.Reports.Add(report);
        notices.Queue(await DeskNotice.ForAsync(db, access, report, recordedBy, cancellationToken));
        if (options.Value.AutoAcknowledge && report.Acknowledge(report.ReceivedAt) is null)
        {
            db.CaseEntries.Add(crypto.NewEntry(report, EntryKind.MessageToReporter, Acknowledgement(report.ReceivedAt), report.ReceivedAt, author: null));
        }

        return (report, code);
    }

    /// <summary>After the caller saved the report: tells the desk (see <see cref="DeskNotice"/>), moments later and without holding up the answer.</summary>
    public Task SendNoticesAsync()
    {
        notices.HandOver();
        return Task.CompletedTask;
    }

    /// <summary>The standard acknowledgement, automatic or sent by an officer.</summary>
    public static string Acknowledgement(DateTimeOffset now) =>
        $"Wij hebben je melding ontvangen. Wij laten je uiterlijk {Dutch.Date(now.AddMonths(CaseClocks.FeedbackWithinMonths))} weten wat wij ermee doen. Je identiteit blijft vertrouwelijk.";

    /// <summary>A linked case keeps out whoever its case keeps out; each copy is resolved on its own case.</summary>
    private async Task InheritAsync(Report report, Guid relatedId, CancellationToken cancellationToken)
    {
        var related = await db.Reports.IgnoreQueryFilters().Include(r => r.Involved).FirstAsync(r => r.Id == relatedId, cancellationToken);
        foreach (var group in related.Involved.Where(i => i.Excludes).GroupBy(i => i.Group))
        {
            var note = crypto.Note(related, group.First()) ?? "genoemd";
            AddTags(report, [.. group.Select(i => i.Tag)], group.Any(i => i.Possible), $"{note} (in dossier {related.Reference})", related.Id);
        }
    }

    private void AddTags(Report report, IReadOnlyList<string> tags, bool possible, string note, Guid? inheritedFrom)
    {
        var group = Guid.CreateVersion7();
        foreach (var tag in tags.Where(t => !report.Involved.Any(i => i.Tag == t)))
        {
            var row = new InvolvedTag { TenantId = report.TenantId, ReportId = report.Id, Tag = tag, Group = group, Possible = possible, InheritedFromReportId = inheritedFrom };
            row.SealedNote = crypto.SealNote(report, row, note);
            report.Involved.Add(row);
        }
    }
}
