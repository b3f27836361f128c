namespace Loket.Web.Audit;

/// <summary>Who is acting in this scope, for the audit trail: a user id, or a system name such as "cli".</summary>
public sealed class CurrentActor
{
    public Guid? UserId { get; private set; }

    public string Name { get; private set; } = "systeem";

    public void Set(Guid? userId, string name)
    {
        UserId = userId;
        Name = name;
    }
}
