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
    /// test the declaration without reflection or allocation.
    /// </summary>
    internal abstract void WriteCodes(Span<byte> codes, CompiledParameters parameters);

    internal static byte Flag(bool? value) => value switch
    {
        false => FieldCodes.False,
        true => FieldCodes.True,
        null => FieldCodes.Unknown,
    };

    // One overload per enum keeps the hot path free of boxing; "not stated" is the code after the last member.
    internal static byte Choice(GiftStatus? value) => value is { } v ? (byte)v : (byte)(GiftStatus.Promised + 1);

    internal static byte Choice(GiftForm? value) => value is { } v ? (byte)v : (byte)(GiftForm.BusinessAttention + 1);

    internal static byte Choice(InvitationKind? value) => value is { } v ? (byte)v : (byte)(InvitationKind.Conference + 1);
}
