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

    public static IEnumerable<string> Cells(DeclarationType type, string? answers) =>
        DeclaredAnswers.Read(type, answers ?? "{}").Select(line => line.Answer);
}
