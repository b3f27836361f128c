namespace Loket.Policy;

/// <summary>
/// One difference between two versions of a code, as the integrity officer reads it before approving:
/// the article it is about (null for the document's own data) and a Dutch sentence, e.g.
/// <c>4.3</c> and "grens € 50 → € 75".
/// </summary>
public sealed record PolicyChange(string? ArticleId, string Text)
{
    /// <summary>"Leiden 4.3: grens € 50 → € 75": the change with the municipality and article in front.</summary>
    public string Line(string tenantName) => ArticleId is null ? $"{tenantName}: {Text}" : $"{tenantName} {ArticleId}: {Text}";
}
