using Loket.Web.AnnualReport.Output;
using MiniExcelLibs;

namespace Loket.Web.Tests.AnnualReport;

/// <summary>The workbook: a contents sheet, then a sheet per table with numbers as numbers and "&lt; 5" as text.</summary>
public sealed class AnnualReportXlsxTests
{
    [Fact]
    public void Every_table_is_a_sheet_with_every_row_and_cell_numbers_as_numbers_and_hidden_cells_as_text()
    {
        var document = SampleReport.Build();

        using var workbook = new MemoryStream(AnnualReportXlsx.Write(document));

        var tables = SampleReport.Tables(document).ToList();
        var sheets = workbook.GetSheetNames();
        Assert.Equal(["Inhoud", "Kerncijfers", "Meldingen per categorie", "Meldingen per maand", "Doorlooptijden", "Externe onderzoeken"], sheets);
        for (var t = 0; t < tables.Count; t++)
        {
            var table = tables[t];
            var rows = workbook.Query(useHeaderRow: false, sheetName: sheets[t + 1]).Cast<IDictionary<string, object?>>().Select(r => r.Values.ToList()).ToList();
            Assert.Equal(table.Rows.Count + 1, rows.Count);
            Assert.Equal([table.RowHeader, .. table.Columns], rows[0].Select(v => v?.ToString()));
            for (var r = 0; r < table.Rows.Count; r++)
            {
                for (var c = 0; c < table.Columns.Count; c++)
                {
                    var cell = table.Rows[r].Cells[c];
                    var read = rows[r + 1][c + 1];
                    if (cell.Suppressed)
                    {
                        Assert.Equal("< 5", read);
                    }
                    else if (cell.Value is { } value)
                    {
                        Assert.Equal((double)value, Assert.IsType<double>(read), 6);
                    }
                    else
                    {
                        Assert.Equal("n.v.t.", read);
                    }
                }
            }
        }
    }

    [Fact]
    public void The_contents_sheet_names_each_table_its_section_and_note_and_explains_the_hidden_cells()
    {
        var document = SampleReport.Build();

        using var workbook = new MemoryStream(AnnualReportXlsx.Write(document));

        var rows = workbook.Query(useHeaderRow: false, sheetName: "Inhoud").Cast<IDictionary<string, object?>>().Select(r => r.Values.Select(v => v?.ToString()).ToList()).ToList();
        Assert.Equal(["Blad", "Hoofdstuk", "Tabel", "Toelichting"], rows[0]);
        Assert.Equal(["Meldingen per categorie", "Meldingen van vermoedens", "Meldingen per categorie", "Een melding valt in één categorie."], rows[2]);
        Assert.Contains(rows, r => r.Any(v => v?.StartsWith("\"< 5\" betekent: minder dan 5", StringComparison.Ordinal) == true));
    }

    [Fact]
    public void A_label_that_a_spreadsheet_would_run_as_a_formula_is_text_with_an_apostrophe()
    {
        var document = SampleReport.Build();

        using var workbook = new MemoryStream(AnnualReportXlsx.Write(document));

        var rows = workbook.Query(useHeaderRow: false, sheetName: "Externe onderzoeken").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal("Kosten (€)", rows[1]["A"]);
        Assert.Equal("'=SOM(A1:A9)", rows[2]["A"]);
    }
}
