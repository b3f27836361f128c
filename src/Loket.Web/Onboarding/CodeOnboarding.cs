using Loket.Web.People;

namespace Loket.Web.Onboarding;

/// <summary>One item a code of conduct asks at entry, for whom, with the article and its own words.</summary>
public sealed record Requirement(ItemKind Kind, IReadOnlySet<EmploymentType> For, string Citation, string Quote);

/// <summary>The text a person signs, the municipality's own, with where it comes from.</summary>
public sealed record StatementText(string Title, string Body, string Source);

/// <summary>A formula the code prints itself; an employer's formula otherwise comes from the bijlage and is registered with its source.</summary>
public sealed record CodeFormula(string Title, string Text, string Source);

/// <summary>
/// What one municipality's code asks of a new person, as data: the requirements with their articles, what the
/// code is silent on (said so, with the law where one applies), its statement text, its own oath formula and the
/// order it sets. One code's items and texts are never shown to another municipality: <see cref="OnboardingCodes.For"/>
/// is looked up by the tenant's policy slug only.
/// </summary>
public sealed record CodeOnboarding(
    string Slug,
    string CodeName,
    IReadOnlyList<Requirement> Requirements,
    IReadOnlyDictionary<ItemKind, string> Silences,
    StatementText? Statement,
    CodeFormula? Formula,
    Requirement? TrainingBeforeOath)
{
    public Requirement? RequirementFor(ItemKind kind, EmploymentType type) =>
        Requirements.FirstOrDefault(r => r.Kind == kind && r.For.Contains(type));

    /// <summary>Why an item is not on this person's checklist: the code's silence, or for whom the code asks it.</summary>
    public string WhyNot(ItemKind kind, EmploymentType type)
    {
        var other = Requirements.Where(r => r.Kind == kind).ToList();
        if (other.Count > 0)
        {
            var whom = other.SelectMany(r => r.For).Distinct().Select(Words.Plural);
            return $"De {CodeName} vraagt dit van {string.Join(" en ", whom)} ({string.Join("; ", other.Select(r => r.Citation))}), niet van {Words.Plural(type)}.";
        }

        return Silences.TryGetValue(kind, out var silence) ? silence : $"De {CodeName} zegt hier niets over.";
    }
}

internal static class Words
{
    public static string Plural(EmploymentType type) => type switch
    {
        EmploymentType.Ambtenaar => "medewerkers in dienst",
        EmploymentType.Inhuurkracht => "ingehuurde medewerkers",
        EmploymentType.Uitzendkracht => "uitzendkrachten",
        EmploymentType.Stagiair => "stagiairs",
        _ => type.ToString(),
    };
}
