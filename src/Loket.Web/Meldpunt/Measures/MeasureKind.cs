namespace Loket.Web.Meldpunt.Measures;

/// <summary>
/// The fixed categories of measures the annual report counts (instruments.md 1.4 E1 and E2, after the
/// Defensie and Noord-Holland figures): personal measures decided by the competent person with HR, and
/// organisational ones. Stored by name; new categories are added at the end of their group.
/// </summary>
public enum MeasureKind
{
    NoMeasure,
    Reprimand,
    WrittenWarning,
    Transfer,
    Suspension,
    ConditionalDismissal,
    SummaryDismissal,
    OtherPersonal,
    ProcedureChanged,
    TrainingGiven,
    OtherOrganisational,
}

public static class MeasureKinds
{
    public static readonly IReadOnlyList<MeasureKind> Personal =
    [
        MeasureKind.NoMeasure, MeasureKind.Reprimand, MeasureKind.WrittenWarning, MeasureKind.Transfer, MeasureKind.Suspension,
        MeasureKind.ConditionalDismissal, MeasureKind.SummaryDismissal, MeasureKind.OtherPersonal,
    ];

    public static readonly IReadOnlyList<MeasureKind> Organisational = [MeasureKind.ProcedureChanged, MeasureKind.TrainingGiven, MeasureKind.OtherOrganisational];

    public static bool IsPersonal(this MeasureKind kind) => Personal.Contains(kind);

    /// <summary>A sanction on a person: anything personal except "no measure".</summary>
    public static bool IsSanction(this MeasureKind kind) => kind.IsPersonal() && kind != MeasureKind.NoMeasure;

    /// <summary>"Other" says what it was; the fixed categories need no words.</summary>
    public static bool NeedsDescription(this MeasureKind kind) => kind is MeasureKind.OtherPersonal or MeasureKind.OtherOrganisational;

    public static string Dutch(this MeasureKind kind) => kind switch
    {
        MeasureKind.NoMeasure => "Geen maatregel",
        MeasureKind.Reprimand => "Berisping",
        MeasureKind.WrittenWarning => "Schriftelijke waarschuwing",
        MeasureKind.Transfer => "Overplaatsing",
        MeasureKind.Suspension => "Schorsing",
        MeasureKind.ConditionalDismissal => "Voorwaardelijk ontslag",
        MeasureKind.SummaryDismissal => "Ontslag op staande voet",
        MeasureKind.OtherPersonal => "Andere maatregel voor de betrokkene",
        MeasureKind.ProcedureChanged => "Werkwijze of procedure aangepast",
        MeasureKind.TrainingGiven => "Training of voorlichting gegeven",
        MeasureKind.OtherOrganisational => "Andere organisatorische maatregel",
        _ => kind.ToString(),
    };
}
