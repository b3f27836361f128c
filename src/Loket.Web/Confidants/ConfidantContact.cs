using Loket.Web.Infrastructure.Tenancy;
using Loket.Web.Meldpunt.Case;

namespace Loket.Web.Confidants;

public enum ContactRoute
{
    InPerson,
    Phone,
    Email,
    Other,
}

public enum ContactOutcome
{
    ListenedAndAdvised,
    ResolvedInformally,
    ReferredToDesk,
    ReportFiledOnBehalf,
    ReferredElsewhere,
    Ongoing,
}

/// <summary>
/// A confidant's contact for the annual figures (Leidschendam-Voorburg 2.3, the confidant "houdt een
/// anonieme registratie bij"): date, category, route and outcome, and deliberately no field for a name.
/// </summary>
public sealed class ConfidantContact : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid ConfidantUserId { get; set; }

    public DateOnly Date { get; set; }

    public ReportCategory Category { get; set; }

    public ContactRoute Route { get; set; }

    public ContactOutcome Outcome { get; set; }
}
