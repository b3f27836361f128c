using Loket.Web.Infrastructure.Tenancy;
using Loket.Web.People;

namespace Loket.Web.Identity;

/// <summary>A user's roles in one municipality, optionally linked to the employee record they are.</summary>
public sealed class Membership : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid UserId { get; set; }

    public UserAccount? User { get; set; }

    public Guid? EmployeeId { get; set; }

    public Employee? Employee { get; set; }

    public Role Roles { get; set; }
}
