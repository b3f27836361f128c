using Loket.Web.Infrastructure.Documents;
using Loket.Web.Infrastructure.Time;
using Loket.Web.Meldpunt.Case;

namespace Loket.Web.Meldpunt.Redaction;

/// <summary>
/// A copy as it leaves the loket, as text or PDF: a title and a few lines about it that name no one
/// (the case reference, what it was made of, when and for which kind of recipient), then the copy's
/// text. The file name is made the same way, never from an uploaded file's name.
/// </summary>
public static class CopyDocument
{
    public static string Title(Report report) => $"Weggelakte kopie, dossier {report.Reference}";

    public static IReadOnlyList<string> About(RedactedCopy copy, string sourceLabel) =>
    [
        $"Bron: {sourceLabel}",
        $"Gemaakt op {Dutch.DateTime(copy.MadeAt)} voor {copy.Recipient.Dutch()}.",
        $"Weggelakte passages staan er als {Redactor.Marker}. Deel deze kopie alleen met de ontvanger voor wie zij gemaakt is.",
    ];

    public static string FileName(Report report, RedactedCopy copy, string extension) =>
        $"weggelakte-kopie-{report.Reference}-{DutchTime.Local(copy.MadeAt).ToString("yyyyMMdd-HHmm", System.Globalization.CultureInfo.InvariantCulture)}{extension}";

    public static string AsText(Report report, RedactedCopy copy, string sourceLabel, string text) =>
        string.Join('\n', [Title(report), .. About(copy, sourceLabel), string.Empty, text]) + "\n";

    public static byte[] AsPdf(Report report, RedactedCopy copy, string sourceLabel, string text) =>
        TaggedPdf.Write(Title(report), About(copy, sourceLabel), text, copy.MadeAt);
}
