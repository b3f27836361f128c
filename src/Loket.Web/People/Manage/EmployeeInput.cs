using System.ComponentModel.DataAnnotations;

namespace Loket.Web.People.Manage;

/// <summary>What HR types for one employee; checked here first, then against the municipality's people.</summary>
public sealed class EmployeeInput
{
    [Required(ErrorMessage = "Vul de naam in.")]
    [StringLength(200, ErrorMessage = "De naam is hoogstens 200 tekens.")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Vul het personeelsnummer in.")]
    [StringLength(32, ErrorMessage = "Het personeelsnummer is hoogstens 32 tekens.")]
    [RegularExpression(@"^\s*[A-Za-z0-9][A-Za-z0-9._-]*\s*$", ErrorMessage = "Een personeelsnummer bestaat uit letters, cijfers, punten, streepjes en lage streepjes, zonder spaties.")]
    public string? EmployeeNumber { get; set; }

    [EmailAddress(ErrorMessage = "Vul een e-mailadres in zoals naam@gemeente.nl.")]
    [StringLength(200, ErrorMessage = "Het e-mailadres is hoogstens 200 tekens.")]
    public string? Email { get; set; }

    [Required(ErrorMessage = "Kies het dienstverband.")]
    public EmploymentType? EmploymentType { get; set; }

    [Required(ErrorMessage = "Vul de datum van indiensttreding in.")]
    public DateOnly? StartDate { get; set; }

    public Guid? OrgUnitId { get; set; }

    public Guid? JobFunctionId { get; set; }

    /// <summary>A function that is not in the list yet; only made when none is chosen and, if near another, confirmed.</summary>
    [StringLength(200, ErrorMessage = "De naam van de functie is hoogstens 200 tekens.")]
    public string? NewFunction { get; set; }

    /// <summary>Ticked after the warning that a function with a near name exists.</summary>
    public bool ConfirmNewFunction { get; set; }

    public Guid? ManagerId { get; set; }

    public static EmployeeInput From(Employee e) => new()
    {
        Name = e.Name,
        EmployeeNumber = e.EmployeeNumber,
        Email = e.Email,
        EmploymentType = e.EmploymentType,
        StartDate = e.StartDate,
        OrgUnitId = e.OrgUnitId,
        JobFunctionId = e.JobFunctionId,
        ManagerId = e.ManagerId,
    };
}
