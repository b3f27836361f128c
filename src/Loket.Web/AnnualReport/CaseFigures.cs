using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Time;
using Loket.Web.Meldpunt.Case;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.AnnualReport;

/// <summary>
/// The reporting desk's figures: reports by category, outcome, channel, department and month; handling,
/// lead times, the Wbk clocks, police reports, the Wbk flags. A report counts in the year it was received,
/// as it stood at that year's end (<see cref="ReportYears"/>). The desk's cases are a hundredth of the
/// declarations, and lead-time percentiles and the "three calendar months after acknowledgement" clock need
/// each case's own moments, which neither database can compute the same way in SQL, so this reads one narrow
/// row per case (moments and categories, never text or a reference) and counts in memory.
/// </summary>
internal sealed class CaseFigures
{
    private sealed record Facts(
        DateTimeOffset ReceivedAt, IntegrityCategory? Classification, DateTimeOffset? ClassifiedAt, ReportChannel Channel, Guid? OrgUnitId,
        bool? Investigate, DateTimeOffset? DecidedAt, InvestigatorKind? Investigator, long? ExternalCostCents, ClosureOutcome? Outcome,
        DateTimeOffset? ClosureRecordedAt, bool Wbk, bool Retaliation, bool UnwantedBehaviour,
        DateTimeOffset? AcknowledgedAt, DateTimeOffset? FeedbackAt, DateTimeOffset? ClosedAt);

    public required Tally<IntegrityCategory?> ByCategory { get; init; }

    public required Tally<ClosureOutcome?> ByOutcome { get; init; }

    public required Tally<ReportChannel> ByChannel { get; init; }

    public required Tally<Guid?> ByUnit { get; init; }

    public required Tally<int> ByMonth { get; init; }

    public required Tally<string> Handling { get; init; }

    public required Tally<InvestigatorKind?> ByInvestigator { get; init; }

    public required long[] ExternalCostCents { get; init; }

    public required Tally<string> Acknowledgement { get; init; }

    public required Tally<string> Feedback { get; init; }

    public required Tally<string> Flags { get; init; }

    public required long[] Closed { get; init; }

    public required decimal?[] MedianDays { get; init; }

    public required decimal?[] NinetiethDays { get; init; }

    public required long[] PoliceReports { get; init; }

    public static async Task<CaseFigures> CountAsync(LoketDbContext db, IReadOnlyCollection<Guid> tenants, ReportYears years, CancellationToken cancellationToken)
    {
        var (from, to) = (years.From, years.To);
        var cases = await db.Reports.IgnoreQueryFilters().AsNoTracking()
            .Where(r => tenants.Contains(r.TenantId) && ((r.ReceivedAt >= from && r.ReceivedAt < to) || (r.ClosedAt >= from && r.ClosedAt < to)))
            .Select(r => new Facts(r.ReceivedAt, r.Classification, r.ClassifiedAt, r.Channel, r.OrgUnitId, r.Investigate, r.DecidedAt, r.Investigator,
                r.ExternalCostCents, r.ClosureOutcome, r.ClosureRecordedAt, r.IsWbkWrong, r.IsRetaliation, r.IsUnwantedBehaviour,
                r.AcknowledgedAt, r.FeedbackAt, r.ClosedAt))
            .ToListAsync(cancellationToken);
        var (firstDay, lastDay) = (years.FirstDay(0), years.LastDay(ReportYears.Count - 1));
        // A handful a year: their days are read, not grouped (a date's year is written differently on each database).
        var police = await db.PoliceReports.IgnoreQueryFilters().Where(p => tenants.Contains(p.TenantId) && p.FiledOn >= firstDay && p.FiledOn <= lastDay)
            .Select(p => p.FiledOn).ToListAsync(cancellationToken);
        var figures = Empty();
        foreach (var report in cases)
        {
            figures.Received(report, years);
        }

        figures.LeadTimes(cases, years);
        foreach (var day in police)
        {
            figures.PoliceReports[years.IndexOf(day)]++;
        }

        return figures;
    }

    private static CaseFigures Empty() => new()
    {
        ByCategory = new(),
        ByOutcome = new(),
        ByChannel = new(),
        ByUnit = new(),
        ByMonth = new(),
        Handling = new(),
        ByInvestigator = new(),
        ExternalCostCents = new long[ReportYears.Count],
        Acknowledgement = new(),
        Feedback = new(),
        Flags = new(),
        Closed = new long[ReportYears.Count],
        MedianDays = new decimal?[ReportYears.Count],
        NinetiethDays = new decimal?[ReportYears.Count],
        PoliceReports = new long[ReportYears.Count],
    };

    private void Received(Facts report, ReportYears years)
    {
        var y = years.IndexOf(report.ReceivedAt);
        if (y < 0)
        {
            return; // closed in the years, received before them: only in the lead times
        }

        var asAt = years.AsAt(y);
        bool Before(DateTimeOffset? at) => at is { } moment && moment < asAt;
        ByCategory.Add(Before(report.ClassifiedAt) ? report.Classification : null, y);
        ByOutcome.Add(Before(report.ClosedAt) ? report.Outcome : null, y);
        ByChannel.Add(report.Channel, y);
        ByUnit.Add(Before(report.ClassifiedAt) ? report.OrgUnitId : null, y);
        ByMonth.Add(DutchTime.Local(report.ReceivedAt).Month, y);
        var investigate = Before(report.DecidedAt) ? report.Investigate : null;
        Handling.Add(investigate switch { true => Rows.Investigated, false => Rows.InquiryOnly, _ => Rows.NoDecisionYet }, y);
        if (investigate == true)
        {
            var recorded = Before(report.ClosureRecordedAt);
            var investigator = recorded ? report.Investigator : null;
            ByInvestigator.Add(investigator, y);
            ExternalCostCents[y] += investigator == InvestigatorKind.External ? report.ExternalCostCents ?? 0 : 0;
        }

        var acknowledged = Before(report.AcknowledgedAt) ? report.AcknowledgedAt : null;
        Acknowledgement.Add(acknowledged is not { } ack ? Rows.NotAcknowledged
            : ack - report.ReceivedAt <= CaseClocks.AcknowledgeWithin ? Rows.AcknowledgedInTime : Rows.AcknowledgedLate, y);
        if (acknowledged is { } since)
        {
            var due = since.AddMonths(CaseClocks.FeedbackWithinMonths);
            Feedback.Add(Before(report.FeedbackAt) ? (report.FeedbackAt <= due ? CaseTables.FeedbackInTime : CaseTables.FeedbackLate)
                : due < asAt ? CaseTables.FeedbackOverdue : CaseTables.FeedbackRunning, y);
        }

        Flags.Add(CaseTables.Wbk, y, report.Wbk && Before(report.ClassifiedAt) ? 1 : 0);
        Flags.Add(CaseTables.Retaliation, y, report.Retaliation && Before(report.ClassifiedAt) ? 1 : 0);
        Flags.Add(CaseTables.UnwantedBehaviour, y, report.UnwantedBehaviour && Before(report.ClassifiedAt) ? 1 : 0);
    }

    /// <summary>Days from receipt to closure of the cases closed in each year: the median, and the 90th percentile by nearest rank.</summary>
    private void LeadTimes(List<Facts> cases, ReportYears years)
    {
        foreach (var group in cases.Where(c => c.ClosedAt is { } closed && years.IndexOf(closed) >= 0).GroupBy(c => years.IndexOf(c.ClosedAt!.Value)))
        {
            var days = group.Select(c => (decimal)(DutchTime.Day(c.ClosedAt!.Value).DayNumber - DutchTime.Day(c.ReceivedAt).DayNumber)).Order().ToList();
            Closed[group.Key] = days.Count;
            MedianDays[group.Key] = days.Count % 2 == 1 ? days[days.Count / 2] : (days[(days.Count / 2) - 1] + days[days.Count / 2]) / 2;
            NinetiethDays[group.Key] = days[(int)Math.Ceiling(0.9 * days.Count) - 1];
        }
    }
}
