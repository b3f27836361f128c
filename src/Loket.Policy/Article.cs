namespace Loket.Policy;

/// <summary>An article of a code of conduct (or of the law, when the code leaves a question to it).</summary>
/// <param name="Id">The id as the code itself numbers it, e.g. "4.3", "toel. 4", "3.1 regel 6".</param>
/// <param name="Excerpt">A short verbatim Dutch excerpt of the original.</param>
/// <param name="IsLaw">The article is a statute (Ambtenarenwet, Wetboek van Strafrecht), not the code.</param>
public sealed record Article(string Id, string Title, string Excerpt, bool IsLaw = false);
