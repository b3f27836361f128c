namespace Loket.Policy;

/// <summary>A private circumstance that can make you vulnerable ('s-Hertogenbosch 3.1 rules 4-5, 9.3).</summary>
public sealed record PrivateCircumstanceDeclaration : Declaration
{
    public override DeclarationType Type => DeclarationType.PrivateCircumstance;

    /// <summary>Debts or financial obligations you cannot meet, which open you to blackmail.</summary>
    public bool? Debts { get; init; }

    public bool? SuspectedOfCrime { get; init; }

    /// <summary>You or relatives are in criminal circles or a banned organisation.</summary>
    public bool? CriminalCircles { get; init; }

    public bool? RaidOrEviction { get; init; }

    public bool? CriminalActivityAtHome { get; init; }

    public bool? LoansToColleagues { get; init; }

    internal override void WriteCodes(Span<byte> codes, CompiledParameters parameters)
    {
        codes[0] = Flag(Debts);
        codes[1] = Flag(SuspectedOfCrime);
        codes[2] = Flag(CriminalCircles);
        codes[3] = Flag(RaidOrEviction);
        codes[4] = Flag(CriminalActivityAtHome);
        codes[5] = Flag(LoansToColleagues);
    }
}
