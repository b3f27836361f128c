using System.Collections.Frozen;

namespace Loket.Policy;

/// <summary>
/// The Dutch question a form asks for each declaration field, so the web app and the CLI word the
/// questions the same way as the policy files test them.
/// </summary>
public static class FieldLabels
{
    private static readonly FrozenDictionary<string, string> Questions = new Dictionary<string, string>
    {
        ["valueEur"] = "Wat is de geschatte waarde in euro's?",
        ["status"] = "Heb je het geschenk aangenomen, geweigerd, of is het aangeboden of beloofd?",
        ["form"] = "Wat voor geschenk is het?",
        ["deliveredAtHome"] = "Is het op je huisadres aangeboden of bezorgd?",
        ["giverAwaitsDecision"] = "Heeft de gever nog iets van je nodig, zoals een opdracht, vergunning, subsidie of beslissing?",
        ["duringNegotiation"] = "Loopt er een onderhandeling of overleg met de gever?",
        ["unexplained"] = "Kwam het zonder aankondiging en weet je niet waarom?",
        ["christmasPackage"] = "Is het een kerstpakket?",
        ["kind"] = "Wat voor uitnodiging is het?",
        ["functional"] = "Is de uitnodiging relevant voor je functie en in het belang van de gemeente?",
        ["travelOrStayPaidByOthers"] = "Betalen anderen de reis- of overnachtingskosten?",
        ["newBusinessPartner"] = "Komt de uitnodiging van een nieuwe samenwerkingspartner?",
        ["paid"] = "Is het betaald werk?",
        ["relatedToOwnWork"] = "Raakt het je eigen werk bij de gemeente?",
        ["organisationDealsWithMunicipality"] = "Heeft de organisatie of het bedrijf banden met de gemeente?",
        ["conflictsWithMunicipalInterests"] = "Kan het botsen met gemeentelijke belangen waar je in je functie mee te maken hebt?",
        ["riskOfDamage"] = "Kan het de gemeente schade doen, bijvoorbeeld aan haar imago?",
        ["duringWorkingHours"] = "Doe je het (deels) onder werktijd?",
        ["usesMunicipalResources"] = "Gebruik je er middelen of eigendommen van de gemeente voor?",
        ["selfEmployedForMunicipality"] = "Werk je als zelfstandige (of via een derde) voor je eigen gemeente?",
        ["benefitsFromSuppliesToMunicipality"] = "Ben je betrokken bij of heb je voordeel van leveringen aan de gemeente?",
        ["securities"] = "Gaat het om aandelen of andere effecten?",
        ["withColleague"] = "Is het een relatie met een collega?",
        ["withExternalRelation"] = "Is het een relatie met iemand van buiten die met de gemeente te maken heeft?",
        ["hierarchical"] = "Is een van jullie de leidinggevende van de ander?",
        ["assessEachOthersWork"] = "Beoordelen, controleren of keuren jullie elkaars werk goed?",
        ["handlesTheirMatter"] = "Komt een aanvraag, offerte of zaak van deze persoon bij jou terecht?",
        ["integrityRisk"] = "Levert de relatie een integriteitsrisico op?",
        ["debts"] = "Heb je schulden of betalingsproblemen waarmee iemand je onder druk kan zetten?",
        ["suspectedOfCrime"] = "Word je verdacht van een strafbaar feit?",
        ["criminalCircles"] = "Zijn jij of familieleden betrokken bij het criminele circuit of een verboden organisatie?",
        ["raidOrEviction"] = "Was er een inval, ontruiming of sluiting van je woning?",
        ["criminalActivityAtHome"] = "Vinden er criminele activiteiten plaats in je huis?",
        ["loansToColleagues"] = "Heb je geld uitgeleend aan collega's?",
        ["monthsSinceLeaving"] = "Hoeveel maanden geleden is de ex-collega uit dienst gegaan?",
        ["selfEmployedOrViaThirdParty"] = "Wordt de ex-collega als zelfstandige of via een derde ingehuurd?",
        ["designatedForFinancialInterests"] = "Is je functie aangewezen voor het melden van financiële belangen?",
        ["topOfficial"] = "Ben je gemeentesecretaris, directeur of een andere hogere ambtenaar?",
    }.ToFrozenDictionary();

    /// <summary>The Dutch question for a field name, e.g. "deliveredAtHome".</summary>
    public static string Question(string field) =>
        Questions.TryGetValue(field, out var question) ? question : throw new KeyNotFoundException($"Geen vraag voor veld '{field}'.");
}
