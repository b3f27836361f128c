using Loket.Web.Infrastructure.Tenancy;

namespace Loket.Web.Meldpunt.Case;

// The counted facts of a case (issue 17.2): fixed categories only, never free text, so the annual report
// can count them and no name can slip in. The report's own text stays sealed; these say what kind of case it is.

/// <summary>How a report reached whoever recorded it.</summary>
public enum ReportMedium
{
    Written,
    Oral,
}

/// <summary>
/// The kind of violation as the desk classifies it: the sector-Rijk list (instruments.md 1.3), which the
/// landelijk model and the Rijk's reporting converged on. A municipality adds its own sub-categories
/// (<see cref="OwnCategory"/>), each under one of these, so its figures still add up to this list.
/// </summary>
public enum IntegrityCategory
{
    FinancialMisconduct,
    MisuseOfPosition,
    InformationLeaksAndMisuse,
    MisuseOfPowers,
    UnwantedBehaviour,
    PrivateMisconduct,
    MisuseOfResources,
    WbkWrongdoing,
}

/// <summary>Who the report is about: an employee, someone hired in, or a political office holder (raad, college).</summary>
public enum PersonConcerned
{
    Employee,
    Hired,
    PoliticalOfficeHolder,
    Unknown,
}

/// <summary>What came of the case, as counted at closure (instruments.md 1.5: gegrond/ongegrond/niet-integriteit/afgebroken).</summary>
public enum ClosureOutcome
{
    Substantiated,
    PartlySubstantiated,
    Unsubstantiated,
    NotAnIntegrityMatter,
    Stopped,
}

/// <summary>Who investigated: nobody (no investigation), the municipality itself, or an external bureau (with its cost).</summary>
public enum InvestigatorKind
{
    None,
    Internal,
    External,
}

/// <summary>What the handler sets at intake; the flags each have their own legal route (see <see cref="IntakeRoutes"/>).</summary>
public sealed record CaseClassification(
    IntegrityCategory Category,
    OwnCategory? Own,
    Guid? OrgUnitId,
    Guid? OrgUnitTenantId,
    PersonConcerned Concerned,
    bool WbkWrong,
    bool Retaliation,
    bool UnwantedBehaviour);

/// <summary>What the handler records when the case is done, before it can be closed.</summary>
public sealed record ClosureRecord(
    ClosureOutcome Outcome,
    InvestigatorKind Investigator,
    decimal? ExternalCost,
    bool PoliceReport,
    DateOnly? PoliceReportOn);

/// <summary>
/// What the investigation protocol and the register of measures already hold about a case. The closure record
/// takes these over rather than asking again, and refuses a closure that says otherwise, so the annual report
/// counts one fact once whichever table it reads.
/// </summary>
public sealed record RecordedElsewhere(InvestigatorKind? Investigator, decimal? ExternalCost, DateOnly? PoliceReportOn)
{
    public static readonly RecordedElsewhere Nothing = new(null, null, null);
}

/// <summary>
/// A municipality's own sub-category under one of the default ones (e.g. "Onrechtmatig gebruik
/// parkeervergunning" under misuse of resources); only that municipality sees and uses it.
/// </summary>
public sealed class OwnCategory : ITenantOwned
{
    public const int MaxName = 80;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public IntegrityCategory Parent { get; set; }

    public required string Name { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
