namespace Loket.Policy;

/// <summary>
/// The pure evaluator: (policy, declaration, context) → verdict, obligations and reasons. Deterministic,
/// no clock, no I/O; it lists every rule that fired.
/// </summary>
public static class PolicyEvaluator
{
    public static Evaluation Evaluate(PolicyVersion policy, Declaration declaration, EvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(declaration);
        ArgumentNullException.ThrowIfNull(context);
        if (context.Date < policy.EffectiveFrom)
        {
            // A bug in the caller, not an expected refusal: PolicyCatalog.InForce picks the right version.
            throw new ArgumentException(
                $"De gedragscode {policy} is op {context.Date:yyyy-MM-dd} nog niet van kracht.", nameof(context));
        }

        var compiled = policy.Compiled;
        var type = (int)declaration.Type;
        Span<byte> codes = stackalloc byte[DeclarationFields.MaxFields];
        declaration.WriteCodes(codes, compiled.Parameters);
        var contextStart = compiled.DeclarationFieldCounts[type];
        codes[contextStart] = context.IsDesignatedForFinancialInterests ? FieldCodes.True : FieldCodes.False;
        codes[contextStart + 1] = context.IsTopOfficial ? FieldCodes.True : FieldCodes.False;

        var rules = compiled.RulesByType[type];
        Span<bool> fired = rules.Length <= 128 ? stackalloc bool[rules.Length] : new bool[rules.Length];
        var count = 0;
        var verdict = Verdict.Groen;
        var obligations = 0;

        // 's-Hertogenbosch 3.1 rule 8: a department's stricter rule overrides the general one.
        var department = context.Department;
        var noGifts = department.NoGiftsAtAll && declaration.Type == DeclarationType.Gift;
        if (noGifts)
        {
            count++;
            verdict = Verdict.Rood;
            obligations |= compiled.DepartmentNoGifts.ObligationMask;
        }

        for (var i = 0; i < rules.Length; i++)
        {
            if (rules[i].Fires(codes))
            {
                fired[i] = true;
                count++;
                if (rules[i].Verdict > verdict)
                {
                    verdict = rules[i].Verdict;
                }

                obligations |= rules[i].ObligationMask;
            }
        }

        var silent = count == 0;
        var reasons = new Reason[silent ? 1 : count];
        var r = 0;
        if (silent)
        {
            // Where the code says nothing, the engine says so: Oranje, discuss it, citing the general duty.
            var silence = compiled.SilenceByType[type];
            reasons[r] = silence;
            verdict = Verdict.Oranje;
            obligations = 1 << (int)Obligation.DiscussWithManager;
        }

        if (noGifts)
        {
            reasons[r++] = department.Description is { } text
                ? compiled.DepartmentNoGifts.Reason with { Excerpt = text }
                : compiled.DepartmentNoGifts.Reason;
        }

        for (var i = 0; i < rules.Length; i++)
        {
            if (fired[i])
            {
                reasons[r++] = rules[i].Reason;
            }
        }

        return new Evaluation(policy.Tenant, policy.Version, verdict, ObligationSets.For(obligations), reasons);
    }
}
