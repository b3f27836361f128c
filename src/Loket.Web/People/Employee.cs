using Loket.Web.Infrastructure.Tenancy;

namespace Loket.Web.People;

/// <summary>Someone who works for the municipality, employed or hired; identified by employee number.</summary>
public sealed class Employee : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public required string EmployeeNumber { get; set; }

    public required string Name { get; set; }

    public string? Email { get; set; }

    public EmploymentType EmploymentType { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public Guid? OrgUnitId { get; set; }

    public OrgUnit? OrgUnit { get; set; }

    public Guid? JobFunctionId { get; set; }

    public JobFunction? JobFunction { get; set; }

    public Guid? ManagerId { get; set; }

    public Employee? Manager { get; set; }

    public bool IsActiveOn(DateOnly day) => StartDate <= day && (EndDate is null || EndDate >= day);
}
