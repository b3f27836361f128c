using Loket.Policy;

namespace Loket.Web.Declarations;

/// <summary>Where a declaration stands: waiting for a decision, or decided one of three ways.</summary>
public enum DeclarationStatus
{
    Submitted,
    Approved,
    ApprovedWithConditions,
    Refused,
}

/// <summary>Conditions a manager often attaches to a side activity; free text covers the rest.</summary>
[Flags]
public enum DecisionConditions
{
    None = 0,
    OutsideWorkingHours = 1,
    NoFilesOfTheOrganisation = 2,
    NoMunicipalResources = 4,
    ReviewAfterOneYear = 8,
}

/// <summary>Dutch words for the declaration's states and choices, in one place for pages and exports.</summary>
public static class DeclarationWords
{
    public static string Dutch(this DeclarationStatus status) => status switch
    {
        DeclarationStatus.Submitted => "Wacht op besluit",
        DeclarationStatus.Approved => "Goedgekeurd",
        DeclarationStatus.ApprovedWithConditions => "Goedgekeurd onder voorwaarden",
        DeclarationStatus.Refused => "Afgewezen",
        _ => status.ToString(),
    };

    public static string Dutch(this GiftDestination destination) => destination switch
    {
        GiftDestination.Keep => "Zelf houden",
        GiftDestination.Raffle => "Verloten onder collega's",
        GiftDestination.Display => "Tentoonstellen op de afdeling",
        GiftDestination.Charity => "Naar een goed doel",
        GiftDestination.ReturnToGiver => "Teruggeven aan de gever",
        _ => destination.ToString(),
    };

    public static string Dutch(this DecisionConditions condition) => condition switch
    {
        DecisionConditions.OutsideWorkingHours => "Alleen buiten werktijd",
        DecisionConditions.NoFilesOfTheOrganisation => "Geen dossiers van deze organisatie behandelen",
        DecisionConditions.NoMunicipalResources => "Geen middelen van de gemeente gebruiken",
        DecisionConditions.ReviewAfterOneYear => "Na een jaar opnieuw beoordelen",
        _ => condition.ToString(),
    };

    public static IEnumerable<DecisionConditions> Each(this DecisionConditions conditions) =>
        Enum.GetValues<DecisionConditions>().Where(c => c != DecisionConditions.None && conditions.HasFlag(c));
}
