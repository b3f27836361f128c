namespace Loket.Web.People;

/// <summary>
/// What holding a function asks of a person, derived from the functions map and nowhere else: the VOG's
/// screening areas (the areas at medium or high), the financial-interest declaration of a designated function,
/// the publication of side activities, and the extra training of a vulnerable function (any area high:
/// Leidschendam-Voorburg 2.4, "Het in kaart brengen van de kwetsbare functies … maakt het mogelijk om gericht
/// maatregelen te nemen").
/// </summary>
public sealed record FunctionDuties(IReadOnlyList<RiskArea> VogAreas, bool FinancialInterests, bool PublishSideActivities, bool VulnerableFunctionTraining)
{
    public static readonly FunctionDuties None = new([], false, false, false);

    public static FunctionDuties Of(JobFunction? function) => function is null
        ? None
        : Of(function.RiskProfile, function.DesignatedForFinancialInterests, function.TopOfficial);

    /// <summary>The rule itself, also for a profile not yet saved (the map's preview of a change).</summary>
    public static FunctionDuties Of(RiskProfile profile, bool designated, bool publishSideActivities) =>
        new(profile.Screened, designated, publishSideActivities, profile.AnyHigh);

    /// <summary>The VOG's profile in Justis' words, or null when the function asks for none of the eight areas.</summary>
    public string? VogProfile => VogAreas.Count == 0 ? null : $"algemeen screeningsprofiel: {string.Join(", ", VogAreas.Select(a => a.Dutch()))}";

    public IEnumerable<string> Describe()
    {
        if (VogProfile is { } profile)
        {
            yield return $"VOG met {profile}";
        }

        if (FinancialInterests)
        {
            yield return "financiële belangen opgeven (aangewezen functie, Ambtenarenwet 2017 art. 5 lid 1 d)";
        }

        if (PublishSideActivities)
        {
            yield return "nevenwerkzaamheden worden openbaar gemaakt (Ambtenarenwet 2017 art. 5 lid 1 c)";
        }

        if (VulnerableFunctionTraining)
        {
            yield return "training voor een kwetsbare functie";
        }
    }

    /// <summary>What a holder gains and loses when the function's duties go from this to <paramref name="after"/>, in Dutch.</summary>
    public IReadOnlyList<string> ChangesTo(FunctionDuties after)
    {
        var changes = new List<string>();
        if (VogProfile != after.VogProfile)
        {
            changes.Add(after.VogProfile is null ? "geen VOG meer vanuit de functie" : $"VOG voortaan met {after.VogProfile}");
        }

        Flag(changes, FinancialInterests, after.FinancialInterests, "moet financiële belangen opgeven", "hoeft geen financiële belangen meer op te geven");
        Flag(changes, PublishSideActivities, after.PublishSideActivities, "nevenwerkzaamheden worden openbaar", "nevenwerkzaamheden worden niet meer openbaar gemaakt");
        Flag(changes, VulnerableFunctionTraining, after.VulnerableFunctionTraining, "krijgt de training voor een kwetsbare functie", "hoeft de training voor een kwetsbare functie niet meer");
        return changes;
    }

    private static void Flag(List<string> changes, bool before, bool after, string gained, string lost)
    {
        if (before != after)
        {
            changes.Add(after ? gained : lost);
        }
    }
}
