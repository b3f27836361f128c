namespace Loket.Web.Meldpunt;

/// <summary>Settings of the reporting desk.</summary>
public sealed class MeldpuntOptions
{
    public const string Section = "Meldpunt";

    /// <summary>
    /// Acknowledge every report at once with a standard message in the reporter's inbox (meets the
    /// 7-day clock; Wbk art. 2 allows it). Off by default: a desk that answers in person is kinder.
    /// </summary>
    public bool AutoAcknowledge { get; set; }
}
