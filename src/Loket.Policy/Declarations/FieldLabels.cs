namespace Loket.Policy;

/// <summary>
/// The Dutch question a form asks for each declaration field, so the web app and the CLI word the
/// questions the same way as the policy files test them. Read from the fields' own declarations.
/// </summary>
public static class FieldLabels
{
    /// <summary>The Dutch question for a field name, e.g. "deliveredAtHome".</summary>
    public static string Question(string field) =>
        DeclarationFields.Question(field) ?? throw new KeyNotFoundException($"Geen vraag voor veld '{field}'.");
}
