namespace Loket.Web.Meldpunt.Case;

/// <summary>What a report is about, in the codes' own themes (Leiden 1.2 seven themes, Wbk "misstand", Leiden 8.3 retaliation).</summary>
public enum ReportCategory
{
    Corruption,
    ConflictOfInterest,
    MisuseOfInformation,
    MisuseOfResources,
    UnwantedBehaviour,
    Wrongdoing,
    Retaliation,
}
