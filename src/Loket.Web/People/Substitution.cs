using Loket.Web.Infrastructure.Tenancy;

namespace Loket.Web.People;

/// <summary>A substitute (vervanger) who acts for a manager during a period, both days inclusive.</summary>
public sealed class Substitution : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid ManagerId { get; set; }

    public Employee? Manager { get; set; }

    public Guid SubstituteId { get; set; }

    public Employee? Substitute { get; set; }

    public DateOnly From { get; set; }

    public DateOnly Until { get; set; }

    public bool IsActiveOn(DateOnly day) => From <= day && day <= Until;
}
