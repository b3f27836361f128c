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

    /// <summary>The questions of this type, in the order rules see them: add a property and its line here, nothing else.</summary>
    public static IReadOnlyList<DeclarationField> Fields { get; } =
    [
        new ChoiceField<InvitationDeclaration, InvitationKind>("kind", "Wat voor uitnodiging is het?", d => d.Kind, (d, v) => d with { Kind = v },
            (InvitationKind.Meal, "meal", "Een etentje"),
            (InvitationKind.Event, "event", "Een evenement"),
            (InvitationKind.Trip, "trip", "Een reis"),
            (InvitationKind.Conference, "conference", "Een congres of symposium")),
        new FlagField<InvitationDeclaration>("functional", "Is de uitnodiging relevant voor je functie en in het belang van de gemeente?", d => d.Functional, (d, v) => d with { Functional = v }),
        new FlagField<InvitationDeclaration>("travelOrStayPaidByOthers", "Betalen anderen de reis- of overnachtingskosten?", d => d.TravelOrStayPaidByOthers, (d, v) => d with { TravelOrStayPaidByOthers = v }),
        new FlagField<InvitationDeclaration>("duringNegotiation", "Loopt er een onderhandeling of overleg met de gever?", d => d.DuringNegotiation, (d, v) => d with { DuringNegotiation = v }),
        new FlagField<InvitationDeclaration>("newBusinessPartner", "Komt de uitnodiging van een nieuwe samenwerkingspartner?", d => d.NewBusinessPartner, (d, v) => d with { NewBusinessPartner = v }),
    ];
}
