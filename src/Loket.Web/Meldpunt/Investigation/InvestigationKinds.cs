namespace Loket.Web.Meldpunt.Investigation;

/// <summary>Who is heard in an interview; the person concerned has rights the others do not.</summary>
public enum IntervieweeRole
{
    PersonConcerned,
    Reporter,
    Witness,
    Other,
}

/// <summary>How an interviewee read the record of their interview.</summary>
public enum RecordShownHow
{
    ReadInMeeting,
    SentOnPaper,
    SentByMail,
}
