using System.Linq.Expressions;
using Loket.Policy;
using Loket.Web.Declarations;
using Loket.Web.Infrastructure.Csv;
using Loket.Web.Infrastructure.Time;

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
    DateTimeOffset? PublishedAt,
    bool AgainstVerdict)
{
    public static readonly Expression<Func<EmployeeDeclaration, RegisterRow>> Projection = d => new RegisterRow(
        d.Id, d.Employee!.Name, d.Employee.EmployeeNumber, d.Employee.JobFunction!.Name, d.Employee.JobFunction != null && d.Employee.JobFunction.TopOfficial,
        d.Employee.JobFunction != null && d.Employee.JobFunction.DesignatedForFinancialInterests,
        d.Subject, d.Counterparty, d.Role, d.StartDate, d.EndDate, d.SubmittedAt, d.Verdict, d.Status,
        d.DecidedBy!.Name, d.GiftDestination, d.Conditions, d.ConditionsText, d.Citation, d.SupersededAt != null, d.PublishedAt, d.AgainstVerdict);

    public static readonly string[] Header =
    [
        "Medewerker", "Personeelsnummer", "Functie", "Onderwerp", "Gever of organisatie", "Rol", "Begin", "Einde",
        "Ingediend", "Oordeel", "Status", "Besloten door", "Bestemming", "Voorwaarden", "Gedragscode", "Vervangen", "Aangewezen functie",
        "Tegen het oordeel in",
    ];

    /// <summary>The cells with dates as dates, times in Dutch time: the spreadsheet makes them real Excel dates.</summary>
    public IEnumerable<object?> Values() =>
    [
        Employee, EmployeeNumber, Function, Subject, Counterparty, Role, StartDate, EndDate,
        DutchTime.Local(SubmittedAt), Verdict.Name(), Status.Dutch(), Decider, GiftDestination?.Dutch(),
        string.Join(", ", Conditions.Each().Select(c => c.Dutch()).Append(ConditionsText ?? string.Empty).Where(c => c.Length > 0)),
        Citation, Superseded ? "ja" : "nee", Designated ? "ja" : "nee",
        AgainstVerdict ? "ja" : "nee",
    ];

    /// <summary>The cells as CSV text: dates in ISO 8601 (2026-12-06, 2026-12-06 05:50 in Dutch time), which spreadsheets read as dates.</summary>
    public IEnumerable<string?> Cells() => Values().Select(IsoDates.Text);
}
