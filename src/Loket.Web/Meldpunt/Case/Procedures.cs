using Loket.Web.Identity;

namespace Loket.Web.Meldpunt.Case;

/// <summary>An outside route a reporter can take, in the municipality's own words where its code has them.</summary>
public sealed record ExternalRoute(string Name, string Text, string Source, string? Url);

/// <summary>A complaint term that runs from the date of the event, only where a code sets one.</summary>
public sealed record ComplaintTerm(string Body, int Years, string Source)
{
    /// <summary>The last day, or null for a date so far ahead that adding the term leaves the calendar.</summary>
    public DateOnly? LastDay(DateOnly eventDate) => eventDate.Year <= DateOnly.MaxValue.Year - Years ? eventDate.AddYears(Years) : null;
}

/// <summary>
/// Where a reporter who is not satisfied may ask for a review, and who hears of it.
/// <paramref name="MayInvestigateAfterAll"/>: the addressee decides whether an investigation comes "alsnog".
/// </summary>
public sealed record ReviewRoute(Role To, string Addressee, string Text, string Source, bool MayInvestigateAfterAll);

/// <summary>What a code says about retaliation, and its own list of adverse consequences where it has one.</summary>
public sealed record RetaliationRule(string Text, string Source, IReadOnlyList<(RetaliationForm Form, string Dutch)> Checklist);

/// <summary>
/// What each municipality's code says about handling a report, in one place with the article:
/// who decides whether to investigate, where a review goes, what protects against retaliation,
/// which outside routes the reporter is shown and whether a complaint term applies. Where a code is
/// silent the text says so and names the law or the general duty instead; a silence is never
/// filled with another municipality's rule.
/// </summary>
public static class Procedures
{
    private const string WbkSource = "Wet bescherming klokkenluiders";

    private static readonly ExternalRoute HuisByLaw = new(
        "Huis voor Klokkenluiders",
        "Gaat het om een vermoeden van een misstand met een maatschappelijk belang en ben je niet tevreden over de afhandeling, of kun je redelijkerwijs niet intern melden? Dan kun je advies vragen aan, of melden bij, het Huis voor Klokkenluiders.",
        WbkSource,
        "https://www.huisvoorklokkenluiders.nl");

    /// <summary>The law's own protection, for a code without words of its own on retaliation.</summary>
    private static RetaliationRule ByLaw(string municipality) => new(
        $"De gedragscode van {municipality} zegt niets over benadeling. De wet verbiedt benadeling van wie te goeder trouw een vermoeden meldt en van wie daarbij helpt, zoals een getuige of iemand die aan een onderzoek meewerkt.",
        WbkSource,
        []);

    /// <summary>A code that is silent on a review: the desk that handles the report hears it, and the law's duty to inform the reporter stands.</summary>
    private static ReviewRoute SilentReview(string municipality, string addressee, string source) => new(
        Role.IntegrityOfficer,
        addressee,
        $"De gedragscode van {municipality} regelt geen heroverweging. Je kunt {addressee} vragen de afhandeling opnieuw te bekijken. De wet verplicht de gemeente je te informeren over de beoordeling en het vervolg van je melding.",
        $"{source}; {WbkSource} art. 2",
        MayInvestigateAfterAll: false);

    public sealed record Procedure(
        Role Decider,
        string DeciderName,
        string DeciderSource,
        ReviewRoute Review,
        RetaliationRule Retaliation,
        IReadOnlyList<ExternalRoute> Routes,
        ComplaintTerm? Lkog);

    /// <summary>Leiden 8.3, word for word: "Nadelige gevolgen zijn bijvoorbeeld: ...".</summary>
    public static readonly IReadOnlyList<(RetaliationForm Form, string Dutch)> Leiden83 =
    [
        (RetaliationForm.DismissalOrSuspension, "ongevraagd ontslag of schorsing"),
        (RetaliationForm.NoRenewalOfTemporaryContract, "het niet verlengen van een aanstelling voor bepaalde tijd of het niet omzetten van een aanstelling voor bepaalde tijd in een vaste aanstelling"),
        (RetaliationForm.InvoluntaryReassignment, "een niet vrijwillige benoeming in een andere functie"),
        (RetaliationForm.DisciplinaryMeasure, "het treffen van disciplinaire maatregelen"),
        (RetaliationForm.WithheldPayRiseOrAllowance, "het niet geven van salarisverhoging, incidentele beloning of toekenning van vergoedingen"),
        (RetaliationForm.WithheldPromotionOrTraining, "het niet geven van promotiekansen en/of ontwikkelmogelijkheden zoals trainings- en opleidingsmogelijkheden"),
        (RetaliationForm.RefusedLeave, "het afwijzen van een verlofaanvraag, voor zover dit redelijkerwijs verband houdt met de door de melder gedane melding"),
    ];

    public static Procedure For(string policySlug) => policySlug switch
    {
        "s-hertogenbosch" => new(
            // 10.1: "Uiteindelijk wordt intern beslist of een melding leidt tot een onderzoek"; 10.2 names who: the
            // manager, the personeelsmanager or the sector's director. The desk's handler records that decision.
            Role.IntegrityOfficer,
            "de behandelaar van het meldpunt",
            "'s-Hertogenbosch 10.1–10.2: er wordt intern beslist of een melding tot een onderzoek leidt (door de leidinggevende, de personeelsmanager of de directeur van de sector); de behandelaar legt dat besluit vast. De gemeentesecretaris beslist alleen na een klacht of er alsnog een onderzoek komt",
            new(Role.Secretary, "de gemeentesecretaris",
                "Komt er geen onderzoek en vind je de toelichting daarop onvoldoende? \"Dan kun je jouw klacht melden bij de gemeentesecretaris. Die bepaalt of er alsnog een onderzoek nodig is.\"",
                "'s-Hertogenbosch 10.2",
                MayInvestigateAfterAll: true),
            ByLaw("'s-Hertogenbosch"),
            [
                new("Landelijke Klachtencommissie Ongewenst Gedrag", "Komt er geen onderzoek of ben je niet tevreden over de manier waarop het onderzoek is verricht? \"Dan kun je naar de Landelijke Klachtencommissie ongewenst gedrag.\" Bij ongewenst gedrag: \"Dit kan tot twee jaar na het voorval.\"", "'s-Hertogenbosch 10.2 en 2.4", null),
                HuisByLaw with { Text = "\"Bij misstanden kun je naar het Huis voor de Klokkenluiders.\"", Source = "'s-Hertogenbosch 10.2" },
            ],
            new ComplaintTerm("Landelijke Klachtencommissie Ongewenst Gedrag", 2, "'s-Hertogenbosch 2.4")),

        // 2.3: the algemeen directeur is "ambtelijk eindverantwoordelijk" and takes "passende maatregelen"; the policy
        // does not say who opens an investigation or hears a review, so it is the director, and the text says so.
        "leidschendam-voorburg" => new(
            Role.Secretary,
            "de algemeen directeur",
            "Leidschendam-Voorburg 2.3: de algemeen directeur is ambtelijk eindverantwoordelijk (het beleid zegt niet wie tot een onderzoek besluit)",
            new(Role.Secretary, "de algemeen directeur",
                "Het integriteitsbeleid regelt geen heroverweging. Je kunt de algemeen directeur, die ambtelijk eindverantwoordelijk is voor het integriteitsbeleid, vragen de afhandeling te heroverwegen. De wet verplicht de gemeente je te informeren over de beoordeling en het vervolg van je melding.",
                $"Leidschendam-Voorburg 2.3; {WbkSource} art. 2",
                MayInvestigateAfterAll: false),
            new("Het integriteitsbeleid noemt een regeling die \"bescherming aan medewerkers die via de geëigende weg vermoedens van een misstand of onregelmatigheid melden\" biedt; die regeling zelf is geen deel van het beleid. De wet verbiedt benadeling van wie te goeder trouw een vermoeden meldt en van wie daarbij helpt, zoals een getuige of iemand die aan een onderzoek meewerkt.",
                $"Leidschendam-Voorburg 4.1 (bijlage 5); {WbkSource}",
                []),
            [HuisByLaw],
            null),

        // Leiden 8.2 names the integriteitscoördinator as addressee; the code is silent on who decides and on a review.
        "leiden" => new(
            Role.IntegrityOfficer,
            "de integriteitscoördinator",
            "Leiden 8.2: melden bij de leidinggevende of de integriteitscoördinator (de code zegt niet wie tot een onderzoek besluit)",
            SilentReview("Leiden", "de integriteitscoördinator", "Leiden 8.2"),
            new("\"We tolereren geen enkele vorm van vergelding van welke aard dan ook tegen iemand die te goeder trouw een bezorgdheid deelt of deelneemt aan een onderzoek.\" Krijg je te maken met nadelige gevolgen, meld het dan.",
                "Leiden 8.3",
                Leiden83),
            [
                new("Landelijke Commissie Ongewenst Gedrag (LKOG)", "Bij ongewenst gedrag: \"als laatste mogelijkheid kun je ook een klacht indienen bij het externe meldpunt, de LKOG.\"", "Leiden 2.6", null),
                HuisByLaw,
            ],
            null),

        // Leiderdorp's 8.3 has Leiden's protection but no list of adverse consequences, so no checklist.
        "leiderdorp" => new(
            Role.IntegrityOfficer,
            "de integriteitscoördinator",
            "Leiderdorp 8.2: melden bij de leidinggevende of de integriteitscoördinator (de code zegt niet wie tot een onderzoek besluit)",
            SilentReview("Leiderdorp", "de integriteitscoördinator", "Leiderdorp 8.2"),
            new("\"We tolereren geen enkele vorm van vergelding van welke aard dan ook tegen iemand die te goeder trouw een bezorgdheid deelt of deelneemt aan een onderzoek.\" \"Het is dan ook belangrijk dat je het meldt als je te maken krijgt met vergelding.\"",
                "Leiderdorp 8.3",
                []),
            [
                new("Landelijke Kommissie Ongewenst Gedrag (LKOG)", "Bij ongewenst gedrag: \"als laatste mogelijkheid kun je ook een klacht indienen bij het externe meldpunt, de LKOG.\"", "Leiderdorp 3.6", null),
                HuisByLaw,
            ],
            null),

        // Alphen 8 names the gemeentesecretaris as one of four routes to report, not as the one who decides or reviews.
        "alphen-aan-den-rijn" => new(
            Role.IntegrityOfficer,
            "de coördinator integriteit",
            "Alphen aan den Rijn 8: melden bij de leidinggevende, een vertrouwenspersoon, de coördinator integriteit of de gemeentesecretaris (de code zegt niet wie tot een onderzoek besluit)",
            SilentReview("Alphen aan den Rijn", "de coördinator integriteit", "Alphen aan den Rijn 8"),
            ByLaw("Alphen aan den Rijn"),
            [HuisByLaw],
            null),

        // A code the product has no procedure for yet: everything is silent, so only the law speaks.
        _ => new(
            Role.IntegrityOfficer,
            "de integriteitscoördinator",
            "de gedragscode zegt niet wie tot een onderzoek besluit",
            SilentReview("deze gemeente", "het meldpunt", "gedragscode"),
            ByLaw("deze gemeente"),
            [HuisByLaw],
            null),
    };
}
