namespace Loket.Policy;

/// <summary>Hiring a former colleague, as self-employed or through a third party (Alphen 7).</summary>
public sealed record FormerColleagueHireDeclaration : Declaration
{
    public override DeclarationType Type => DeclarationType.FormerColleagueHire;

    /// <summary>Whole months since the former colleague left the municipality's service.</summary>
    public int? MonthsSinceLeaving { get; init; }

    public bool? SelfEmployedOrViaThirdParty { get; init; }

    /// <summary>The questions of this type, in the order rules see them: add a property and its line here, nothing else.</summary>
    public static IReadOnlyList<DeclarationField> Fields { get; } =
    [
        new MonthsField<FormerColleagueHireDeclaration>("monthsSinceLeaving", "Hoeveel maanden geleden is de ex-collega uit dienst gegaan?", d => d.MonthsSinceLeaving, (d, v) => d with { MonthsSinceLeaving = v }),
        new FlagField<FormerColleagueHireDeclaration>("selfEmployedOrViaThirdParty", "Wordt de ex-collega als zelfstandige of via een derde ingehuurd?", d => d.SelfEmployedOrViaThirdParty, (d, v) => d with { SelfEmployedOrViaThirdParty = v }),
    ];
}
