using Loket.Web.Confidants;
using Loket.Web.Meldpunt.Case;

namespace Loket.Bench.Scale;

/// <summary>
/// Four years of the reporting desk's counted records and the confidants' contacts per municipality, for the
/// annual report's bench (issue 18.6): what a large municipality sees, about 40 reports and 30 confidant
/// contacts a year. Only the counted facts are real; the sealed text and key are placeholders, as nothing
/// counted ever decrypts them. Drawn from their own random sequence, so the declarations stay as they were.
/// </summary>
internal static class CaseRows
{
    public const int ReportsPerYear = 40;

    public const int ContactsPerYear = 30;

    public static readonly string[] ReportColumns =
    [
        "Id", "TenantId", "Reference", "Category", "Channel", "ReceivedAt", "KeyId", "WrappedKey", "SealedText", "Status",
        "HighPriority", "ReceiptIsHandover", "RetaliationForms", "TimesReopened", "AcknowledgedAt", "FeedbackAt", "Investigate",
        "DecidedAt", "Outcome", "ConcludedAt", "ClosedAt", "Classification", "ClassifiedAt", "Concerned", "OrgUnitId",
        "IsWbkWrong", "IsRetaliation", "IsUnwantedBehaviour", "ClosureOutcome", "ClosureRecordedAt", "Investigator",
        "ExternalCostCents", "PoliceReport", "PoliceReportOn",
    ];

    public static readonly string[] ContactColumns = ["Id", "TenantId", "ConfidantUserId", "Date", "Category", "Route", "Outcome"];

    public static readonly string[] ContributionColumns = ["Id", "TenantId", "Year", "ConfidantUserId", "HandedAt", "Total", "Counts"];

    private static readonly TimeSpan Span = TimeSpan.FromDays(4 * 365);

    public static IEnumerable<object?[]> Reports(IReadOnlyList<TenantPlan> tenants, DateTimeOffset now, Random random)
    {
        var perTenant = ReportsPerYear * 4;
        for (var t = 0; t < tenants.Count; t++)
        {
            var tenant = tenants[t];
            for (var n = 0; n < perTenant; n++)
            {
                var received = now - Span + TimeSpan.FromTicks(random.NextInt64(Span.Ticks));
                yield return ReportRow(tenant, $"M-{t:D2}{n:D4}", received, now, random);
            }
        }
    }

    public static IEnumerable<object?[]> Contacts(IReadOnlyList<TenantPlan> tenants, DateTimeOffset now, Random random)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        foreach (var tenant in tenants)
        {
            for (var n = 0; n < ContactsPerYear * 4; n++)
            {
                yield return
                [
                    SeededGuid.Version7(now, random), tenant.Id, tenant.OfficerUser, today.AddDays(-random.Next(4 * 365)),
                    random.Pick(Enum.GetValues<ReportCategory>()).ToString(), random.Pick(Enum.GetValues<ContactRoute>()).ToString(),
                    random.Pick(Enum.GetValues<ContactOutcome>()).ToString(),
                ];
            }
        }
    }

    /// <summary>
    /// Each confidant's figures of each year, handed to the coordinator in January of the next (the year still
    /// running: today), as the annual report reads them: counted from <paramref name="contacts"/> in the shape
    /// ContactContribution.Hand freezes (every theme, route and outcome by name).
    /// </summary>
    public static IEnumerable<object?[]> Contributions(IReadOnlyList<object?[]> contacts, DateTimeOffset now, Random random)
    {
        static Dictionary<string, long> Counted<TEnum>(IEnumerable<object?[]> rows, int column)
            where TEnum : struct, Enum =>
            Enum.GetNames<TEnum>().ToDictionary(name => name, name => (long)rows.Count(r => (string)r[column]! == name));

        foreach (var year in contacts.GroupBy(c => (Tenant: (Guid)c[1]!, Confidant: (Guid)c[2]!, ((DateOnly)c[3]!).Year)))
        {
            var handed = year.Key.Year < now.Year ? new DateTimeOffset(year.Key.Year + 1, 1, 15, 9, 0, 0, TimeSpan.Zero) : now;
            var figures = new Dictionary<string, Dictionary<string, long>>
            {
                ["themes"] = Counted<ReportCategory>(year, 4),
                ["routes"] = Counted<ContactRoute>(year, 5),
                ["outcomes"] = Counted<ContactOutcome>(year, 6),
            };
            yield return
            [
                SeededGuid.Version7(handed, random), year.Key.Tenant, year.Key.Year, year.Key.Confidant, handed, year.Count(),
                System.Text.Json.JsonSerializer.Serialize(figures),
            ];
        }
    }

    private static object?[] ReportRow(TenantPlan tenant, string reference, DateTimeOffset received, DateTimeOffset now, Random random)
    {
        var age = now - received;
        // Mostly in time, some late: the report counts the clocks met and missed.
        var acknowledged = age > TimeSpan.FromDays(10) || random.NextDouble() < 0.5 ? received.AddDays(random.Next(0, 10)) : (DateTimeOffset?)null;
        var feedback = acknowledged is { } a && age > TimeSpan.FromDays(120) ? a.AddDays(random.Next(20, 110)) : (DateTimeOffset?)null;
        var closed = feedback is { } f && random.NextDouble() < 0.95 ? f.AddDays(random.Next(1, 30)) : (DateTimeOffset?)null;
        var investigate = acknowledged is null ? (bool?)null : random.NextDouble() < 0.35;
        var decided = investigate is null ? (DateTimeOffset?)null : acknowledged!.Value.AddDays(random.Next(1, 14));
        var concluded = closed?.AddDays(-1);
        CaseOutcome? outcome = concluded is null ? null
            : investigate == true ? random.Pick([CaseOutcome.Substantiated, CaseOutcome.PartlySubstantiated, CaseOutcome.Unsubstantiated])
            : CaseOutcome.NotInvestigated;
        var status = closed is not null ? CaseStatus.Closed
            : investigate == true ? CaseStatus.Investigation
            : acknowledged is not null ? CaseStatus.Intake
            : CaseStatus.Received;
        var external = investigate == true && random.NextDouble() < 0.3;
        ClosureOutcome? closure = outcome switch
        {
            null => null,
            CaseOutcome.NotInvestigated => random.Pick([ClosureOutcome.Unsubstantiated, ClosureOutcome.NotAnIntegrityMatter, ClosureOutcome.Stopped]),
            _ => Report.FromConclusion(outcome.Value),
        };
        var police = closure == ClosureOutcome.Substantiated && random.NextDouble() < 0.2;
        var classified = acknowledged?.AddDays(1);
        return
        [
            SeededGuid.Version7(received, random), tenant.Id, reference, random.Pick(Enum.GetValues<ReportCategory>()).ToString(),
            random.Pick(Enum.GetValues<ReportChannel>()).ToString(), received, "bench", new byte[] { 0 }, new byte[] { 0 }, status.ToString(),
            false, false, 0, 0, acknowledged, feedback, investigate,
            decided, outcome?.ToString(), concluded, closed,
            classified is null ? null : random.Pick(Enum.GetValues<IntegrityCategory>()).ToString(), classified,
            classified is null ? null : (random.NextDouble() switch { < 0.85 => PersonConcerned.Employee, < 0.95 => PersonConcerned.Hired, _ => PersonConcerned.PoliticalOfficeHolder }).ToString(),
            classified is null ? null : tenant.OrgUnits[random.Next(tenant.OrgUnits.Length)],
            random.NextDouble() < 0.1, random.NextDouble() < 0.03, random.NextDouble() < 0.2,
            closure?.ToString(), closure is null ? null : concluded, closure is null ? null : (external ? InvestigatorKind.External : investigate == true ? InvestigatorKind.Internal : InvestigatorKind.None).ToString(),
            closure is not null && external ? random.Next(5_000, 40_000) * 100L : null, closure is null ? null : police, police ? DateOnly.FromDateTime(concluded!.Value.UtcDateTime) : null,
        ];
    }
}
