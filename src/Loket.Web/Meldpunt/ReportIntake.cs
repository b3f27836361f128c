using Loket.Web.Cases;
using Loket.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Loket.Web.Meldpunt;

/// <summary>What someone reports, whatever the channel.</summary>
public sealed record NewReport(
    Guid TenantId,
    ReportCategory Category,
    ReportChannel Channel,
    string Text,
    string? InvolvedNames,
    DateOnly? EventDate,
    Guid? RelatedReportId = null);

/// <summary>
/// Files a report: seals it, tags the involved people it can match to employees of the
/// municipality (name or employee number, one per line), and issues a receipt code when asked: a
/// handover code when staff will see it (see <see cref="Report.ReceiptIsHandover"/>).
/// The caller adds the identity to the vault when there is one.
/// </summary>
public sealed class ReportIntake(LoketDbContext db, CaseCrypto crypto, ReceiptCodes codes, CaseAccess access, TimeProvider time, IOptions<MeldpuntOptions> options)
{
    public async Task<(Report Report, string? ReceiptCode)> FileAsync(NewReport input, bool withReceiptCode, bool handover = false, CancellationToken cancellationToken = default)
    {
        var report = crypto.NewReport(input.TenantId, input.Category, input.Channel, input.Text.Trim(), time.GetUtcNow());
        report.EventDate = input.EventDate;
        report.RelatedReportId = input.RelatedReportId;
        if (!string.IsNullOrWhiteSpace(input.InvolvedNames))
        {
            report.SealedInvolved = crypto.SealInvolved(report, input.InvolvedNames.Trim());
            foreach (var employeeId in await MatchAsync(input.TenantId, input.InvolvedNames, cancellationToken))
            {
                report.Involved.Add(new InvolvedTag { TenantId = input.TenantId, ReportId = report.Id, Tag = access.InvolvedTag(employeeId) });
            }
        }

        string? code = null;
        if (withReceiptCode)
        {
            code = ReceiptCodes.Generate();
            report.ReceiptHash = codes.Hash(code);
            report.ReceiptIsHandover = handover;
        }

        db.Reports.Add(report);
        if (options.Value.AutoAcknowledge && report.Acknowledge(report.ReceivedAt) is null)
        {
            db.CaseEntries.Add(crypto.NewEntry(report, EntryKind.MessageToReporter, Acknowledgement(report.ReceivedAt), report.ReceivedAt, author: null));
        }

        return (report, code);
    }

    /// <summary>The standard acknowledgement, automatic or sent by an officer.</summary>
    public static string Acknowledgement(DateTimeOffset now) =>
        $"Wij hebben je melding ontvangen. Wij laten je uiterlijk {Dutch.Date(now.AddMonths(CaseClocks.FeedbackWithinMonths))} weten wat wij ermee doen. Je identiteit blijft vertrouwelijk.";

    private async Task<IEnumerable<Guid>> MatchAsync(Guid tenantId, string names, CancellationToken cancellationToken)
    {
        var lines = names.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.ToUpperInvariant()).ToHashSet();
        var people = await db.Employees.IgnoreQueryFilters().Where(e => e.TenantId == tenantId)
            .Select(e => new { e.Id, e.Name, e.EmployeeNumber }).ToListAsync(cancellationToken);
        return people.Where(p => lines.Contains(p.Name.ToUpperInvariant()) || lines.Contains(p.EmployeeNumber.ToUpperInvariant())).Select(p => p.Id);
    }
}
