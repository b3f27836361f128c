namespace Loket.Policy;

/// <summary>A rule condition compiled to a field index and a bit mask of accepted codes.</summary>
internal readonly record struct CompiledCondition(byte Field, ushort Mask)
{
    public bool Holds(ReadOnlySpan<byte> codes) => ((Mask >> codes[Field]) & 1) != 0;
}

internal sealed record CompiledRule(CompiledCondition[] When, CompiledCondition[] WhenAny, CompiledCondition[] Unless, Verdict Verdict, int ObligationMask, Reason Reason)
{
    public bool Fires(ReadOnlySpan<byte> codes)
    {
        foreach (var condition in When)
        {
            if (!condition.Holds(codes))
            {
                return false;
            }
        }

        if (WhenAny.Length > 0 && !AnyHolds(WhenAny, codes))
        {
            return false;
        }

        foreach (var condition in Unless)
        {
            if (condition.Holds(codes))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AnyHolds(CompiledCondition[] conditions, ReadOnlySpan<byte> codes)
    {
        foreach (var condition in conditions)
        {
            if (condition.Holds(codes))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>The parameters the declarations need to turn amounts and periods into codes.</summary>
internal sealed class CompiledParameters(GiftLimit? giftLimit, CoolingOffPeriod? coolingOff)
{
    public byte GiftValueCode(decimal? valueEur) =>
        valueEur is not { } value || giftLimit is null ? FieldCodes.Unknown
        : giftLimit.IsOver(value) ? FieldCodes.Over
        : FieldCodes.Within;

    public byte CoolingOffCode(int? months) =>
        months is not { } m || coolingOff is null ? FieldCodes.Unknown
        : m < coolingOff.Months ? FieldCodes.Within
        : FieldCodes.Over;
}

/// <summary>
/// A policy in the form the evaluator runs: rules per declaration type as masks, and every reason built
/// once at load time, so an evaluation allocates only its result.
/// </summary>
internal sealed record CompiledPolicy(
    CompiledParameters Parameters,
    CompiledRule[][] RulesByType,
    int[] DeclarationFieldCounts,
    Reason[] SilenceByType,
    CompiledRule DepartmentNoGifts);
