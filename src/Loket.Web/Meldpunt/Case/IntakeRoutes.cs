using Loket.Web.Identity;

namespace Loket.Web.Meldpunt.Case;

/// <summary>
/// One route into the desk through someone who received a report: who records it (<paramref name="Recorder"/>),
/// whether the municipality's code has this route (<paramref name="Offered"/>), and the code's words with the
/// article. A route the code does not have is not offered; its text says so and cites the law instead.
/// </summary>
public sealed record LineRoute(ReportChannel Channel, Role Recorder, bool Offered, string Receiver, string Text, string Source);

/// <summary>The legal route that goes with a flag on a case (a Wbk wrong, unwanted behaviour), in the code's words where it has them.</summary>
public sealed record FlagRoute(string Text, string Source);

/// <summary>A municipality's routes through the line and the routes its flags carry.</summary>
public sealed record IntakeRouteTable(IReadOnlyList<LineRoute> Routes, FlagRoute WbkWrong, FlagRoute UnwantedBehaviour)
{
    /// <summary>The routes this person may record a report for: the code has the route and they hold its role.</summary>
    public IReadOnlyList<LineRoute> OfferedTo(Role roles) => [.. Routes.Where(r => r.Offered && (roles & r.Recorder) != 0)];

    /// <summary>The routes of the roles this person holds that the code does not have, to say why they are not offered.</summary>
    public IReadOnlyList<LineRoute> SilentFor(Role roles) => [.. Routes.Where(r => !r.Offered && (roles & r.Recorder) != 0)];

    public LineRoute? Find(ReportChannel channel) => Routes.FirstOrDefault(r => r.Channel == channel);
}

/// <summary>
/// Each municipality's routes into the desk (issue 17.1), from its own code with the article, next to
/// <see cref="Procedures"/> (who decides once the desk has it). A silence is said and answered with the law
/// (Wbk art. 2: the employer has a procedure for reporting), never filled with another municipality's route.
/// </summary>
public static class IntakeRoutes
{
    private const string Wbk = "Wet bescherming klokkenluiders";

    private const string Manager = "als leidinggevende van de melder";
    private const string ManagersManager = "als leidinggevende van de leidinggevende van de melder";
    private const string Secretary = "als gemeentesecretaris";
    private const string Confidant = "als vertrouwenspersoon";

    private static LineRoute Has(ReportChannel channel, Role recorder, string receiver, string text, string source) => new(channel, recorder, true, receiver, text, source);

    private static LineRoute Silent(ReportChannel channel, Role recorder, string receiver, string municipality, string who, string routes, string source) => new(
        channel, recorder, false, receiver,
        $"De gedragscode van {municipality} noemt {who} niet als route voor een melding. Wijs de melder op de routes die de code wel noemt: {routes}. De wet verplicht de gemeente een procedure voor het melden te hebben; dat is hier de gedragscode.",
        $"{source}; {Wbk} art. 2");

    /// <summary>The law on a Wbk wrong, for a code without words of its own.</summary>
    private static readonly FlagRoute WbkByLaw = new(
        "Een vermoeden van een misstand met een maatschappelijk belang valt onder de Wet bescherming klokkenluiders: de melder is beschermd tegen benadeling en kan advies vragen aan, of melden bij, het Huis voor Klokkenluiders.",
        Wbk);

    public static IntakeRouteTable For(string policySlug) => policySlug switch
    {
        "leiden" => Leidse("Leiden", "Leiden Voorwoord, 8.1, 8.2", new(
            "Bij ongewenst gedrag: een klacht bij het meldpunt integriteit, dat objectief onderzoekt; \"als laatste mogelijkheid kun je ook een klacht indienen bij het externe meldpunt, de LKOG.\"",
            "Leiden 2.6")),
        "leiderdorp" => Leidse("Leiderdorp", "Leiderdorp Voorwoord, 8.1, 8.2", new(
            "Bij ongewenst gedrag: een klacht bij het meldpunt integriteit; \"als laatste mogelijkheid kun je ook een klacht indienen bij het externe meldpunt, de LKOG.\"",
            "Leiderdorp 3.6")),
        "alphen-aan-den-rijn" => new(
            [
                Has(ReportChannel.ViaManager, Role.Manager, Manager, "\"Je meldt een vermoeden van fraude of corruptie bij de leidinggevende, een vertrouwenspersoon, de coördinator integriteit of de gemeentesecretaris.\"", "Alphen aan den Rijn 8"),
                Silent(ReportChannel.ViaManagersManager, Role.Manager, ManagersManager, "Alphen aan den Rijn", "de leidinggevende van de leidinggevende",
                    "de leidinggevende, een vertrouwenspersoon, de coördinator integriteit of de gemeentesecretaris", "Alphen aan den Rijn 8"),
                Has(ReportChannel.ViaSecretary, Role.Secretary, Secretary, "\"dan licht je de leidinggevende, een vertrouwenspersoon, de coördinator integriteit of de gemeentesecretaris in\"", "Alphen aan den Rijn 8"),
                Has(ReportChannel.Confidant, Role.Confidant, Confidant, "\"Alleen de vertrouwenspersoon is dan op de hoogte van jouw identiteit.\"", "Alphen aan den Rijn 8"),
            ],
            new("\"Bij vermoedens van fraude, maar ook bij andere twijfelachtige zaken, kun je gebruikmaken van de Klokkeluidersregeling.\" Het begrip misstand is breed (toelichting 8). De wet beschermt de melder tegen benadeling.",
                $"Alphen aan den Rijn 8 en toelichting 8; {Wbk}"),
            new("De gedragscode noemt vertrouwenspersonen voor integriteit en ongewenst gedrag en een protocol bij ongewenst gedrag, dat geen deel is van de code. De werkgever moet psychosociale arbeidsbelasting, zoals intimidatie en pesten, voorkomen of beperken.",
                "Alphen aan den Rijn inleiding en toelichting 9; Arbeidsomstandighedenwet art. 3 lid 2")),
        "s-hertogenbosch" => new(
            [
                Has(ReportChannel.ViaManager, Role.Manager, Manager, "\"Bij hem/haar kun je een melding doen van een (vermeende) integriteitsschending.\"", "'s-Hertogenbosch 10.1"),
                Has(ReportChannel.ViaManagersManager, Role.Manager, ManagersManager, "\"doe je dat bij de leidinggevende van je leidinggevende. Uiteindelijk wordt intern beslist of een melding leidt tot een onderzoek.\"", "'s-Hertogenbosch 10.1"),
                Silent(ReportChannel.ViaSecretary, Role.Secretary, Secretary, "'s-Hertogenbosch", "de gemeentesecretaris (alleen bij een klacht als er geen onderzoek komt, 10.2)",
                    "de leidinggevende, de leidinggevende van de leidinggevende of een vertrouwenspersoon", "'s-Hertogenbosch 10.1–10.2"),
                Has(ReportChannel.Confidant, Role.Confidant, Confidant, "\"Als je dat wilt, kun je de vertrouwenspersoon vragen om namens jou melding te doen.\"", "'s-Hertogenbosch 10.1"),
            ],
            new("\"Bij misstanden kun je naar het Huis voor de Klokkenluiders.\" De wet beschermt de melder tegen benadeling.", $"'s-Hertogenbosch 10.2; {Wbk}"),
            new("Bij ongewenst gedrag kun je naar de Landelijke Klachtencommissie Ongewenst Gedrag: \"Dit kan tot twee jaar na het voorval.\"", "'s-Hertogenbosch 2.4 en 10.2")),
        "leidschendam-voorburg" => new(
            [
                Has(ReportChannel.ViaManager, Role.Manager, Manager, "Een medewerker meldt een (vermoeden van) schending \"bij een leidinggevende of het Meldpunt Integriteit\"; de leidinggevende meldt het bij het Meldpunt Integriteit.", "Leidschendam-Voorburg 2.3"),
                Has(ReportChannel.ViaManagersManager, Role.Manager, ManagersManager, "Het beleid noemt \"een leidinggevende\", niet alleen de eigen; de leidinggevende meldt het bij het Meldpunt Integriteit.", "Leidschendam-Voorburg 2.3"),
                Silent(ReportChannel.ViaSecretary, Role.Secretary, Secretary, "Leidschendam-Voorburg", "de gemeentesecretaris of de algemeen directeur",
                    "een leidinggevende, het Meldpunt Integriteit of een vertrouwenspersoon (het voorportaal)", "Leidschendam-Voorburg 2.3, 4.1"),
                Has(ReportChannel.Confidant, Role.Confidant, Confidant, "\"Het meldsysteem kent een voorportaal. Dat zijn de vertrouwenspersonen, de leidinggevende en het bedrijfsmaatschappelijk werk.\"", "Leidschendam-Voorburg 4.1 (bijlage 2)"),
            ],
            new("Een vermoeden van een misstand of onregelmatigheid valt onder de Regeling melding vermoeden misstand of onregelmatigheid (bijlage 5, geen deel van het beleid) en de Wet bescherming klokkenluiders.",
                $"Leidschendam-Voorburg 4.1 (bijlage 5); {Wbk}"),
            new("Ongewenst gedrag valt onder de Klachtenregeling ongewenst gedrag (bijlage 6, geen deel van het beleid); de werkgever moet werknemers beschermen tegen discriminatie, seksuele intimidatie, agressie, geweld en pesten.",
                "Leidschendam-Voorburg 3.3, 4.1 (bijlage 6); Arbeidsomstandighedenwet art. 3 lid 2")),

        // A code the product has no routes for yet: every route is silent, so only the law speaks.
        _ => new(
            [
                Silent(ReportChannel.ViaManager, Role.Manager, Manager, "deze gemeente", "de leidinggevende", "het meldpunt", "gedragscode"),
                Silent(ReportChannel.ViaManagersManager, Role.Manager, ManagersManager, "deze gemeente", "de leidinggevende van de leidinggevende", "het meldpunt", "gedragscode"),
                Silent(ReportChannel.ViaSecretary, Role.Secretary, Secretary, "deze gemeente", "de gemeentesecretaris", "het meldpunt", "gedragscode"),
                Silent(ReportChannel.Confidant, Role.Confidant, Confidant, "deze gemeente", "de vertrouwenspersoon", "het meldpunt", "gedragscode"),
            ],
            WbkByLaw,
            new("De gedragscode zegt niets over ongewenst gedrag. De werkgever moet psychosociale arbeidsbelasting, zoals intimidatie en pesten, voorkomen of beperken.", "Arbeidsomstandighedenwet art. 3 lid 2")),
    };

    /// <summary>Leiden and Leiderdorp share their reporting text: the manager and a confidant, not the manager's manager or the secretary.</summary>
    private static IntakeRouteTable Leidse(string municipality, string source, FlagRoute unwanted) => new(
        [
            Has(ReportChannel.ViaManager, Role.Manager, Manager, "\"Je hebt als medewerker de plicht om een vermoeden van een integriteitsschending te melden bij jouw leidinggevende en/of de integriteitscoördinator.\"", source),
            Silent(ReportChannel.ViaManagersManager, Role.Manager, ManagersManager, municipality, "de leidinggevende van de leidinggevende",
                "de eigen leidinggevende, een vertrouwenspersoon, de functionaris integriteit, de integriteitscoördinator of het meldpunt", $"{municipality} 8.2"),
            Silent(ReportChannel.ViaSecretary, Role.Secretary, Secretary, municipality, "de gemeentesecretaris",
                "de leidinggevende, een vertrouwenspersoon, de functionaris integriteit, de integriteitscoördinator of het meldpunt", $"{municipality} 8.2"),
            Has(ReportChannel.Confidant, Role.Confidant, Confidant, "\"Dan heb je de verantwoordelijkheid dit onmiddellijk te melden bij jouw leidinggevende, een vertrouwenspersoon of de integriteitscoördinator.\"", $"{municipality} Voorwoord, 8.2"),
        ],
        WbkByLaw with { Text = $"De gedragscode van {municipality} zegt niets over misstanden in de zin van de wet. {WbkByLaw.Text}" },
        unwanted);

    /// <summary>The default category the reporter's own choice suggests; the handler decides.</summary>
    public static IntegrityCategory Suggested(ReportCategory category) => category switch
    {
        ReportCategory.Corruption => IntegrityCategory.FinancialMisconduct,
        ReportCategory.ConflictOfInterest => IntegrityCategory.MisuseOfPosition,
        ReportCategory.MisuseOfInformation => IntegrityCategory.InformationLeaksAndMisuse,
        ReportCategory.MisuseOfResources => IntegrityCategory.MisuseOfResources,
        ReportCategory.UnwantedBehaviour => IntegrityCategory.UnwantedBehaviour,
        ReportCategory.Wrongdoing => IntegrityCategory.WbkWrongdoing,
        _ => IntegrityCategory.MisuseOfPowers,
    };
}
