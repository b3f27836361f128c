namespace Loket.Policy;

/// <summary>The kinds of declaration (melding) the engine judges.</summary>
public enum DeclarationType
{
    Gift,
    Invitation,
    SideActivity,
    FinancialInterest,
    Relationship,
    PrivateCircumstance,
    FormerColleagueHire,
}
