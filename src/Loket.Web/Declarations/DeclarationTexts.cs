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

    /// <summary>The refusals for the texts that describe a declaration, keyed by the form field's own name.</summary>
    public static IEnumerable<(string Field, string Error)> Check(string? subject, string? counterparty, string? role)
    {
        if (subject?.Trim().Length > Subject)
        {
            yield return (nameof(Subject), $"Beschrijf kort waar je opgave over gaat: hoogstens {Subject} tekens.");
        }

        if (counterparty?.Trim().Length > Counterparty)
        {
            yield return (nameof(Counterparty), $"Een naam van een gever of organisatie is hoogstens {Counterparty} tekens.");
        }

        if (role?.Trim().Length > Role)
        {
            yield return (nameof(Role), $"Een functie of rol is hoogstens {Role} tekens.");
        }
    }

    /// <summary>The answers as stored (JSON); long free answers would not fit their column.</summary>
    public static string? CheckAnswers(string? answers) =>
        answers?.Length > Answers ? $"Je antwoorden zijn samen langer dan {Answers} tekens. Kort je toelichting in." : null;
}
