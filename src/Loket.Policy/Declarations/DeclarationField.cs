namespace Loket.Policy;

/// <summary>A choice's wire value (in the CLI contract and policy files) and the words a form shows for it.</summary>
public sealed record FieldChoice(string Value, string Label);

/// <summary>
/// One question of a declaration, declared once next to the record's property (see <c>GiftDeclaration.Fields</c>):
/// its JSON name (the word policy files and the CLI contract use), the Dutch question and hint a form shows,
/// how a rule tests it, and how it reads and sets the typed record. The rule codes, the JSON reader and writer,
/// the form, the answers in words and the register export are all built from these lists.
/// </summary>
public abstract class DeclarationField
{
    private protected DeclarationField(string name, FieldKind kind, string question, IReadOnlyList<string> values)
    {
        Name = name;
        Kind = kind;
        Question = question;
        Values = values;
    }

    public string Name { get; }

    public FieldKind Kind { get; }

    /// <summary>The Dutch question a form asks, the same words the CLI and the policy files' readers see.</summary>
    public string Question { get; }

    /// <summary>A short Dutch help text under the question, where the question alone is not enough.</summary>
    public string? Hint { get; init; }

    /// <summary>The condition words in code order, <c>unknown</c> last.</summary>
    public IReadOnlyList<string> Values { get; }

    /// <summary>The answers offered for a <see cref="FieldKind.Choice"/>, in code order; empty for other kinds.</summary>
    public virtual IReadOnlyList<FieldChoice> Choices => [];

    /// <summary>The typed answer: a <see cref="bool"/>, a <see cref="decimal"/> of euros, an <see cref="int"/> of months or a choice's wire value; null when not stated.</summary>
    public abstract object? Answer(Declaration declaration);

    /// <summary>
    /// The declaration with this answer set (same boxed types as <see cref="Answer"/>; null clears it).
    /// A value of the wrong type or an unknown choice is a bug in the caller, not input to refuse.
    /// </summary>
    public abstract Declaration With(Declaration declaration, object? answer);

    internal FieldDefinition Definition => new(Name, Kind, Values, Question);

    internal abstract byte Code(Declaration declaration, CompiledParameters parameters);
}

/// <summary>Yes / no / not stated.</summary>
public sealed class FlagField<T>(string name, string question, Func<T, bool?> get, Func<T, bool?, T> set)
    : DeclarationField(name, FieldKind.Flag, question, ["false", "true", "unknown"])
    where T : Declaration
{
    public override object? Answer(Declaration declaration) => get((T)declaration);

    public override Declaration With(Declaration declaration, object? answer) => set((T)declaration, (bool?)answer);

    internal override byte Code(Declaration declaration, CompiledParameters parameters) => get((T)declaration) switch
    {
        false => FieldCodes.False,
        true => FieldCodes.True,
        null => FieldCodes.Unknown,
    };
}

/// <summary>An amount in euros, tested against the code's gift limit.</summary>
public sealed class AmountField<T>(string name, string question, Func<T, decimal?> get, Func<T, decimal?, T> set)
    : DeclarationField(name, FieldKind.GiftValue, question, ["within-limit", "over-limit", "unknown"])
    where T : Declaration
{
    public override object? Answer(Declaration declaration) => get((T)declaration);

    public override Declaration With(Declaration declaration, object? answer) => set((T)declaration, (decimal?)answer);

    internal override byte Code(Declaration declaration, CompiledParameters parameters) => parameters.GiftValueCode(get((T)declaration));
}

/// <summary>Whole months, tested against the code's cooling-off period.</summary>
public sealed class MonthsField<T>(string name, string question, Func<T, int?> get, Func<T, int?, T> set)
    : DeclarationField(name, FieldKind.Months, question, ["within-period", "after-period", "unknown"])
    where T : Declaration
{
    public override object? Answer(Declaration declaration) => get((T)declaration);

    public override Declaration With(Declaration declaration, object? answer) => set((T)declaration, (int?)answer);

    internal override byte Code(Declaration declaration, CompiledParameters parameters) => parameters.CoolingOffCode(get((T)declaration));
}

/// <summary>One of a fixed list; the code is the position in <see cref="Choices"/>, "not stated" the one after the last.</summary>
public sealed class ChoiceField<T, TEnum> : DeclarationField
    where T : Declaration
    where TEnum : struct, Enum
{
    private readonly Func<T, TEnum?> get;
    private readonly Func<T, TEnum?, T> set;
    private readonly TEnum[] members;

    public ChoiceField(string name, string question, Func<T, TEnum?> get, Func<T, TEnum?, T> set, params (TEnum Member, string Value, string Label)[] choices)
        : base(name, FieldKind.Choice, question, [.. choices.Select(c => c.Value), "unknown"])
    {
        if (choices.Select(c => c.Member).Distinct().Count() != Enum.GetValues<TEnum>().Length)
        {
            throw new ArgumentException($"Field '{name}' must offer each {typeof(TEnum).Name} exactly once.", nameof(choices));
        }

        (this.get, this.set) = (get, set);
        members = [.. choices.Select(c => c.Member)];
        Choices = [.. choices.Select(c => new FieldChoice(c.Value, c.Label))];
    }

    public override IReadOnlyList<FieldChoice> Choices { get; }

    public override object? Answer(Declaration declaration) => get((T)declaration) is { } member ? Choices[Array.IndexOf(members, member)].Value : null;

    public override Declaration With(Declaration declaration, object? answer) => set((T)declaration, answer switch
    {
        null => null,
        string value when Choices.ToList().FindIndex(c => c.Value == value) is >= 0 and var index => members[index],
        _ => throw new ArgumentException($"'{answer}' is no answer to '{Name}'.", nameof(answer)),
    });

    internal override byte Code(Declaration declaration, CompiledParameters parameters) =>
        get((T)declaration) is { } member ? (byte)Array.IndexOf(members, member) : (byte)members.Length;
}
