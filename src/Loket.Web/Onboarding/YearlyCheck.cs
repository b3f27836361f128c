using Loket.Web.Infrastructure.Tenancy;

namespace Loket.Web.Onboarding;

/// <summary>
/// Once a year an employee confirms that their side activities, financial interests and relationships on record
/// are still complete: the re-declaration the registers need (Ambtenarenwet 2017 art. 8 lid 2; 's-Hertogenbosch
/// 4.1). One row per person per calendar year; a changed opgave is made through the normal forms first.
/// </summary>
public sealed class YearlyCheck : ITenantOwned
{
    private YearlyCheck()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid EmployeeId { get; private set; }

    public int Year { get; private set; }

    public DateTimeOffset ConfirmedAt { get; private set; }

    /// <summary>Opgaven the person made or ended this year before confirming, counted when they confirmed.</summary>
    public int ChangesMade { get; private set; }

    public static YearlyCheck Confirm(Guid tenantId, Guid employeeId, int year, int changesMade, DateTimeOffset now) =>
        new() { TenantId = tenantId, EmployeeId = employeeId, Year = year, ChangesMade = changesMade, ConfirmedAt = now };
}
