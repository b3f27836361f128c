namespace Loket.Web.People.Import;

/// <summary>One validated line of a people CSV file; <c>Designated</c> and <c>TopOfficial</c> are null where the file says nothing.</summary>
internal sealed record PersonRow(
    int Line,
    string EmployeeNumber,
    string Name,
    string? Email,
    EmploymentType EmploymentType,
    DateOnly StartDate,
    DateOnly? EndDate,
    string? UnitCode,
    string? UnitName,
    string? ParentUnitCode,
    string? FunctionCode,
    string? FunctionName,
    bool? Designated,
    bool? TopOfficial,
    string? ManagerNumber,
    IReadOnlyList<StatedRelation> Relations);

/// <summary>A relation a row names: the colleague's employee number, the kind, and the first day when the file gives one.</summary>
internal sealed record StatedRelation(string Number, RelationKind Kind, DateOnly? Start);
