namespace Loket.Web.Meldpunt.Investigation;

/// <summary>Who investigates: someone of the municipality, or an outside bureau (Leidschendam-Voorburg 4.1: "een particulier bureau ... of de organisatie zelf").</summary>
public enum InvestigatorKind
{
    Internal,
    External,
}

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
