using System.Collections.Frozen;

namespace Loket.Policy;

/// <summary>How a field of a declaration is tested by a rule condition.</summary>
public enum FieldKind
{
    /// <summary>Yes / no / not stated: conditions say <c>true</c>, <c>false</c> or <c>unknown</c>.</summary>
    Flag,

    /// <summary>One of a fixed list of values, or <c>unknown</c>.</summary>
    Choice,

    /// <summary>The gift value against the code's limit: <c>within-limit</c>, <c>over-limit</c> or <c>unknown</c>.</summary>
    GiftValue,

    /// <summary>Months since leaving against the code's period: <c>within-period</c>, <c>after-period</c> or <c>unknown</c>.</summary>
    Months,
}

/// <summary>A field a rule may test. <see cref="Values"/> lists the condition words in code order.</summary>
public sealed record FieldDefinition(string Name, FieldKind Kind, IReadOnlyList<string> Values, string Question, bool FromContext = false);

/// <summary>
/// The fields each declaration type exposes to policy rules, in the order <see cref="Declaration.WriteCodes"/>
/// writes them: each type's own <see cref="DeclarationField"/> list (declared on its record), then the
/// function flags of the context. The names are the JSON names of the CLI contract, so an officer reads
/// the same words in a policy file as in a declaration.
/// </summary>
public static class DeclarationFields
{
    // Function flags come from the EvaluationContext and can be tested by rules of every type.
    private static readonly FieldDefinition[] ContextFields =
    [
        new("designatedForFinancialInterests", FieldKind.Flag, ["false", "true"], "Is je functie aangewezen voor het melden van financiële belangen?", FromContext: true),
        new("topOfficial", FieldKind.Flag, ["false", "true"], "Ben je gemeentesecretaris, directeur of een andere hogere ambtenaar?", FromContext: true),
    ];

    // Indexed by (int)DeclarationType: the evaluator looks a type's fields up on every evaluation.
    private static readonly (Declaration Empty, IReadOnlyList<DeclarationField> Fields)[] Types = [.. Enum.GetValues<DeclarationType>().Select(type => type switch
    {
        DeclarationType.Gift => ((Declaration)new GiftDeclaration(), GiftDeclaration.Fields),
        DeclarationType.Invitation => (new InvitationDeclaration(), InvitationDeclaration.Fields),
        DeclarationType.SideActivity => (new SideActivityDeclaration(), SideActivityDeclaration.Fields),
        DeclarationType.FinancialInterest => (new FinancialInterestDeclaration(), FinancialInterestDeclaration.Fields),
        DeclarationType.Relationship => (new RelationshipDeclaration(), RelationshipDeclaration.Fields),
        DeclarationType.PrivateCircumstance => (new PrivateCircumstanceDeclaration(), PrivateCircumstanceDeclaration.Fields),
        DeclarationType.FormerColleagueHire => (new FormerColleagueHireDeclaration(), FormerColleagueHireDeclaration.Fields),
        _ => throw new InvalidOperationException($"Type {type} has no record."),
    })];

    private static readonly FrozenDictionary<DeclarationType, FieldDefinition[]> Definitions = Enum.GetValues<DeclarationType>()
        .ToFrozenDictionary(type => type, type => (FieldDefinition[])[.. Types[(int)type].Fields.Select(f => f.Definition), .. ContextFields]);

    /// <summary>The most fields any type has, so the evaluator can size one stack buffer for all.</summary>
    internal const int MaxFields = 16;

    /// <summary>The testable fields of a type, context fields last.</summary>
    public static IReadOnlyList<FieldDefinition> For(DeclarationType type) => Definitions[type];

    /// <summary>The questions a person answers for a type (no context flags), with their Dutch words and typed access.</summary>
    public static IReadOnlyList<DeclarationField> Declared(DeclarationType type) => Types[(int)type].Fields;

    /// <summary>A declaration of <paramref name="type"/> with nothing stated, to set answers on with <see cref="DeclarationField.With"/>.</summary>
    public static Declaration Empty(DeclarationType type) => Types[(int)type].Empty;

    /// <summary>The Dutch question of any field name, context flags included.</summary>
    public static string? Question(string name) =>
        Definitions.Values.SelectMany(fields => fields).FirstOrDefault(f => f.Name == name)?.Question;

    internal static int DeclarationFieldCount(DeclarationType type) => Types[(int)type].Fields.Count;
}

/// <summary>The shared codes of <see cref="FieldKind.Flag"/> and the value / months kinds.</summary>
internal static class FieldCodes
{
    public const byte False = 0;
    public const byte True = 1;
    public const byte Unknown = 2;

    // GiftValue and Months use the same three codes: 0 within, 1 over / after, 2 unknown.
    public const byte Within = 0;
    public const byte Over = 1;
}
