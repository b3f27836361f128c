namespace Loket.Web.People.Manage;

/// <summary>
/// Employees in service whose record lacks what routing needs (a manager) or what the codes need (a
/// function), as HR's home page counts them and <c>/beheer/medewerkers?zonder=…</c> lists them.
/// </summary>
public static class MissingFacts
{
    public const string Manager = "leidinggevende";

    public const string Function = "functie";

    public static bool IsKnown(string? missing) => missing is Manager or Function;

    public static IQueryable<Employee> Of(IQueryable<Employee> employees, string? missing, DateOnly today)
    {
        var inService = employees.Where(e => e.EndDate == null || e.EndDate >= today);
        return missing switch
        {
            Manager => inService.Where(e => e.ManagerId == null),
            Function => inService.Where(e => e.JobFunctionId == null),
            _ => employees,
        };
    }
}
