namespace Loket.Policy;

/// <summary>
/// One declaration (melding) as the employee states it. Every answer is optional: <c>null</c> means
/// "not stated", and a rule that needs the answer does not fire on a guess.
/// </summary>
public abstract record Declaration
{
    public abstract DeclarationType Type { get; }

    /// <summary>
    /// Writes one small code per field (see <see cref="DeclarationFields"/>) so that compiled rules can
    /// test the declaration without reflection; each field's code comes from its declaration.
    /// </summary>
    internal void WriteCodes(Span<byte> codes, CompiledParameters parameters)
    {
        var fields = DeclarationFields.Declared(Type);
        for (var i = 0; i < fields.Count; i++)
        {
            codes[i] = fields[i].Code(this, parameters);
        }
    }
}
