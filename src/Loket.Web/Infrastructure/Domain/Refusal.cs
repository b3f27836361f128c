namespace Loket.Web.Infrastructure.Domain;

/// <summary>
/// An expected "no" from an aggregate: the step is not allowed now (wrong order, wrong person, a rule
/// of the code). Each reason is its own named type deriving from this record, so callers and tests can
/// match on the reason rather than on text; <see cref="Message"/> is the Dutch sentence shown to the
/// person. Unexpected failures stay exceptions.
/// </summary>
public abstract record Refusal(string Message)
{
    public override string ToString() => Message;
}

/// <summary>
/// What a factory or a step returns when it can be refused: either the value or the refusal, never
/// both. Implicit conversions keep aggregates readable: <c>return new OwnDeclaration();</c> or
/// <c>return declaration;</c>.
/// </summary>
public readonly record struct Outcome<T>
{
    private Outcome(T? value, Refusal? refusal) => (Value, Refusal) = (value, refusal);

    public T? Value { get; }

    public Refusal? Refusal { get; }

    public bool IsRefused => Refusal is not null;

    public static implicit operator Outcome<T>(T value) => new(value, null);

    public static implicit operator Outcome<T>(Refusal refusal) => new(default, refusal);
}
