namespace Loket.Web.Declarations;

/// <summary>
/// How long each free text of a declaration may be: the column sizes of <see cref="DeclarationConfiguration"/>,
/// checked at the edge (form and API alike) so an oversized text is refused in Dutch instead of stored
/// whole (SQLite does not enforce a column size) or failing in the database (PostgreSQL does).
/// </summary>
public static class DeclarationTexts
{
    public const int Subject = 500;
    public const int Counterparty = 200;
    public const int Role = 200;
    public const int Answers = 4000;
    public const int ConditionsText = 2000;
    public const int Motivation = 4000;
    public const int EmployeeResponse = 4000;
}
