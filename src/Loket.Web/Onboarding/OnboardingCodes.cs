using Loket.Web.People;

namespace Loket.Web.Onboarding;

/// <summary>
/// The five codes' rules at entry (shared/codes; rules.md "Oath/promise, VOG, integrity statements, onboarding,
/// training"). Where a code is silent the table says so; a VOG or training the functions map asks for comes on
/// top (<see cref="FunctionDuties"/>). A municipality whose code is not here gets only what the law asks.
/// </summary>
public static class OnboardingCodes
{
    private static readonly HashSet<EmploymentType> Employed = [EmploymentType.Ambtenaar];
    private static readonly HashSet<EmploymentType> Hired = [EmploymentType.Inhuurkracht, EmploymentType.Uitzendkracht];
    private static readonly HashSet<EmploymentType> HiredAndInterns = [EmploymentType.Inhuurkracht, EmploymentType.Uitzendkracht, EmploymentType.Stagiair];
    private static readonly HashSet<EmploymentType> EmployedAndInterns = [EmploymentType.Ambtenaar, EmploymentType.Stagiair];
    private static readonly HashSet<EmploymentType> Everyone = [.. Enum.GetValues<EmploymentType>()];

    private const string VogSilent = "zegt niets over een VOG. Vraagt de functiekaart er een, dan staat die op de lijst (Justis-screeningsprofiel van de functie).";
    private const string TrainingSilent = "noemt geen introductietraining integriteit.";
    private const string ReceiptSilent = "schrijft geen ontvangstbevestiging van de gedragscode voor.";

    private static readonly CodeOnboarding[] Codes =
    [
        LeidseRegio("leiden", "Leiden", "gedragscode van Leiden", "1", "Gedragscode Leiden, versie 1.3 (1 januari 2025), hoofdstuk 1"),
        LeidseRegio("leiderdorp", "Leiderdorp", "gedragscode van Leiderdorp", "1 Inleiding", "Gedragscode gemeente Leiderdorp (concept 11 februari 2025), 1 Inleiding"),
        new(
            "alphen-aan-den-rijn",
            "gedragscode van Alphen aan den Rijn",
            [
                // The inleiding says "nieuwe medewerkers": those in service and interns alike; toel. 2 adds the statement for whoever is not in service.
                new(ItemKind.Statement, HiredAndInterns, "toelichting 2", "Externe inhuur, stagiaires en andere medewerkers die niet krachtens een vast dienstverband voor de gemeente werkzaam zijn tekenen voor aanvang van hun werkzaamheden een geheimhoudingsverklaring."),
                new(ItemKind.Vog, EmployedAndInterns, "inleiding", "Nieuwe medewerkers leggen de eed of belofte af, overleggen een Verklaring Omtrent Gedrag (VOG) en krijgen een opleiding integriteit aangeboden."),
                new(ItemKind.IntroductionTraining, EmployedAndInterns, "inleiding", "Nieuwe medewerkers … krijgen een opleiding integriteit aangeboden."),
                new(ItemKind.Oath, EmployedAndInterns, "inleiding; toelichting 2", "de eed of belofte die de medewerker kort na de aanvang van zijn dienstverband aflegt"),
                new(ItemKind.CodeReceipt, Everyone, "algemene bepalingen", "Nieuwe medewerkers ontvangen bij indiensttreding een (digitaal) exemplaar van de gedragscode."),
            ],
            new Dictionary<ItemKind, string>(),
            new(
                "Geheimhoudingsverklaring gemeente Alphen aan den Rijn",
                "Ik verklaar dat ik geheimhouding bewaar over alles wat ik bij mijn werkzaamheden voor de gemeente Alphen aan den Rijn te weten kom en waarvan ik het vertrouwelijke karakter ken of redelijkerwijs moet vermoeden, tijdens en na mijn werkzaamheden. Ik gebruik informatie alleen voor het doel waarvoor de gemeente haar heeft verkregen, en ik houd mij aan de Gedragscode voor ambtenaren bij de gemeente Alphen aan den Rijn.",
                "Gedragscode voor ambtenaren bij de gemeente Alphen aan den Rijn (college 8 september 2020), toelichting 2; Ambtenarenwet 2017 art. 9"),
            null,
            null),
        new(
            "s-hertogenbosch",
            "gedragscode van 's-Hertogenbosch",
            [
                new(ItemKind.Oath, Employed, "1.3", "En daarom leg je als ambtenaar, zodra je bij ons komt werken, deze ambtseed of belofte af"),
            ],
            new Dictionary<ItemKind, string>
            {
                [ItemKind.Statement] = "De gedragscode van 's-Hertogenbosch zegt niets over een verklaring voor ingehuurde medewerkers of stagiairs; de integriteitsverklaring van 1.3 is de ambtseed of belofte van ambtenaren (Ambtenarenwet 2017 art. 7).",
                [ItemKind.Vog] = "De gedragscode van 's-Hertogenbosch " + VogSilent,
                [ItemKind.IntroductionTraining] = "De gedragscode van 's-Hertogenbosch " + TrainingSilent,
                [ItemKind.CodeReceipt] = "De gedragscode van 's-Hertogenbosch " + ReceiptSilent,
            },
            null,
            new(
                "Integriteitsverklaring gemeente 's-Hertogenbosch",
                """
                Ik zweer/verklaar dat ik deze functie op een eerlijke manier heb gekregen. Ik ben eerlijk en volledig geweest bij de door mij gegeven informatie en heb niets verzwegen wat voor dit ambt van belang kan zijn.

                Ik zweer/beloof de Koning en de Grondwet trouw te zijn en de gemeente 's-Hertogenbosch als goed ambtenaar te dienen. Dat betekent:

                - Ik werk in het algemeen belang voor onze samenleving en zet mij daar volledig voor in. Ik werk integer en behandel iedereen rechtvaardig, gelijkwaardig en met respect. Ik ben onpartijdig, open, betrouwbaar en respecteer de democratische beginselen. Ik zal van niemand een gunst of geschenk aannemen om in mijn werk iets te doen of na te laten.*
                - Als ik onbetaalde of betaalde nevenwerkzaamheden verricht of wil gaan verrichten meld ik dit.*
                - Ik weet dat de gemeente 's-Hertogenbosch geen grensoverschrijdend gedrag accepteert. Ik ben samen met anderen verantwoordelijk voor een veilige (werk)omgeving. Dilemma's in mijn werk rondom ondermijning, integriteit en ongewenst gedrag bespreek ik intern.*
                - Ik ga zorgvuldig om met informatie en met gemeentelijke eigendommen. Ik draag bij aan een open overheid en weet dat ik vertrouwelijke informatie geheim moet houden tijdens en na mijn dienstverband.*
                - Ik gedraag mij volgens het geldende recht, de gemeentelijke gedragscode en overige integriteits- en gedragsregels van de gemeente 's-Hertogenbosch.*

                Dat verklaar en beloof ik.
                """,
                "Gedragscode integriteit gemeente 's-Hertogenbosch, 1.3 Integriteitsverklaring (college van B&W 9 december 2025, reg.nr. 18678166)"),
            null),
        new(
            "leidschendam-voorburg",
            "integriteitsbeleid van Leidschendam-Voorburg",
            [
                new(ItemKind.Statement, HiredAndInterns, "2.3 HR-adviseur; 4.1", "de aanvraag Verklaring omtrent Gedrag (VOG) bij indiensttreding nieuwe medewerker of ondertekening integriteitsverklaring bij inhuurkrachten en stagiaires"),
                new(ItemKind.Vog, Employed, "2.3; 2.4; 4.1", "Bij indiensttreding wordt tevens een Verklaring omtrent gedrag aangevraagd."),
                new(ItemKind.IntroductionTraining, Employed, "2.2; 4.1", "Bij indiensttreding wordt een training morele oordeelsvorming gegeven."),
                new(ItemKind.Oath, Employed, "2.2; 4.1", "De training wordt afgesloten met het afleggen van de eed of belofte."),
            ],
            new Dictionary<ItemKind, string>
            {
                [ItemKind.CodeReceipt] = "Het integriteitsbeleid van Leidschendam-Voorburg " + ReceiptSilent + " De introductietraining besteedt aandacht aan de gedragscode (2.2).",
            },
            new(
                "Integriteitsverklaring gemeente Leidschendam-Voorburg",
                "Ik verklaar dat ik het integriteitsbeleid van de gemeente Leidschendam-Voorburg en de gedragscode (bijlage 1) ken en dat ik mij daaraan houd bij al mijn werkzaamheden voor de gemeente. Ik ga zorgvuldig om met vertrouwelijke informatie, ook na afloop van mijn werkzaamheden, en ik bespreek twijfel over integriteit met mijn leidinggevende of de integriteitscoördinator.",
                "Integriteitsbeleid Leidschendam-Voorburg 2019 (college 3 september 2019), 2.3 en 4.1"),
            null,
            new(ItemKind.IntroductionTraining, Employed, "4.1", "Nadat deze training is afgelegd, wordt de eed of belofte afgelegd.")),
    ];

    /// <summary>A code without a table of its own: only the law's oath, and the silence said.</summary>
    private static CodeOnboarding LawOnly(string slug) => new(
        slug,
        "gedragscode",
        [new(ItemKind.Oath, Employed, "Ambtenarenwet 2017 art. 7", "De ambtenaar legt bij zijn indiensttreding de eed of belofte af.")],
        new Dictionary<ItemKind, string>
        {
            [ItemKind.Statement] = "De gedragscode noemt geen verklaring voor ingehuurde medewerkers of stagiairs.",
            [ItemKind.Vog] = "De gedragscode " + VogSilent,
            [ItemKind.IntroductionTraining] = "De gedragscode " + TrainingSilent,
            [ItemKind.CodeReceipt] = "De gedragscode " + ReceiptSilent,
        },
        null,
        null,
        null);

    public static CodeOnboarding For(string policySlug) => Codes.FirstOrDefault(c => c.Slug == policySlug) ?? LawOnly(policySlug);

    // Leiden and Leiderdorp share one text, each in its own name (Leiden 1; Leiderdorp 1 Inleiding).
    private static CodeOnboarding LeidseRegio(string slug, string place, string codeName, string article, string source) => new(
        slug,
        codeName,
        [
            new(ItemKind.Oath, Employed, article, $"Medewerkers in dienst van {(place == "Leiden" ? "Leiden" : "gemeente Leiderdorp")} leggen bij indiensttreding de ambtseed of belofte af."),
            new(ItemKind.Statement, Hired, article, $"Ingehuurde medewerkers ondertekenen een integriteitverklaring en verbinden zich daarmee aan de integriteitsregels die gelden binnen de gemeente {place}, waaronder de gedragscode."),
        ],
        new Dictionary<ItemKind, string>
        {
            [ItemKind.Vog] = $"De {codeName} " + VogSilent,
            [ItemKind.IntroductionTraining] = $"De {codeName} " + TrainingSilent,
            [ItemKind.CodeReceipt] = $"De {codeName} " + ReceiptSilent,
        },
        new(
            $"Integriteitverklaring gemeente {place}",
            $"Ik verklaar dat ik mij verbind aan de integriteitsregels die gelden binnen de gemeente {place}, waaronder de gedragscode. Ik ken de gedragscode en handel ernaar bij al mijn werkzaamheden voor de gemeente {place}.",
            source),
        null,
        null);
}
