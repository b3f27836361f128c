namespace Loket.Web.Onboarding;

public enum OathForm
{
    /// <summary>Eed: "ik zweer".</summary>
    Oath,
    /// <summary>Belofte: "ik verklaar en beloof".</summary>
    Promise,
}

/// <summary>
/// The oath or promise as taken: the formula's text and source as they were that day (a later formula does not
/// rewrite it), eed or belofte, date, place, who took it and the witness (instruments.md §2.1).
/// </summary>
public sealed record OathRecord(
    string FormulaTitle, string FormulaText, string FormulaSource, OathForm Form, DateOnly TakenOn, string Place, string TakenBy, string Witness, DateTimeOffset RecordedAt);

/// <summary>
/// That a VOG was requested and received, against which profile and aspects, and who checked it. Never the
/// document itself: the AVG's minimisation (instruments.md §2.2).
/// </summary>
public sealed record VogRecord(DateOnly RequestedOn, DateOnly? ReceivedOn, string Profile, string? Aspects, string? CheckedBy, DateTimeOffset RecordedAt);

/// <summary>The statement as signed: the municipality's text of that day, its source, and when the person signed it in the product.</summary>
public sealed record SignedStatement(string Title, string Text, string Source, string SignedBy, DateTimeOffset SignedAt);
