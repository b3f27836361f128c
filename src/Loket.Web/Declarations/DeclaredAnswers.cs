using Loket.Policy;

namespace Loket.Web.Declarations;

/// <summary>
/// The answers of a declaration in plain Dutch, from the engine's record (stored as contract JSON, or
/// about to be): every question of the type with its answer, "Weet ik niet" where none was given. What
/// the employee checks before submitting and what the decider reads are the same lines.
/// </summary>
public static class DeclaredAnswers
{
    public sealed record Line(string Field, string Question, string Answer);

    public const string Unknown = "Weet ik niet";

    public static IReadOnlyList<Line> Read(DeclarationType type, string json) =>
        DeclarationJson.Parse(json) is { IsValid: true, Input.Declaration: { } declaration } && declaration.Type == type
            ? Read(declaration)
            : [.. DeclarationFields.Declared(type).Select(f => new Line(f.Name, f.Question, Unknown))];

    public static IReadOnlyList<Line> Read(Declaration declaration) =>
        [.. DeclarationFields.Declared(declaration.Type).Select(f => new Line(f.Name, f.Question, Words(f, declaration)))];

    /// <summary>One answer in words: "Ja", "Nee", the choice's label, "€ 12,50", "18 maanden" or "Weet ik niet".</summary>
    public static string Words(DeclarationField field, Declaration declaration) => field.Answer(declaration) switch
    {
        true => "Ja",
        false => "Nee",
        decimal euros => EuroAmount.Format(euros),
        int months => $"{months} maanden",
        string value => field.Choices.FirstOrDefault(c => c.Value == value)?.Label ?? value,
        _ => Unknown,
    };
}
