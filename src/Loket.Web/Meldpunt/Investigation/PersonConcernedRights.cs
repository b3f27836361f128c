namespace Loket.Web.Meldpunt.Investigation;

/// <summary>A right of the person an investigation concerns, and the step of the protocol that enforces it.</summary>
public sealed record PersonConcernedRight(string Text, string EnforcedBy);

/// <summary>
/// The rights of the person concerned, shown on the protocol page where they matter. Leidschendam-Voorburg
/// 2.4 and 4.1 say its protocol (bijlage 3) sets "welke rechten en plichten voor alle betrokken personen
/// gelden"; the annex itself is not part of the policy text we have, so the rights are those of the model
/// protocol that description is taken from (Modelaanpak Basisnormen Integriteit, norm 13), and each one is
/// a check of <see cref="CaseInvestigation"/>, not advice.
/// </summary>
public static class PersonConcernedRights
{
    private const string Model = "het modelprotocol van de Modelaanpak Basisnormen Integriteit, norm 13";

    /// <summary>Where the rights come from for this municipality: its own protocol only where its code has one.</summary>
    public static string SourceFor(string policySlug) => policySlug == "leidschendam-voorburg"
        ? $"Leidschendam-Voorburg 2.4 en 4.1 (bijlage 3, protocol integriteitsonderzoeken), volgens {Model}"
        : $"{Model}; de gedragscode van deze gemeente heeft geen eigen protocol";

    public static readonly PersonConcernedRight Informed = new(
        "Je hoort dat er een onderzoek naar je is, waarover het gaat en wie het doet, voordat je gehoord wordt. Wordt dat uitgesteld, dan staat de reden in het dossier.",
        "Een gesprek met de betrokkene kan pas na het informeren; anderen worden pas gehoord als de betrokkene is geïnformeerd of het uitstel met een reden is vastgelegd.");

    public static readonly PersonConcernedRight Adviser = new(
        "Je mag je in elk gesprek laten bijstaan door een adviseur of raadsman.",
        "Het informeren wordt pas vastgelegd als ook je rechten zijn uitgelegd; bij elk gesprek staat of er een adviseur bij was.");

    public static readonly PersonConcernedRight ReadRecord = new(
        "Je leest het verslag van je gesprek en mag het corrigeren of aanvullen. Je reactie blijft naast het verslag bewaard; het verslag zelf wordt niet overschreven.",
        "Conceptbevindingen kunnen pas als elk gespreksverslag aan wie gehoord is is voorgelegd.");

    public static readonly PersonConcernedRight ReactToDraft = new(
        $"Je reageert op de conceptbevindingen voordat het rapport wordt vastgesteld (hoor en wederhoor), met minstens {CaseInvestigation.ShortestReactionTerm} dagen de tijd.",
        "Het rapport kan pas na je reactie of na het verstrijken van de termijn; zonder gesprek met jou komen er geen conceptbevindingen.");

    public static readonly PersonConcernedRight Independent = new(
        "Wie onderzoekt, is niet bij de melding betrokken: niet genoemd en geen familie of relatie van wie genoemd is.",
        "Een onderzoeker wordt alleen toegewezen als de uitsluiting van het meldpunt die persoon niet buiten het dossier houdt; een bureau verklaart geen band te hebben.");

    public static readonly IReadOnlyList<PersonConcernedRight> All = [Independent, Informed, Adviser, ReadRecord, ReactToDraft];
}
