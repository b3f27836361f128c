using System.Collections.Frozen;
using Loket.Policy;

namespace Loket.Web.Declarations;

/// <summary>
/// The Dutch route words of each declaration type, its register title, the labels and hints its form
/// needs (each form its own example: a side activity is no bottle of wine). The questions themselves are
/// declared with the engine's records (<see cref="DeclarationFields.Declared"/>).
/// </summary>
public static class DeclarationKinds
{
    public sealed record Kind(DeclarationType Type, string Slug, string RegisterSlug, string RegisterTitle, string CounterpartyLabel, string? RoleLabel)
    {
        /// <summary>The example under "Waar gaat je opgave over?".</summary>
        public required string SubjectHint { get; init; }

        /// <summary>What attachments could help, before the list of accepted files.</summary>
        public required string AttachmentHint { get; init; }

        /// <summary>A side activity and a relationship have a start ("Vanaf wanneer?"): they run for a while and may end.</summary>
        public bool HasStartDate => Type is DeclarationType.SideActivity or DeclarationType.Relationship;

        /// <summary>A relationship names the colleague it is with, picked by name, so its approval can record the relation.</summary>
        public bool NamesColleague => Type == DeclarationType.Relationship;
    }

    private const string OnlyIfItHelps = "Alleen als het helpt om de situatie te begrijpen.";

    public static readonly IReadOnlyList<Kind> All =
    [
        new(DeclarationType.Gift, "geschenk", "geschenken", "Geschenken", "Van wie (gever, organisatie)?", null)
        {
            SubjectHint = "Kort, bijvoorbeeld: fles wijn na afloop van een project.",
            AttachmentHint = "Bijvoorbeeld een foto van het geschenk of de kaart die erbij zat.",
        },
        new(DeclarationType.Invitation, "uitnodiging", "uitnodigingen", "Uitnodigingen", "Van wie (gastheer, organisatie)?", null)
        {
            SubjectHint = "Kort, bijvoorbeeld: diner bij het jubileum van een aannemer.",
            AttachmentHint = "Bijvoorbeeld de uitnodiging of het programma.",
        },
        new(DeclarationType.SideActivity, "nevenwerkzaamheid", "nevenwerkzaamheden", "Nevenwerkzaamheden", "Bij welke organisatie?", "Welke rol of functie heb je daar?")
        {
            SubjectHint = "Kort, bijvoorbeeld: penningmeester van de voetbalclub.",
            AttachmentHint = "Bijvoorbeeld een beschrijving van de functie of de afspraken met de organisatie.",
        },
        new(DeclarationType.FinancialInterest, "financieel-belang", "financiele-belangen", "Financiële belangen", "In welk bedrijf of welke organisatie?", "Wat voor belang (aandelen, eigendom, lening)?")
        {
            SubjectHint = "Kort, bijvoorbeeld: aandelen in een bouwbedrijf.",
            AttachmentHint = "Bijvoorbeeld een overzicht van het belang.",
        },
        new(DeclarationType.Relationship, "relatie", "relaties", "Privérelaties", "Met wie (naam of functie)?", null)
        {
            SubjectHint = "Kort, bijvoorbeeld: mijn partner werkt bij een leverancier van de gemeente.",
            AttachmentHint = OnlyIfItHelps,
        },
        new(DeclarationType.PrivateCircumstance, "omstandigheid", "omstandigheden", "Privéomstandigheden", "", null)
        {
            SubjectHint = "Kort, bijvoorbeeld: er loopt een betalingsregeling voor een schuld.",
            AttachmentHint = OnlyIfItHelps,
        },
        // Declared by whoever wants to hire a former colleague (Alphen 7 and toel. 7, 's-Hertogenbosch 4.1 rule 11).
        new(DeclarationType.FormerColleagueHire, "inhuur-ex-collega", "inhuur-ex-collegas", "Inhuur ex-collega's", "Wie is de ex-collega?", "Via welk bureau, of als zelfstandige?")
        {
            SubjectHint = "Kort, bijvoorbeeld: oud-collega als projectleider via een bureau.",
            AttachmentHint = "Bijvoorbeeld de offerte of het cv.",
        },
    ];

    private static readonly FrozenDictionary<string, Kind> BySlug = All.ToFrozenDictionary(k => k.Slug);

    private static readonly FrozenDictionary<string, Kind> ByRegisterSlug = All.ToFrozenDictionary(k => k.RegisterSlug);

    public static Kind Of(DeclarationType type) => All.First(k => k.Type == type);

    public static Kind? FromSlug(string? slug) => slug is not null && BySlug.TryGetValue(slug, out var kind) ? kind : null;

    public static Kind? FromRegisterSlug(string? slug) => slug is not null && ByRegisterSlug.TryGetValue(slug, out var kind) ? kind : null;
}
