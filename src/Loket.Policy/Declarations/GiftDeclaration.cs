namespace Loket.Policy;

/// <summary>A gift (geschenk) offered, accepted, declined or promised in one's function.</summary>
public sealed record GiftDeclaration : Declaration
{
    public override DeclarationType Type => DeclarationType.Gift;

    /// <summary>The estimated value in euros ("geschatte waarde", Leiden 4.3).</summary>
    public decimal? ValueEur { get; init; }

    public GiftStatus? Status { get; init; }

    public GiftForm? Form { get; init; }

    public bool? DeliveredAtHome { get; init; }

    /// <summary>The giver still needs something from you: a contract, subsidy, permit or decision.</summary>
    public bool? GiverAwaitsDecision { get; init; }

    public bool? DuringNegotiation { get; init; }

    /// <summary>Sent unannounced and the reason is unknown ('s-Hertogenbosch 3.3, the two bottles of wine).</summary>
    public bool? Unexplained { get; init; }

    /// <summary>A Christmas package ('s-Hertogenbosch 1.5, Oranje).</summary>
    public bool? ChristmasPackage { get; init; }

    internal override void WriteCodes(Span<byte> codes, CompiledParameters parameters)
    {
        codes[0] = parameters.GiftValueCode(ValueEur);
        codes[1] = Choice(Status);
        codes[2] = Choice(Form);
        codes[3] = Flag(DeliveredAtHome);
        codes[4] = Flag(GiverAwaitsDecision);
        codes[5] = Flag(DuringNegotiation);
        codes[6] = Flag(Unexplained);
        codes[7] = Flag(ChristmasPackage);
    }
}
