namespace Loket.Policy;

/// <summary>An invitation to a paid meal, event, trip or conference.</summary>
public sealed record InvitationDeclaration : Declaration
{
    public override DeclarationType Type => DeclarationType.Invitation;

    public InvitationKind? Kind { get; init; }

    /// <summary>Relevant to your function and in the municipality's interest (Leiden 4.4).</summary>
    public bool? Functional { get; init; }

    public bool? TravelOrStayPaidByOthers { get; init; }

    public bool? DuringNegotiation { get; init; }

    /// <summary>Offered by a new business partner ('s-Hertogenbosch 3, the skybox).</summary>
    public bool? NewBusinessPartner { get; init; }

    internal override void WriteCodes(Span<byte> codes, CompiledParameters parameters)
    {
        codes[0] = Choice(Kind);
        codes[1] = Flag(Functional);
        codes[2] = Flag(TravelOrStayPaidByOthers);
        codes[3] = Flag(DuringNegotiation);
        codes[4] = Flag(NewBusinessPartner);
    }
}
