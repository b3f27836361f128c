using Loket.Policy;

namespace Loket.Bench.Scale;

/// <summary>
/// Declarations over the last four years in the order they would have arrived (all municipalities
/// interleaved, ids ascending with time, as the product's version 7 ids are), streamed, never held in memory.
/// Older ones are mostly decided by the line; the last three weeks mostly wait for a decision.
/// </summary>
internal static class DeclarationRows
{
    public static readonly string[] Columns =
    [
        "Id", "TenantId", "EmployeeId", "Type", "Answers", "Subject", "Counterparty", "Role", "StartDate", "EndDate", "Verdict", "Citation",
        "SubmittedAt", "DeciderId", "RoutingNote", "Status", "DecidedById", "DecidedAt", "Conditions", "ConditionsText", "Motivation",
        "GiftDestination", "EmployeeResponse", "RespondedAt", "ReminderSentAt", "EscalatedAt", "PreviousVersionId", "SupersededAt", "PublishedAt",
        "AgainstVerdict",
    ];

    /// <summary>Gifts and invitations are most of what people declare; private circumstances the least.</summary>
    public static readonly (DeclarationType Type, double Share)[] Mix =
    [
        (DeclarationType.Gift, 0.40), (DeclarationType.Invitation, 0.20), (DeclarationType.SideActivity, 0.20),
        (DeclarationType.FinancialInterest, 0.08), (DeclarationType.Relationship, 0.06), (DeclarationType.PrivateCircumstance, 0.06),
    ];

    private static readonly TimeSpan Span = TimeSpan.FromDays(4 * 365);

    public static IEnumerable<object?[]> Generate(int count, IReadOnlyList<TenantPlan> tenants, AnswerPool answers, DateTimeOffset now, Random random)
    {
        var start = now - Span;
        var step = Span.Ticks / Math.Max(1, count);
        for (var i = 0; i < count; i++)
        {
            var submitted = start.AddTicks((i * step) + random.NextInt64(step));
            var tenant = tenants[random.Next(tenants.Count)];
            var who = random.Next(tenant.Employees.Length);
            var type = PickType(random.NextDouble());
            var answer = answers.Draw(tenant.PolicySlug, type, random);
            var (subject, counterparty, role) = Texts(type, random);
            var manager = tenant.Managers[who];
            var decided = Decide(type, submitted, now, manager ?? tenant.Officer, random);
            var start0 = type is DeclarationType.SideActivity or DeclarationType.FinancialInterest ? DateOnly.FromDateTime(submitted.UtcDateTime).AddDays(-random.Next(0, 60)) : (DateOnly?)null;
            DateOnly? ended = start0 is { } s && type == DeclarationType.SideActivity && random.NextDouble() < 0.15 ? s.AddDays(random.Next(30, 900)) : null;
            var published = type == DeclarationType.SideActivity && tenant.TopOfficials.Contains(tenant.Employees[who]) && decided.Status.StartsWith("Approved", StringComparison.Ordinal) ? decided.At : null;
            yield return
            [
                SeededGuid.Version7(submitted, random), tenant.Id, tenant.Employees[who], type.ToString(), answer.Json, subject, counterparty, role,
                start0, ended is { } e && e <= DateOnly.FromDateTime(now.UtcDateTime) ? e : null, answer.Verdict, answer.Citation,
                submitted, manager, manager is null ? "integriteitscoördinator: niemand in de lijn kan onafhankelijk beslissen" : "leidinggevende",
                decided.Status, decided.By, decided.At, decided.Conditions, null, decided.Motivation, decided.Destination,
                null, null, null, null, null, null, published,
                false,
            ];
        }
    }

    private static DeclarationType PickType(double draw)
    {
        foreach (var (type, share) in Mix)
        {
            if ((draw -= share) < 0)
            {
                return type;
            }
        }

        return Mix[^1].Type;
    }

    private static (string Subject, string? Counterparty, string? Role) Texts(DeclarationType type, Random random) => type switch
    {
        DeclarationType.Gift => (random.Pick(DutchWords.GiftSubjects), random.Pick(DutchWords.Organisations), null),
        DeclarationType.Invitation => (random.Pick(DutchWords.InvitationSubjects), random.Pick(DutchWords.Organisations), null),
        DeclarationType.SideActivity => (random.Pick(DutchWords.SideActivitySubjects), random.Pick(DutchWords.Organisations), random.Pick(DutchWords.Roles)),
        DeclarationType.FinancialInterest => (random.Pick(DutchWords.FinancialSubjects), random.Pick(DutchWords.Organisations), random.Pick(["aandelen", "eigendom", "lening"])),
        DeclarationType.Relationship => (random.Pick(DutchWords.RelationshipSubjects), $"{random.Pick(DutchWords.FirstNames)} {random.Pick(DutchWords.Surnames)}", null),
        _ => (random.Pick(DutchWords.CircumstanceSubjects), null, null),
    };

    private sealed record Outcome(string Status, Guid? By, DateTimeOffset? At, int Conditions, string? Motivation, string? Destination);

    private static Outcome Decide(DeclarationType type, DateTimeOffset submitted, DateTimeOffset now, Guid decider, Random random)
    {
        var waiting = (now - submitted).TotalDays < 21 ? 0.6 : 0.03;
        var draw = random.NextDouble();
        if (draw < waiting)
        {
            return new Outcome("Submitted", null, null, 0, null, null);
        }

        var at = submitted.AddHours(random.Next(2, 24 * 14));
        at = at < now ? at : now;
        var destination = type == DeclarationType.Gift ? random.Pick(["Keep", "Raffle", "Display", "Charity", "ReturnToGiver"]) : null;
        return random.NextDouble() switch
        {
            < 0.75 => new Outcome("Approved", decider, at, 0, null, destination),
            < 0.90 => new Outcome("ApprovedWithConditions", decider, at, 1 + random.Next(15), "Toegestaan onder de genoemde voorwaarden.", destination),
            _ => new Outcome("Refused", decider, at, 0, "Niet verenigbaar met de gedragscode.", destination),
        };
    }
}
