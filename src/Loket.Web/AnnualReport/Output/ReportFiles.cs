using System.Globalization;
using System.Text;

namespace Loket.Web.AnnualReport.Output;

/// <summary>File names for the report's downloads, and the note that explains them to a reader.</summary>
public static class ReportFiles
{
    /// <summary>"integriteitsjaarverslag-2026-leidschendam-voorburg".</summary>
    public static string BaseName(AnnualReportDocument document) =>
        string.Create(CultureInfo.InvariantCulture, $"integriteitsjaarverslag-{document.Year}-{Slug(document.Municipality)}");

    /// <summary>Each table with a file name, numbered in the report's order: "03-meldingen-per-categorie.csv".</summary>
    public static IEnumerable<(ReportTable Table, string Name)> Tables(AnnualReportDocument document, string extension) =>
        document.Sections.SelectMany(s => s.Tables).Select((table, i) =>
            (table, string.Create(CultureInfo.InvariantCulture, $"{i + 1:00}-{Slug(table.Title)}{extension}")));

    public static string ReadMe(AnnualReportDocument document, string extension)
    {
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Integriteitsjaarverslag {document.Year}, {document.Municipality} ({document.Status})")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"\"< {document.SuppressionThreshold}\" betekent: minder dan {document.SuppressionThreshold}. Kleine aantallen worden niet getoond, zodat niemand herkenbaar is;")
            .AppendLine("waar nodig is ook een ander getal afgeschermd, zodat het verborgen getal niet uit totalen of andere jaren terug te rekenen is.")
            .AppendLine("\"×\" betekent: weggelaten omdat een klein aantal anders uit de totalen terug te rekenen zou zijn (dit getal is zelf niet klein).")
            .AppendLine("\"n.v.t.\" betekent: er is niets te tellen of te meten (bijvoorbeeld een doorlooptijd zonder afgeronde zaken).")
            .AppendLine("Getallen hebben een decimale komma; de eenheid staat tussen haakjes achter de omschrijving.")
            .AppendLine();
        foreach (var section in document.Sections)
        {
            text.AppendLine(section.Title);
            foreach (var (table, name) in Tables(document, extension).Where(t => section.Tables.Contains(t.Table)))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {name}: {table.Title}{(table.Note is { } note ? " (" + note + ")" : "")}");
            }
        }

        return text.ToString();
    }

    /// <summary>Lower case letters and digits joined by hyphens; accents dropped ("Één" → "een").</summary>
    public static string Slug(string text)
    {
        var slug = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                slug.Append(c);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().Trim('-') is { Length: > 0 } done ? done[..Math.Min(done.Length, 60)].TrimEnd('-') : "tabel";
    }
}
