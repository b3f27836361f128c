namespace Loket.Web.Meldpunt.Reporting;

/// <summary>
/// How a reporter appears in the audit trail: never by account or name, also when they reported by
/// name. The trail says that a report or a reporter's step happened; who the reporter is stays in the
/// identity vault, for the desk with consent.
/// </summary>
public static class ReporterActor
{
    public const string Anonymous = "anonieme melder";

    public const string Named = "melder op naam";
}
