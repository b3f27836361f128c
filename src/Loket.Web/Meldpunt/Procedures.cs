using Loket.Web.Identity;

namespace Loket.Web.Meldpunt;

/// <summary>An outside route a reporter can take, in the municipality's own words where its code has them.</summary>
public sealed record ExternalRoute(string Name, string Text, string Source, string? Url);

/// <summary>
/// What each municipality's code says about handling a report, in one place with the article:
/// who decides whether to investigate, and which outside routes the reporter is shown.
/// Where a code is silent the product's default applies and says so.
/// </summary>
public static class Procedures
{
    private static readonly ExternalRoute Huis = new(
        "Huis voor Klokkenluiders",
        "Gaat het om een vermoeden van een misstand met een maatschappelijk belang en ben je niet tevreden over de afhandeling, of kun je redelijkerwijs niet intern melden? Dan kun je advies vragen aan, of melden bij, het Huis voor Klokkenluiders.",
        "Wet bescherming klokkenluiders",
        "https://www.huisvoorklokkenluiders.nl");

    public sealed record Procedure(Role Decider, string DeciderSource, IReadOnlyList<ExternalRoute> Routes);

    public static Procedure For(string policySlug) => policySlug switch
    {
        // 's-Hertogenbosch 10.1–10.2: "Uiteindelijk wordt intern beslist"; on complaint the gemeentesecretaris "bepaalt of er alsnog een onderzoek nodig is".
        "s-hertogenbosch" => new(Role.Secretary, "'s-Hertogenbosch 10.2: de gemeentesecretaris bepaalt of een onderzoek nodig is",
        [
            new("Landelijke Klachtencommissie Ongewenst Gedrag", "Als er geen onderzoek komt of je bent niet tevreden over het onderzoek: \"Dan kun je naar de Landelijke Klachtencommissie ongewenst gedrag.\" Dit kan tot twee jaar na het voorval.", "'s-Hertogenbosch 10.2 en 2.4", null),
            Huis with { Text = "\"Bij misstanden kun je naar het Huis voor de Klokkenluiders.\"", Source = "'s-Hertogenbosch 10.2" },
        ]),
        // Leidschendam-Voorburg 2.3–2.4: the algemeen directeur takes "passende maatregelen"; the code does not say who opens an investigation, so the director does.
        "leidschendam-voorburg" => new(Role.Secretary, "Leidschendam-Voorburg 2.3–2.4: de algemeen directeur (zwijgt over wie tot onderzoek besluit)", [Huis]),
        // Leiden/Leiderdorp 8.1–8.2 name the integriteitscoördinator as addressee; the codes are silent on who decides.
        "leiden" or "leiderdorp" => new(Role.IntegrityOfficer, "Leiden en Leiderdorp 8.1–8.2: de integriteitscoördinator (de code zwijgt over wie besluit)",
        [
            new("Landelijke Klachtencommissie Ongewenst Gedrag", "Bij ongewenst gedrag kun je als laatste stap terecht bij de Landelijke Klachtencommissie Ongewenst Gedrag, tot twee jaar na het voorval.", "Leiden 2.6 / Leiderdorp 3.6", null),
            Huis,
        ]),
        // Alphen 8 names the gemeentesecretaris as one of four routes but not who decides; the coordinator handles.
        _ => new(Role.IntegrityOfficer, "Alphen aan den Rijn 8: de coördinator integriteit (de code zwijgt over wie besluit)", [Huis]),
    };
}
