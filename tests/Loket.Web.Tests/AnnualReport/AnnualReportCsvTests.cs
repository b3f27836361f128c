using System.IO.Compression;
using System.Text;
using Loket.Web.AnnualReport.Output;
using Loket.Web.Infrastructure.Csv;

namespace Loket.Web.Tests.AnnualReport;

/// <summary>The CSV of each table: what Dutch Excel opens, every row and cell, "&lt; 5" for a hidden cell.</summary>
public sealed class AnnualReportCsvTests
{
    [Fact]
    public void Every_table_becomes_a_csv_with_its_header_every_row_and_every_cell()
    {
        var document = SampleReport.Build();

        foreach (var table in SampleReport.Tables(document))
        {
            var csv = AnnualReportCsv.Table(document, table);

            Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
            var records = CsvRecords.Read(new StringReader(Encoding.UTF8.GetString(csv))).ToList();
            Assert.Equal(table.Rows.Count + 1, records.Count);
            Assert.Equal(table.RowHeader, records[0].Fields[0]);
            Assert.Equal(table.Columns, records[0].Fields.Skip(1));
            for (var r = 0; r < table.Rows.Count; r++)
            {
                Assert.StartsWith(CsvWriter.Defuse(table.Rows[r].Label), records[r + 1].Fields[0], StringComparison.Ordinal);
                Assert.Equal(table.Rows[r].Cells.Select(c => CellText.Number(c, SampleReport.Threshold)), records[r + 1].Fields.Skip(1));
            }
        }
    }

    [Fact]
    public void A_hidden_cell_reads_less_than_five_and_numbers_have_a_decimal_comma_and_their_unit()
    {
        var document = SampleReport.Build();
        var lines = Encoding.UTF8.GetString(AnnualReportCsv.Table(document, SampleReport.Tables(document).First())).TrimStart('\uFEFF').Split("\r\n");

        Assert.Equal("Onderwerp;2024;2025;2026", lines[0]);
        Assert.Equal("Onderzoeken;6;< 5;7", lines[2]);
        Assert.Equal("Aandeel gegrond (%);50;\"37,5\";n.v.t.", lines[3]);
        Assert.Equal("Meldingen per 100 medewerkers;\"1,2\";\"1,55\";\"0,9\"", lines[4]);
    }

    [Fact]
    public void A_label_that_a_spreadsheet_would_run_as_a_formula_is_defused()
    {
        var document = SampleReport.Build();
        var table = SampleReport.Tables(document).Single(t => t.Key == "extern");

        var text = Encoding.UTF8.GetString(AnnualReportCsv.Table(document, table));

        Assert.Contains("\r\nKosten (€);12500;\"8250,5\";< 5\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\r\n'=SOM(A1:A9);7;8;9\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_zip_holds_one_csv_per_table_in_report_order_and_a_note_on_reading_them()
    {
        var document = SampleReport.Build();

        using var zip = new ZipArchive(new MemoryStream(AnnualReportCsv.Zip(document)));

        Assert.Equal(
            ["01-kerncijfers.csv", "02-meldingen-per-categorie.csv", "03-meldingen-per-maand.csv", "04-doorlooptijden.csv", "05-externe-onderzoeken.csv", "toelichting.txt"],
            zip.Entries.Select(e => e.FullName));
        var tables = SampleReport.Tables(document).ToList();
        for (var i = 0; i < tables.Count; i++)
        {
            using var entry = zip.Entries[i].Open();
            using var copy = new MemoryStream();
            entry.CopyTo(copy);
            Assert.Equal(AnnualReportCsv.Table(document, tables[i]), copy.ToArray());
        }

        using var note = new StreamReader(zip.GetEntry("toelichting.txt")!.Open());
        Assert.Contains("\"< 5\" betekent: minder dan 5", note.ReadToEnd(), StringComparison.Ordinal);
        Assert.Equal("integriteitsjaarverslag-2026-leidschendam-voorburg-tabellen.zip", AnnualReportCsv.ZipFileName(document));
    }
}
