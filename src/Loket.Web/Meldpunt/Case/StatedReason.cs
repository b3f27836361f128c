using Loket.Web.Infrastructure.Domain;

namespace Loket.Web.Meldpunt.Case;

/// <summary>
/// A reason someone gives for a step that opens or changes who sees a case (taking it, asking for
/// access, deciding that a named person was not meant): long enough to mean something, short enough
/// for its column. One rule for every such step.
/// </summary>
public static class StatedReason
{
    public const int Shortest = 10;
    public const int Longest = 500;

    public static Refusal? Check(string? reason) =>
        string.IsNullOrWhiteSpace(reason) || reason.Trim().Length < Shortest || reason.Length > Longest ? new ReasonOutOfRange() : null;
}
