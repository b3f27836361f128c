using Loket.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Meldpunt.Case;

/// <summary>
/// The running clocks of the current week, as the officer's and the secretary's home pages count them and
/// the dashboard lists them (<c>/meldpunt/dossiers?termijnen=…</c>): one definition, so count and list agree.
/// <see cref="Week"/>: due within seven days or already past; <see cref="Overdue"/>: past, what the
/// secretary is escalated (<see cref="CaseClocks"/> computes each clock).
/// </summary>
public static class ClocksDue
{
    public const string Week = "week";

    public const string Overdue = "verstreken";

    public static readonly TimeSpan Horizon = TimeSpan.FromDays(7);

    public static bool IsKnown(string? window) => window is Week or Overdue;

    public static bool Within(CaseClock clock, DateTimeOffset now, string window) => clock.State != ClockState.Met && window switch
    {
        Week => clock.Due <= now + Horizon,
        Overdue => clock.State == ClockState.Overdue,
        _ => true,
    };

    /// <summary>
    /// The clocks due of <paramref name="visible"/> (already narrowed to the municipality and the user's
    /// exclusions). The database picks the candidates with a margin (a month is not a fixed span), so only
    /// those rows are read; <see cref="CaseClocks"/> then decides each exactly.
    /// </summary>
    public static async Task<List<(Report Report, CaseClock Clock)>> OfAsync(IQueryable<Report> visible, DateTimeOffset now, string window, CancellationToken cancellationToken = default)
    {
        var end = window == Week ? now + Horizon : now;
        var acknowledgeBy = end - CaseClocks.AcknowledgeWithin;
        var reachedBy = DutchTime.Day(acknowledgeBy);
        var feedbackBy = end.AddMonths(-CaseClocks.FeedbackWithinMonths).AddDays(3);
        var candidates = await visible.AsNoTracking()
            .Where(r => r.Status != CaseStatus.Closed
                && ((r.AcknowledgedAt == null && (r.ReceivedAt <= acknowledgeBy || r.ReachedRecorderOn <= reachedBy)) || (r.AcknowledgedAt != null && r.FeedbackAt == null && r.AcknowledgedAt <= feedbackBy)))
            .ToListAsync(cancellationToken);
        return [.. candidates.SelectMany(r => CaseClocks.Running(r, now).Where(c => Within(c, now, window)).Select(c => (r, c))).OrderBy(x => x.c.Due)];
    }
}
