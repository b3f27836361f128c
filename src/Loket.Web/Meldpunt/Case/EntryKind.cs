namespace Loket.Web.Meldpunt.Case;

/// <summary>A line in a case file. Messages are seen by the reporter; the rest stays with the desk.</summary>
public enum EntryKind
{
    MessageFromReporter,
    MessageToReporter,
    Note,
    Interview,
    Transcript,
    Decision,
    Conclusion,
    Measures,
}

public static class EntryKinds
{
    public static bool VisibleToReporter(this EntryKind kind) => kind is EntryKind.MessageFromReporter or EntryKind.MessageToReporter or EntryKind.Transcript;
}
