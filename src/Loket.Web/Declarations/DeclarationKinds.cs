using System.Collections.Frozen;
using Loket.Policy;

namespace Loket.Web.Declarations;

/// <summary>The Dutch route words of each declaration type, its register title, and labels for choice answers.</summary>
public static class DeclarationKinds
{
    public sealed record Kind(DeclarationType Type, string Slug, string RegisterSlug, string RegisterTitle, string CounterpartyLabel, string? RoleLabel);

    public static readonly IReadOnlyList<Kind> All =
    [
        new(DeclarationType.Gift, "geschenk", "geschenken", "Geschenken", "Van wie (gever, organisatie)?", null),
        new(DeclarationType.Invitation, "uitnodiging", "uitnodigingen", "Uitnodigingen", "Van wie (gastheer, organisatie)?", null),
        new(DeclarationType.SideActivity, "nevenwerkzaamheid", "nevenwerkzaamheden", "Nevenwerkzaamheden", "Bij welke organisatie?", "Welke rol of functie heb je daar?"),
        new(DeclarationType.FinancialInterest, "financieel-belang", "financiele-belangen", "Financiële belangen", "In welk bedrijf of welke organisatie?", "Wat voor belang (aandelen, eigendom, lening)?"),
        new(DeclarationType.Relationship, "relatie", "relaties", "Privérelaties", "Met wie (naam of functie)?", null),
        new(DeclarationType.PrivateCircumstance, "omstandigheid", "omstandigheden", "Privéomstandigheden", "", null),
        // Declared by whoever wants to hire a former colleague (Alphen 7 and toel. 7, 's-Hertogenbosch 4.1).
        new(DeclarationType.FormerColleagueHire, "inhuur-ex-collega", "inhuur-ex-collegas", "Inhuur ex-collega's", "Wie is de ex-collega?", "Via welk bureau, of als zelfstandige?"),
    ];

    private static readonly FrozenDictionary<string, Kind> BySlug = All.ToFrozenDictionary(k => k.Slug);

    private static readonly FrozenDictionary<string, Kind> ByRegisterSlug = All.ToFrozenDictionary(k => k.RegisterSlug);

    public static Kind Of(DeclarationType type) => All.First(k => k.Type == type);

    public static Kind? FromSlug(string? slug) => slug is not null && BySlug.TryGetValue(slug, out var kind) ? kind : null;

    public static Kind? FromRegisterSlug(string? slug) => slug is not null && ByRegisterSlug.TryGetValue(slug, out var kind) ? kind : null;

    private static readonly FrozenDictionary<string, string> ChoiceLabels = new Dictionary<string, string>
    {
        ["offered"] = "Aangeboden",
        ["accepted"] = "Aangenomen",
        ["declined"] = "Geweigerd",
        ["promised"] = "Beloofd",
        ["goods"] = "Een voorwerp (fles wijn, boek, bloemen)",
        ["money"] = "Geld",
        ["voucher"] = "Een waardebon of cadeaukaart",
        ["discount"] = "Korting",
        ["service"] = "Een dienst",
        ["hospitality"] = "Gastvrijheid (etentje, borrel)",
        ["business-attention"] = "Relatiegeschenk (pen, agenda)",
        ["meal"] = "Een etentje",
        ["event"] = "Een evenement",
        ["trip"] = "Een reis",
        ["conference"] = "Een congres of symposium",
    }.ToFrozenDictionary();

    public static string ChoiceLabel(string value) => ChoiceLabels.TryGetValue(value, out var label) ? label : value;
}
