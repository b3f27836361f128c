namespace Loket.Policy;

/// <summary>A private financial interest: shares, securities, a stake in a company, real estate, debts.</summary>
public sealed record FinancialInterestDeclaration : Declaration
{
    public override DeclarationType Type => DeclarationType.FinancialInterest;

    public bool? RelatedToOwnWork { get; init; }

    public bool? OrganisationDealsWithMunicipality { get; init; }

    /// <summary>Holding of or transactions in securities (effecten, Alphen 3).</summary>
    public bool? Securities { get; init; }

    public bool? BenefitsFromSuppliesToMunicipality { get; init; }

    /// <summary>The questions of this type, in the order rules see them: add a property and its line here, nothing else.</summary>
    public static IReadOnlyList<DeclarationField> Fields { get; } =
    [
        new FlagField<FinancialInterestDeclaration>("relatedToOwnWork", "Raakt het je eigen werk bij de gemeente?", d => d.RelatedToOwnWork, (d, v) => d with { RelatedToOwnWork = v }),
        new FlagField<FinancialInterestDeclaration>("organisationDealsWithMunicipality", "Heeft de organisatie of het bedrijf banden met de gemeente?", d => d.OrganisationDealsWithMunicipality, (d, v) => d with { OrganisationDealsWithMunicipality = v }),
        new FlagField<FinancialInterestDeclaration>("securities", "Gaat het om aandelen of andere effecten?", d => d.Securities, (d, v) => d with { Securities = v }),
        new FlagField<FinancialInterestDeclaration>("benefitsFromSuppliesToMunicipality", "Ben je betrokken bij of heb je voordeel van leveringen aan de gemeente?", d => d.BenefitsFromSuppliesToMunicipality, (d, v) => d with { BenefitsFromSuppliesToMunicipality = v }),
    ];
}
