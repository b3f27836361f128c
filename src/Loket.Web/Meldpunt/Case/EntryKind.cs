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

    /// <summary>Why there is no investigation, in the words the desk wrote for the reporter (the motivation stays internal).</summary>
    DecisionForReporter,

    /// <summary>What the desk shares of the outcome with the reporter.</summary>
    OutcomeForReporter,
}

public static class EntryKinds
{
    public static bool VisibleToReporter(this EntryKind kind) => kind is EntryKind.MessageFromReporter or EntryKind.MessageToReporter or EntryKind.Transcript
        or EntryKind.DecisionForReporter or EntryKind.OutcomeForReporter;
}
