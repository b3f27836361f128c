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
    bool AgainstVerdict,
    DateTimeOffset? DecidedAt,
    string Answers)
{
    public static readonly Expression<Func<EmployeeDeclaration, RegisterRow>> Projection = d => new RegisterRow(
        d.Id, d.Employee!.Name, d.Employee.EmployeeNumber, d.Employee.JobFunction!.Name, d.Employee.JobFunction != null && d.Employee.JobFunction.TopOfficial,
        d.Employee.JobFunction != null && d.Employee.JobFunction.DesignatedForFinancialInterests,
        d.Subject, d.Counterparty, d.Role, d.StartDate, d.EndDate, d.SubmittedAt, d.Verdict, d.Status,
        d.DecidedBy!.Name, d.GiftDestination, d.Conditions, d.ConditionsText, d.Citation, d.SupersededAt != null, d.PublishedAt, d.AgainstVerdict,
        d.DecidedAt, d.Answers);

    private static readonly string[] Columns =
    [
        "Medewerker", "Personeelsnummer", "Functie", "Onderwerp", "Gever of organisatie", "Rol", "Begin", "Einde",
        "Ingediend", "Oordeel", "Status", "Besloten door", "Besloten op", "Bestemming", "Voorwaarden", "Gedragscode", "Vervangen",
        "Aangewezen functie", "Tegen het oordeel in",
    ];

    /// <summary>The export's columns: the register's own, then one per question of the type (<see cref="AnswerColumns"/>).</summary>
    public static IReadOnlyList<string> Header(DeclarationType type) => [.. Columns, .. AnswerColumns.Header(type)];

    /// <summary>
    /// The cells with dates as dates, times in Dutch time and amounts as numbers: the spreadsheet makes them real
    /// Excel dates and numbers, so they sort, filter and add up.
    /// </summary>
    public IEnumerable<object?> Values(DeclarationType type) =>
    [
        Employee, EmployeeNumber, Function, Subject, Counterparty, Role, StartDate, EndDate,
        DutchTime.Local(SubmittedAt), Verdict.Name(), Status.Dutch(), Decider, DecidedAt is { } decided ? DutchTime.Day(decided) : null,
        GiftDestination?.Dutch(),
        string.Join(", ", Conditions.Each().Select(c => c.Dutch()).Append(ConditionsText ?? string.Empty).Where(c => c.Length > 0)),
        Citation, Superseded ? "ja" : "nee", Designated ? "ja" : "nee",
        AgainstVerdict ? "ja" : "nee",
        .. AnswerColumns.Values(type, Answers),
    ];

    /// <summary>
    /// The cells as CSV text: dates in ISO 8601 (2026-12-06, 2026-12-06 05:50 in Dutch time), the one form every
    /// spreadsheet reads as a date whatever its language; amounts with a decimal comma (12,50), as Dutch Excel
    /// reads a number in a file separated by semicolons.
    /// </summary>
    public IEnumerable<string?> Cells(DeclarationType type) =>
        Values(type).Select(v => v is decimal amount ? amount.ToString("0.00", DutchTime.Culture) : IsoDates.Text(v));

    /// <summary>An activity that starts after <paramref name="today"/> is announced, not current.</summary>
    public bool StartsAfter(DateOnly today) => StartDate is { } start && start > today;
}
