namespace Loket.Web.Meldpunt.Case;

/// <summary>How a report came in (Wbk art. 2: in writing, orally, or in a meeting; via a confidant).</summary>
public enum ReportChannel
{
    Named,
    Anonymous,
    Confidant,
    Oral,
}
