namespace Loket.Web.Confidants;

/// <summary>Dutch words for the register's choices.</summary>
public static class ContactLabels
{
    public static string Of(ContactRoute route) => route switch
    {
        ContactRoute.InPerson => "Persoonlijk gesprek",
        ContactRoute.Phone => "Telefoon",
        ContactRoute.Email => "E-mail",
        _ => "Anders",
    };

    public static string Of(ContactOutcome outcome) => outcome switch
    {
        ContactOutcome.ListenedAndAdvised => "Geluisterd en geadviseerd",
        ContactOutcome.ResolvedInformally => "Informeel opgelost",
        ContactOutcome.ReferredToDesk => "Verwezen naar het meldpunt",
        ContactOutcome.ReportFiledOnBehalf => "Melding gedaan namens de medewerker",
        ContactOutcome.ReferredElsewhere => "Doorverwezen (bedrijfsarts, juridisch, extern)",
        _ => "Loopt nog",
    };
}
