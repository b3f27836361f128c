namespace Loket.Policy;

/// <summary>A side activity (nevenwerkzaamheid), current or intended.</summary>
public sealed record SideActivityDeclaration : Declaration
{
    public override DeclarationType Type => DeclarationType.SideActivity;

    public bool? Paid { get; init; }

    public bool? RelatedToOwnWork { get; init; }

    public bool? OrganisationDealsWithMunicipality { get; init; }

    public bool? ConflictsWithMunicipalInterests { get; init; }

    public bool? RiskOfDamage { get; init; }

    public bool? DuringWorkingHours { get; init; }

    public bool? UsesMunicipalResources { get; init; }

    public bool? SelfEmployedForMunicipality { get; init; }

    /// <summary>Involvement in or benefit from supplies to the municipality (Leiden 3.1).</summary>
    public bool? BenefitsFromSuppliesToMunicipality { get; init; }

    /// <summary>The questions of this type, in the order rules see them: add a property and its line here, nothing else.</summary>
    public static IReadOnlyList<DeclarationField> Fields { get; } =
    [
        new FlagField<SideActivityDeclaration>("paid", "Is het betaald werk?", d => d.Paid, (d, v) => d with { Paid = v }),
        new FlagField<SideActivityDeclaration>("relatedToOwnWork", "Raakt het je eigen werk bij de gemeente?", d => d.RelatedToOwnWork, (d, v) => d with { RelatedToOwnWork = v }),
        new FlagField<SideActivityDeclaration>("organisationDealsWithMunicipality", "Heeft de organisatie of het bedrijf banden met de gemeente?", d => d.OrganisationDealsWithMunicipality, (d, v) => d with { OrganisationDealsWithMunicipality = v }),
        new FlagField<SideActivityDeclaration>("conflictsWithMunicipalInterests", "Kan het botsen met gemeentelijke belangen waar je in je functie mee te maken hebt?", d => d.ConflictsWithMunicipalInterests, (d, v) => d with { ConflictsWithMunicipalInterests = v }),
        new FlagField<SideActivityDeclaration>("riskOfDamage", "Kan het de gemeente schade doen, bijvoorbeeld aan haar imago?", d => d.RiskOfDamage, (d, v) => d with { RiskOfDamage = v }),
        new FlagField<SideActivityDeclaration>("duringWorkingHours", "Doe je het (deels) onder werktijd?", d => d.DuringWorkingHours, (d, v) => d with { DuringWorkingHours = v }),
        new FlagField<SideActivityDeclaration>("usesMunicipalResources", "Gebruik je er middelen of eigendommen van de gemeente voor?", d => d.UsesMunicipalResources, (d, v) => d with { UsesMunicipalResources = v }),
        new FlagField<SideActivityDeclaration>("selfEmployedForMunicipality", "Werk je als zelfstandige (of via een derde) voor je eigen gemeente?", d => d.SelfEmployedForMunicipality, (d, v) => d with { SelfEmployedForMunicipality = v }),
        new FlagField<SideActivityDeclaration>("benefitsFromSuppliesToMunicipality", "Ben je betrokken bij of heb je voordeel van leveringen aan de gemeente?", d => d.BenefitsFromSuppliesToMunicipality, (d, v) => d with { BenefitsFromSuppliesToMunicipality = v }),
    ];
}
