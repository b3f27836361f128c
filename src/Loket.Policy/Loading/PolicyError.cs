namespace Loket.Policy;

/// <summary>One problem in a policy file, with the line it is on.</summary>
public sealed record PolicyError(string File, int Line, string Message)
{
    /// <summary>The <c>file:line: message</c> form editors and terminals understand.</summary>
    public override string ToString() => $"{File}:{Line}: {Message}";
}
