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

    /// <summary>The questions of this type, in the order rules see them: add a property and its line here, nothing else.</summary>
    public static IReadOnlyList<DeclarationField> Fields { get; } =
    [
        new AmountField<GiftDeclaration>("valueEur", "Wat is de geschatte waarde in euro's?", d => d.ValueEur, (d, v) => d with { ValueEur = v })
        {
            Hint = "Een schatting is genoeg, bijvoorbeeld 25 of 12,50.",
        },
        new ChoiceField<GiftDeclaration, GiftStatus>("status", "Heb je het geschenk aangenomen, geweigerd, of is het aangeboden of beloofd?", d => d.Status, (d, v) => d with { Status = v },
            (GiftStatus.Offered, "offered", "Aangeboden"),
            (GiftStatus.Accepted, "accepted", "Aangenomen"),
            (GiftStatus.Declined, "declined", "Geweigerd"),
            (GiftStatus.Promised, "promised", "Beloofd")),
        new ChoiceField<GiftDeclaration, GiftForm>("form", "Wat voor geschenk is het?", d => d.Form, (d, v) => d with { Form = v },
            (GiftForm.Goods, "goods", "Een voorwerp (fles wijn, boek, bloemen)"),
            (GiftForm.Money, "money", "Geld"),
            (GiftForm.Voucher, "voucher", "Een waardebon of cadeaukaart"),
            (GiftForm.Discount, "discount", "Korting"),
            (GiftForm.Service, "service", "Een dienst"),
            (GiftForm.Hospitality, "hospitality", "Gastvrijheid (etentje, borrel)"),
            (GiftForm.BusinessAttention, "business-attention", "Relatiegeschenk (pen, agenda)")),
        new FlagField<GiftDeclaration>("deliveredAtHome", "Is het op je huisadres aangeboden of bezorgd?", d => d.DeliveredAtHome, (d, v) => d with { DeliveredAtHome = v }),
        new FlagField<GiftDeclaration>("giverAwaitsDecision", "Heeft de gever nog iets van je nodig, zoals een opdracht, vergunning, subsidie of beslissing?", d => d.GiverAwaitsDecision, (d, v) => d with { GiverAwaitsDecision = v }),
        new FlagField<GiftDeclaration>("duringNegotiation", "Loopt er een onderhandeling of overleg met de gever?", d => d.DuringNegotiation, (d, v) => d with { DuringNegotiation = v }),
        new FlagField<GiftDeclaration>("unexplained", "Kwam het zonder aankondiging en weet je niet waarom?", d => d.Unexplained, (d, v) => d with { Unexplained = v }),
        new FlagField<GiftDeclaration>("christmasPackage", "Is het een kerstpakket?", d => d.ChristmasPackage, (d, v) => d with { ChristmasPackage = v }),
    ];
}
