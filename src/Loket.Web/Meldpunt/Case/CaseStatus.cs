namespace Loket.Web.Meldpunt.Case;

/// <summary>The steps of a case, in order. Decided-not-to-investigate goes straight to <see cref="Concluded"/>.</summary>
public enum CaseStatus
{
    Received,
    Acknowledged,
    Intake,
    Investigation,
    Concluded,
    Closed,
}

public enum CaseOutcome
{
    Substantiated,
    PartlySubstantiated,
    Unsubstantiated,
    NotInvestigated,
}
