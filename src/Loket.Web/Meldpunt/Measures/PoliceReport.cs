using Loket.Web.Infrastructure.Domain;
using Loket.Web.Infrastructure.Tenancy;
using Loket.Web.Infrastructure.Time;
using Loket.Web.Meldpunt.Case;

namespace Loket.Web.Meldpunt.Measures;

/// <summary>
/// A police report (aangifte) made about a case, with its date: Wetboek van Strafvordering art. 162 asks it
/// "onverwijld", so it can be recorded at any stage; Leidschendam-Voorburg 2.4 and Alphen toelichting 8 let
/// the organisation make it. Counted by the annual report.
/// </summary>
public sealed class PoliceReport : ITenantOwned
{
    public const int LongestName = 200;

    public const int LongestReference = 100;

    public Guid Id { get; private set; }

    public Guid TenantId { get; set; }

    public Guid ReportId { get; private set; }

    public DateOnly FiledOn { get; private set; }

    /// <summary>Who filed it for the municipality, e.g. "de gemeentesecretaris" or "het hoofd P&amp;O".</summary>
    public string FiledBy { get; private set; } = string.Empty;

    /// <summary>The police's number for it (proces-verbaal), if known.</summary>
    public string? PoliceReference { get; private set; }

    public Guid RecordedByUserId { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public static Outcome<PoliceReport> Record(Report report, DateOnly? filedOn, string? filedBy, string? policeReference, Guid recordedBy, DateTimeOffset now)
    {
        if (filedOn is not { } day || day > DutchTime.Day(now) || day < DutchTime.Day(CaseClocks.ReceivedByMunicipality(report)))
        {
            return new PoliceReportDateOutOfRange();
        }

        if (string.IsNullOrWhiteSpace(filedBy) || filedBy.Trim().Length > LongestName || policeReference?.Trim().Length > LongestReference)
        {
            return new NameWhoFiled();
        }

        return new PoliceReport
        {
            Id = Guid.CreateVersion7(),
            TenantId = report.TenantId,
            ReportId = report.Id,
            FiledOn = day,
            FiledBy = filedBy.Trim(),
            PoliceReference = string.IsNullOrWhiteSpace(policeReference) ? null : policeReference.Trim(),
            RecordedByUserId = recordedBy,
            RecordedAt = now,
        };
    }
}
