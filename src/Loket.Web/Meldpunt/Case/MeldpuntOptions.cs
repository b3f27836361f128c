namespace Loket.Web.Meldpunt.Case;

/// <summary>Settings of the reporting desk.</summary>
public sealed class MeldpuntOptions
{
    public const string Section = "Meldpunt";

    /// <summary>
    /// Acknowledge every report at once with a standard message in the reporter's inbox (meets the
    /// 7-day clock; Wbk art. 2 allows it). Off by default: a desk that answers in person is kinder.
    /// </summary>
    public bool AutoAcknowledge { get; set; }

    /// <summary>All files a reporter sends with one report together, at most (megabytes).</summary>
    public int CaseFileQuotaMegabytes { get; set; } = 50;

    /// <summary>
    /// All files reporters send to one municipality's desk in 24 hours, at most (megabytes): what fills the
    /// disk from outside is bounded per day, whatever number of reports an attacker files.
    /// </summary>
    public int MunicipalityFileQuotaMegabytesPerDay { get; set; } = 500;

    /// <summary>Megabytes of files one client (a keyed hash of its address, in memory) may send per hour.</summary>
    public int UploadMegabytesPerAddressPerHour { get; set; } = 60;
}
