namespace Loket.Web.Infrastructure.Mail;

/// <summary>
/// A notification mail. By construction it carries only a subject, a short neutral text and a link:
/// never the content of a declaration or report (those stay behind the login).
/// </summary>
public sealed record Notification(string ToAddress, string ToName, string Subject, string Text, string LinkPath);
