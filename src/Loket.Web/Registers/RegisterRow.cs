using System.Linq.Expressions;
using Loket.Policy;
using Loket.Web.Declarations;

namespace Loket.Web.Registers;

/// <summary>One line of a register, projected in the query so the page and exports read only what they show.</summary>
public sealed record RegisterRow(
    Guid Id,
    string Employee,
    string EmployeeNumber,
    string? Function,
    bool TopOfficial,
    bool Designated,
    string Subject,
    string? Counterparty,
    string? Role,
    DateOnly? StartDate,
    DateOnly? EndDate,
    DateTimeOffset SubmittedAt,
    Verdict Verdict,
    DeclarationStatus Status,
    string? Decider,
    GiftDestination? GiftDestination,
    DecisionConditions Conditions,
    string? ConditionsText,
    string Citation,
    bool Superseded,
    DateTimeOffset? PublishedAt)
{
    public static readonly Expression<Func<EmployeeDeclaration, RegisterRow>> Projection = d => new RegisterRow(
        d.Id, d.Employee!.Name, d.Employee.EmployeeNumber, d.Employee.JobFunction!.Name, d.Employee.JobFunction != null && d.Employee.JobFunction.TopOfficial,
        d.Employee.JobFunction != null && d.Employee.JobFunction.DesignatedForFinancialInterests,
        d.Subject, d.Counterparty, d.Role, d.StartDate, d.EndDate, d.SubmittedAt, d.Verdict, d.Status,
        d.DecidedBy!.Name, d.GiftDestination, d.Conditions, d.ConditionsText, d.Citation, d.SupersededAt != null, d.PublishedAt);

    public static readonly string[] Header =
    [
        "Medewerker", "Personeelsnummer", "Functie", "Onderwerp", "Gever of organisatie", "Rol", "Begin", "Einde",
        "Ingediend", "Oordeel", "Status", "Besloten door", "Bestemming", "Voorwaarden", "Gedragscode", "Vervangen", "Aangewezen functie",
    ];

    public IEnumerable<string?> Cells() =>
    [
        Employee, EmployeeNumber, Function, Subject, Counterparty, Role, StartDate?.ToString("yyyy-MM-dd"), EndDate?.ToString("yyyy-MM-dd"),
        SubmittedAt.ToString("yyyy-MM-dd HH:mm"), Verdict.Name(), Status.Dutch(), Decider, GiftDestination?.Dutch(),
        string.Join(", ", Conditions.Each().Select(c => c.Dutch()).Append(ConditionsText ?? string.Empty).Where(c => c.Length > 0)),
        Citation, Superseded ? "ja" : "nee", Designated ? "ja" : "nee",
    ];
}
