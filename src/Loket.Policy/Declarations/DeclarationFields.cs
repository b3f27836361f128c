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
public sealed record FieldDefinition(string Name, FieldKind Kind, IReadOnlyList<string> Values, bool FromContext = false);

/// <summary>
/// The fields each declaration type exposes to policy rules, in the order <see cref="Declaration.WriteCodes"/>
/// writes them. The names are the JSON names of the CLI contract, so an officer reads the same words in
/// a policy file as in a declaration.
/// </summary>
public static class DeclarationFields
{
    private static readonly string[] FlagValues = ["false", "true", "unknown"];

    private static FieldDefinition F(string name) => new(name, FieldKind.Flag, FlagValues);

    private static FieldDefinition C(string name, params string[] values) => new(name, FieldKind.Choice, [.. values, "unknown"]);

    // Function flags come from the EvaluationContext and can be tested by rules of every type.
    private static readonly FieldDefinition[] ContextFields =
    [
        new("designatedForFinancialInterests", FieldKind.Flag, ["false", "true"], FromContext: true),
        new("topOfficial", FieldKind.Flag, ["false", "true"], FromContext: true),
    ];

    private static readonly FrozenDictionary<DeclarationType, FieldDefinition[]> Fields = new Dictionary<DeclarationType, FieldDefinition[]>
    {
        [DeclarationType.Gift] =
        [
            new("valueEur", FieldKind.GiftValue, ["within-limit", "over-limit", "unknown"]),
            C("status", "offered", "accepted", "declined", "promised"),
            C("form", "goods", "money", "voucher", "discount", "service", "hospitality", "business-attention"),
            F("deliveredAtHome"), F("giverAwaitsDecision"), F("duringNegotiation"), F("unexplained"), F("christmasPackage"),
        ],
        [DeclarationType.Invitation] =
        [
            C("kind", "meal", "event", "trip", "conference"),
            F("functional"), F("travelOrStayPaidByOthers"), F("duringNegotiation"), F("newBusinessPartner"),
        ],
        [DeclarationType.SideActivity] =
        [
            F("paid"), F("relatedToOwnWork"), F("organisationDealsWithMunicipality"), F("conflictsWithMunicipalInterests"),
            F("riskOfDamage"), F("duringWorkingHours"), F("usesMunicipalResources"), F("selfEmployedForMunicipality"),
            F("benefitsFromSuppliesToMunicipality"),
        ],
        [DeclarationType.FinancialInterest] =
        [
            F("relatedToOwnWork"), F("organisationDealsWithMunicipality"), F("securities"), F("benefitsFromSuppliesToMunicipality"),
        ],
        [DeclarationType.Relationship] =
        [
            F("withColleague"), F("withExternalRelation"), F("hierarchical"), F("assessEachOthersWork"), F("handlesTheirMatter"), F("integrityRisk"),
        ],
        [DeclarationType.PrivateCircumstance] =
        [
            F("debts"), F("suspectedOfCrime"), F("criminalCircles"), F("raidOrEviction"), F("criminalActivityAtHome"), F("loansToColleagues"),
        ],
        [DeclarationType.FormerColleagueHire] =
        [
            new("monthsSinceLeaving", FieldKind.Months, ["within-period", "after-period", "unknown"]),
            F("selfEmployedOrViaThirdParty"),
        ],
    }.ToFrozenDictionary(p => p.Key, p => (FieldDefinition[])[.. p.Value, .. ContextFields]);

    /// <summary>The most fields any type has, so the evaluator can size one stack buffer for all.</summary>
    internal const int MaxFields = 16;

    /// <summary>The testable fields of a type, context fields last.</summary>
    public static IReadOnlyList<FieldDefinition> For(DeclarationType type) => Fields[type];

    internal static int DeclarationFieldCount(DeclarationType type) => Fields[type].Length - ContextFields.Length;
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
