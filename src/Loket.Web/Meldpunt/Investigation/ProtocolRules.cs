using Loket.Web.Identity;

namespace Loket.Web.Meldpunt.Investigation;

/// <summary>
/// What each code says about the investigation that follows a decision to investigate, the measures after
/// it and a police report, with the article. A code that is silent says so and names the general duty;
/// a silence is never filled with another municipality's rule.
/// </summary>
/// <param name="DecisionDuty">For a code that does not say who decides on an investigation: the general duty the decision rests on.</param>
public sealed record ProtocolRule(string Protocol, Role MeasureDecider, string MeasureDeciderName, string MeasureSource, string PoliceReport, string? DecisionDuty);

public static class ProtocolRules
{
    private const string Sv162 = "Wetboek van Strafvordering art. 162: een ambtenaar die in de uitoefening van zijn bediening kennis krijgt van bepaalde misdrijven doet daarvan onverwijld aangifte.";

    private const string SilentDecision = "De gedragscode zegt niet wie besluit of er een onderzoek komt. De werkgever moet een melding zorgvuldig opvolgen (Wet bescherming klokkenluiders art. 2); het meldpunt legt het besluit daarom met motivering vast.";

    private static string SilentProtocol(string municipality) =>
        $"De gedragscode van {municipality} heeft geen onderzoeksprotocol. Het meldpunt volgt daarom dezelfde zorgvuldige stappen: de werkgever moet een melding zorgvuldig opvolgen (Wet bescherming klokkenluiders art. 2) en een goed werkgever hoort beide kanten (Burgerlijk Wetboek art. 7:611).";

    public static ProtocolRule For(string policySlug) => policySlug switch
    {
        "leidschendam-voorburg" => new(
            "Leidschendam-Voorburg 2.4 en 4.1: een onderzoek volgt het protocol integriteitsonderzoeken (bijlage 3), ook als een particulier bureau het doet.",
            Role.Secretary,
            "de algemeen directeur, in overleg met de HR-adviseur",
            "Leidschendam-Voorburg 2.3: de algemeen directeur treft passende maatregelen; leidinggevenden in overleg met de algemeen directeur en de HR-adviseur",
            "Leidschendam-Voorburg 2.4: \"Wanneer het gaat om een strafrechtelijke overtreding, doet de gemeente aangifte bij de politie.\" 3.3: " + Sv162,
            "Het integriteitsbeleid zegt niet wie besluit of er een onderzoek komt (2.4: eerst een vooronderzoek door het Meldpunt Integriteit). De werkgever moet een melding zorgvuldig opvolgen (Wet bescherming klokkenluiders art. 2); het meldpunt legt het besluit daarom met motivering vast."),
        "alphen-aan-den-rijn" => new(
            SilentProtocol("Alphen aan den Rijn"),
            Role.Manager,
            "de leidinggevende, in overleg met de HR-adviseur",
            "Alphen aan den Rijn toelichting 9: de leidinggevende \"corrigeert en treft zo nodig strafmaatregelen\"",
            "Alphen aan den Rijn toelichting 8: de ambtenaar doet niet zelf aangifte maar neemt contact op met de leidinggevende; de organisatie is verantwoordelijk voor de contacten met politie en justitie. " + Sv162,
            SilentDecision),
        "leiden" or "leiderdorp" => new(
            SilentProtocol(policySlug == "leiden" ? "Leiden" : "Leiderdorp"),
            Role.Secretary,
            "de gemeentesecretaris als hoofd van de ambtelijke organisatie, in overleg met de HR-adviseur",
            $"{(policySlug == "leiden" ? "Leiden" : "Leiderdorp")} 8.1: \"Er staat de werkgever sancties ter beschikking\" (de code zegt niet wie ze oplegt)",
            "De gedragscode zegt niets over aangifte. " + Sv162,
            SilentDecision),
        "s-hertogenbosch" => new(
            SilentProtocol("'s-Hertogenbosch"),
            Role.Secretary,
            "de gemeentesecretaris als hoofd van de ambtelijke organisatie, in overleg met de HR-adviseur",
            "'s-Hertogenbosch 1.5 en 1.8: overtreding is plichtsverzuim met (arbeidsrechtelijke) consequenties, ontslag niet uitgesloten (de code zegt niet wie de maatregel oplegt)",
            "De gedragscode zegt niets over aangifte. " + Sv162,
            null),
        _ => new(
            SilentProtocol("deze gemeente"),
            Role.Secretary,
            "de gemeentesecretaris als hoofd van de ambtelijke organisatie, in overleg met de HR-adviseur",
            "de gedragscode zegt niet wie een maatregel oplegt",
            Sv162,
            SilentDecision),
    };
}
