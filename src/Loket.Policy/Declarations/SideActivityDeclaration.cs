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

    internal override void WriteCodes(Span<byte> codes, CompiledParameters parameters)
    {
        codes[0] = Flag(Paid);
        codes[1] = Flag(RelatedToOwnWork);
        codes[2] = Flag(OrganisationDealsWithMunicipality);
        codes[3] = Flag(ConflictsWithMunicipalInterests);
        codes[4] = Flag(RiskOfDamage);
        codes[5] = Flag(DuringWorkingHours);
        codes[6] = Flag(UsesMunicipalResources);
        codes[7] = Flag(SelfEmployedForMunicipality);
        codes[8] = Flag(BenefitsFromSuppliesToMunicipality);
    }
}
