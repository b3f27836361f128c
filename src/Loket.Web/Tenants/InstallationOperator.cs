namespace Loket.Web.Tenants;

/// <summary>
/// A user who may create desks and municipalities for the whole installation. Roles are per
/// municipality; this is the one right above them, and only `loket admin create --operator` grants
/// it, so nobody can give it to themselves in the browser.
/// </summary>
public sealed class InstallationOperator
{
    public Guid UserId { get; set; }

    public DateTimeOffset GrantedAt { get; set; }
}
