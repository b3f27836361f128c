using Loket.Web.Infrastructure.Domain;
using Loket.Web.Infrastructure.Tenancy;
using Loket.Web.Infrastructure.Time;
using Loket.Web.Meldpunt.Case;
using Loket.Web.Meldpunt.Investigation;

namespace Loket.Web.Meldpunt.Measures;

/// <summary>
/// One measure in the register of a case: a personal measure decided by the competent person the code
/// names with an HR adviser (Leidschendam-Voorburg 2.3), or an organisational one. Both people are recorded
/// by account, so the annual report counts categories and the register shows who decided. Its description
/// is sealed with the case key. Made only by <see cref="Record"/>.
/// </summary>
public sealed class CaseMeasure : ITenantOwned
{
    public const int LongestDescription = 2_000;

    public Guid Id { get; private set; }

    public Guid TenantId { get; set; }

    public Guid ReportId { get; private set; }

    public MeasureKind Kind { get; private set; }

    public DateOnly DecidedOn { get; private set; }

    public Guid DeciderUserId { get; private set; }

    public Guid HrAdviserUserId { get; private set; }

    public byte[]? SealedDescription { get; private set; }

    public Guid RecordedByUserId { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>
    /// <paramref name="deciders"/>: the accounts holding the role the code names for measures whom the case does
    /// not keep out; <paramref name="hrAdvisers"/>: likewise the HR advisers. Sanctions only after a finding.
    /// </summary>
    public static Outcome<CaseMeasure> Record(Report report, MeasureKind? chosen, DateOnly? decidedOn, Guid? decider, Guid? hrAdviser,
        IReadOnlyCollection<Guid> deciders, IReadOnlyCollection<Guid> hrAdvisers, ProtocolRule rule, string? description,
        Sealer seal, Guid recordedBy, DateTimeOffset now)
    {
        if (report.Status is not (CaseStatus.Concluded or CaseStatus.Closed) || report.Outcome is null)
        {
            return new MeasureAfterConclusion();
        }

        if (chosen is not { } kind || !Enum.IsDefined(kind))
        {
            return new ChooseMeasure();
        }

        if (kind.IsSanction() && report.Outcome is not (CaseOutcome.Substantiated or CaseOutcome.PartlySubstantiated))
        {
            return new NoSanctionWithoutFinding();
        }

        if (decider is not { } by || !deciders.Contains(by))
        {
            return new NotTheMeasureDecider(rule.MeasureDeciderName, rule.MeasureSource);
        }

        if (hrAdviser is not { } hr || !hrAdvisers.Contains(hr) || hr == by)
        {
            return new ConsultHrAdviser();
        }

        if (decidedOn is not { } day || day > DutchTime.Day(now) || day < DutchTime.Day(CaseClocks.ReceivedByMunicipality(report)))
        {
            return new MeasureDateOutOfRange();
        }

        var words = description?.Trim();
        if ((kind.NeedsDescription() && string.IsNullOrEmpty(words)) || words is { Length: > LongestDescription })
        {
            return new DescribeMeasure();
        }

        var measure = new CaseMeasure
        {
            Id = Guid.CreateVersion7(),
            TenantId = report.TenantId,
            ReportId = report.Id,
            Kind = kind,
            DecidedOn = day,
            DeciderUserId = by,
            HrAdviserUserId = hr,
            RecordedByUserId = recordedBy,
            RecordedAt = now,
        };
        measure.SealedDescription = string.IsNullOrEmpty(words) ? null : seal(measure.Id, "measure", words);
        return measure;
    }
}
