namespace Loket.Policy;

/// <summary>A private circumstance that can make you vulnerable ('s-Hertogenbosch 3.1 rules 4-5, 9.3).</summary>
public sealed record PrivateCircumstanceDeclaration : Declaration
{
    public override DeclarationType Type => DeclarationType.PrivateCircumstance;

    /// <summary>Debts or financial obligations you cannot meet, which open you to blackmail.</summary>
    public bool? Debts { get; init; }

    public bool? SuspectedOfCrime { get; init; }

    /// <summary>You or relatives are in criminal circles or a banned organisation.</summary>
    public bool? CriminalCircles { get; init; }

    public bool? RaidOrEviction { get; init; }

    public bool? CriminalActivityAtHome { get; init; }

    public bool? LoansToColleagues { get; init; }

    /// <summary>The questions of this type, in the order rules see them: add a property and its line here, nothing else.</summary>
    public static IReadOnlyList<DeclarationField> Fields { get; } =
    [
        new FlagField<PrivateCircumstanceDeclaration>("debts", "Heb je schulden of betalingsproblemen waarmee iemand je onder druk kan zetten?", d => d.Debts, (d, v) => d with { Debts = v }),
        new FlagField<PrivateCircumstanceDeclaration>("suspectedOfCrime", "Word je verdacht van een strafbaar feit?", d => d.SuspectedOfCrime, (d, v) => d with { SuspectedOfCrime = v }),
        new FlagField<PrivateCircumstanceDeclaration>("criminalCircles", "Zijn jij of familieleden betrokken bij het criminele circuit of een verboden organisatie?", d => d.CriminalCircles, (d, v) => d with { CriminalCircles = v }),
        new FlagField<PrivateCircumstanceDeclaration>("raidOrEviction", "Was er een inval, ontruiming of sluiting van je woning?", d => d.RaidOrEviction, (d, v) => d with { RaidOrEviction = v }),
        new FlagField<PrivateCircumstanceDeclaration>("criminalActivityAtHome", "Vinden er criminele activiteiten plaats in je huis?", d => d.CriminalActivityAtHome, (d, v) => d with { CriminalActivityAtHome = v }),
        new FlagField<PrivateCircumstanceDeclaration>("loansToColleagues", "Heb je geld uitgeleend aan collega's?", d => d.LoansToColleagues, (d, v) => d with { LoansToColleagues = v }),
    ];
}
