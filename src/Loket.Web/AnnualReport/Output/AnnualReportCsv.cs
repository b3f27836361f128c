using System.IO.Compression;
using System.Text;
using Loket.Web.Infrastructure.Csv;

namespace Loket.Web.AnnualReport.Output;

/// <summary>
/// Every table of the report as CSV, one file per table, and all of them in one ZIP. The files are
/// what Dutch Excel opens by double-click: UTF-8 with a byte order mark (without it Excel reads
/// "ë" and "€" as Windows-1252), ";" between cells and a decimal comma, because a Dutch Excel's list
/// separator is ";" (the comma is its decimal sign: a comma-separated file opens as one column).
/// Text is defused by <see cref="CsvWriter"/> so no cell runs as a formula; a suppressed cell is
/// "&lt; 5", never a number. A decimal number comes quoted ("37,5": the shared writer quotes any
/// comma), which Excel still reads as a number.
/// </summary>
public static class AnnualReportCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public const string ZipContentType = "application/zip";

    public static byte[] Table(AnnualReportDocument document, ReportTable table) =>
        Encoding.UTF8.GetBytes(CsvWriter.Write(
            TableLabels.Header(table),
            table.Rows.Select(row => row.Cells.Select(c => CellText.Number(c, document.SuppressionThreshold)).Prepend(TableLabels.Row(row)))));

    /// <summary>One CSV per table, numbered in the report's order, and a Dutch note on how to read them.</summary>
    public static byte[] Zip(AnnualReportDocument document)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (table, name) in ReportFiles.Tables(document, ".csv"))
            {
                Add(zip, name, Table(document, table));
            }

            Add(zip, "toelichting.txt", Encoding.UTF8.GetBytes(ReportFiles.ReadMe(document, ".csv")));
        }

        return stream.ToArray();
    }

    public static string ZipFileName(AnnualReportDocument document) => ReportFiles.BaseName(document) + "-tabellen.zip";

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        entry.Write(content);
    }
}
