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

    internal override void WriteCodes(Span<byte> codes, CompiledParameters parameters)
    {
        codes[0] = Flag(RelatedToOwnWork);
        codes[1] = Flag(OrganisationDealsWithMunicipality);
        codes[2] = Flag(Securities);
        codes[3] = Flag(BenefitsFromSuppliesToMunicipality);
    }
}
