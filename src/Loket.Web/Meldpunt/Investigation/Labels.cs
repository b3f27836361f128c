namespace Loket.Web.Meldpunt.Investigation;

/// <summary>The Dutch words for the protocol's enums.</summary>
public static class Labels
{
    public static string Of(IntervieweeRole role) => role switch
    {
        IntervieweeRole.PersonConcerned => "Betrokkene",
        IntervieweeRole.Reporter => "Melder",
        IntervieweeRole.Witness => "Getuige",
        _ => "Gehoord",
    };

    public static string Of(RecordShownHow how) => how switch
    {
        RecordShownHow.ReadInMeeting => "in een gesprek gelezen",
        RecordShownHow.SentOnPaper => "op papier gegeven",
        _ => "per e-mail gestuurd",
    };
}
