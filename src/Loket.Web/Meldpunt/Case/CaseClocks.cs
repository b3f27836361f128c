using Loket.Web.Infrastructure.Time;

namespace Loket.Web.Meldpunt.Case;

public enum ClockKind
{
    Acknowledge,
    Feedback,
}

public enum ClockState
{
    Open,
    DueSoon,
    Overdue,
    Met,
}

public sealed record CaseClock(ClockKind Kind, DateTimeOffset Due, ClockState State, DateTimeOffset? MetAt);

/// <summary>
/// The legal clocks of a report (Wbk art. 2; EU directive 2019/1937 art. 9(1)(b) and (f)):
/// acknowledge within 7 days of receipt, feedback within 3 months after the acknowledgement.
/// The only place that computes them; the dashboard, the case page and the reminder job all ask here.
/// </summary>
public static class CaseClocks
{
    public static readonly TimeSpan AcknowledgeWithin = TimeSpan.FromDays(7);
    public const int FeedbackWithinMonths = 3;
    public static readonly TimeSpan AcknowledgeWarning = TimeSpan.FromDays(2);
    public static readonly TimeSpan FeedbackWarning = TimeSpan.FromDays(14);

    public static IReadOnlyList<CaseClock> For(Report report, DateTimeOffset now)
    {
        var clocks = new List<CaseClock> { Clock(ClockKind.Acknowledge, AcknowledgeDue(report), report.AcknowledgedAt, AcknowledgeWarning, now) };
        if (report.AcknowledgedAt is { } acknowledged)
        {
            clocks.Add(Clock(ClockKind.Feedback, acknowledged.AddMonths(FeedbackWithinMonths), report.FeedbackAt, FeedbackWarning, now));
        }

        return clocks;
    }

    /// <summary>
    /// When the municipality received the report. One that reached a manager, the manager's manager, the
    /// gemeentesecretaris or a confidant was received that day, not when it was recorded at the desk: the
    /// law's seven days run from the receipt of the report, and only the day is known, so from its first moment.
    /// </summary>
    public static DateTimeOffset ReceivedByMunicipality(Report report) =>
        report.ReachedRecorderOn is { } reached && DutchTime.StartOf(reached) < report.ReceivedAt ? DutchTime.StartOf(reached) : report.ReceivedAt;

    public static DateTimeOffset AcknowledgeDue(Report report) => ReceivedByMunicipality(report) + AcknowledgeWithin;

    /// <summary>Clocks still running: not met, on a case that is not closed.</summary>
    public static IEnumerable<CaseClock> Running(Report report, DateTimeOffset now) =>
        report.IsOpen ? For(report, now).Where(c => c.State != ClockState.Met) : [];

    private static CaseClock Clock(ClockKind kind, DateTimeOffset due, DateTimeOffset? metAt, TimeSpan warning, DateTimeOffset now)
    {
        var state = metAt is not null ? ClockState.Met
            : now > due ? ClockState.Overdue
            : now > due - warning ? ClockState.DueSoon
            : ClockState.Open;
        return new CaseClock(kind, due, state, metAt);
    }
}
