using Loket.Policy;

namespace Loket.Web.Declarations;

/// <summary>
/// What an employee still has to do with their own declarations, as the home page counts it and
/// <c>/meldingen?toon=…</c> lists it: one definition, so a count and its list always agree.
/// </summary>
public static class OwnDeclarations
{
    /// <summary>Waiting for a decision.</summary>
    public const string Open = "open";

    /// <summary>Approved under conditions the employee has not yet answered.</summary>
    public const string Respond = "reageren";

    /// <summary>
    /// A current side activity approved on condition of a review after a year, decided eleven months ago
    /// or more: time to declare it again (a changed version replaces it).
    /// </summary>
    public const string Review = "herbeoordelen";

    public static IQueryable<EmployeeDeclaration> Of(IQueryable<EmployeeDeclaration> declarations, Guid me, string? part, DateTimeOffset now, DateOnly today)
    {
        var mine = declarations.Where(d => d.EmployeeId == me);
        var reviewFrom = now.AddMonths(-11);
        return part switch
        {
            Open => mine.Where(d => d.Status == DeclarationStatus.Submitted),
            Respond => mine.Where(d => d.Status == DeclarationStatus.ApprovedWithConditions && d.RespondedAt == null),
            Review => mine.Where(d => d.Type == DeclarationType.SideActivity && d.Status == DeclarationStatus.ApprovedWithConditions
                && (d.Conditions & DecisionConditions.ReviewAfterOneYear) != 0 && d.DecidedAt <= reviewFrom
                && d.SupersededAt == null && (d.EndDate == null || d.EndDate >= today)),
            _ => mine,
        };
    }

    public static string? Title(string? part) => part switch
    {
        Open => "die wachten op een besluit",
        Respond => "met voorwaarden waarop je nog niet hebt gereageerd",
        Review => "die na een jaar opnieuw beoordeeld moeten worden: geef ze opnieuw op met een wijziging",
        _ => null,
    };
}
