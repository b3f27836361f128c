namespace Loket.Web.Meldpunt.Reporting;

/// <summary>
/// A guessing wave the desks were told about: many wrong receipt codes in a short time. Belongs to no
/// municipality (a wrong code points at no case); kept so that several nodes, or a wave that goes on,
/// mail the desks once. Holds no address and no code.
/// </summary>
public sealed class GuessingAlert
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>When the wave crossed the threshold and the desks were mailed.</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>Wrong codes counted in the window at that moment, on the node that saw it.</summary>
    public int Failures { get; set; }
}
