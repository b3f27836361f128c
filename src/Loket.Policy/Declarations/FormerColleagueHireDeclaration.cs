namespace Loket.Policy;

/// <summary>Hiring a former colleague, as self-employed or through a third party (Alphen 7).</summary>
public sealed record FormerColleagueHireDeclaration : Declaration
{
    public override DeclarationType Type => DeclarationType.FormerColleagueHire;

    /// <summary>Whole months since the former colleague left the municipality's service.</summary>
    public int? MonthsSinceLeaving { get; init; }

    public bool? SelfEmployedOrViaThirdParty { get; init; }

    internal override void WriteCodes(Span<byte> codes, CompiledParameters parameters)
    {
        codes[0] = parameters.CoolingOffCode(MonthsSinceLeaving);
        codes[1] = Flag(SelfEmployedOrViaThirdParty);
    }
}
