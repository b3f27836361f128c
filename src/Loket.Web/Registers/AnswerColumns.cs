using Loket.Policy;
using Loket.Web.Declarations;

namespace Loket.Web.Registers;

/// <summary>
/// The answers of a register's type as export columns, one per question the type declares
/// (<see cref="DeclarationFields.Declared"/>), in the words the decider read them: a new question on the
/// form is a new column without touching the export.
/// </summary>
public static class AnswerColumns
{
    public static IEnumerable<string> Header(DeclarationType type) => DeclarationFields.Declared(type).Select(f => f.Question);

    /// <summary>The answers in words, as the page shows them ("€ 12,50", "Ja", a choice's label).</summary>
    public static IEnumerable<string> Cells(DeclarationType type, string? answers) =>
        DeclaredAnswers.Read(type, answers ?? "{}").Select(line => line.Answer);

    /// <summary>
    /// The answers for a spreadsheet: an amount as a number of euros and months as a number, so they add up and
    /// sort; everything else, and an answer not given, in the same words as <see cref="Cells"/>.
    /// </summary>
    public static IEnumerable<object?> Values(DeclarationType type, string? answers)
    {
        var fields = DeclarationFields.Declared(type);
        if (DeclarationJson.Parse(answers ?? "{}") is not { IsValid: true, Input.Declaration: { } declaration } || declaration.Type != type)
        {
            return fields.Select(_ => (object?)DeclaredAnswers.Unknown);
        }

        return fields.Select(field => field.Answer(declaration) switch
        {
            decimal euros => euros,
            int months => (object?)months,
            _ => DeclaredAnswers.Words(field, declaration),
        });
    }
}
