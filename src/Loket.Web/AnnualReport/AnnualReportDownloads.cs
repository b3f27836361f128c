using Loket.Web.AnnualReport.Output;
using Loket.Web.Identity;
using Loket.Web.Infrastructure.Database;

namespace Loket.Web.AnnualReport;

/// <summary>
/// The report's files (issue 18.3): the tagged PDF, the CSV of every table in one ZIP, the workbook. Each is
/// the same document the page shows to this reader (<see cref="ReportChain.ReadAsync"/>), and each download
/// is in the audit trail. A year this reader may not see yet (a draft, for the gemeentesecretaris) is not found.
/// </summary>
public static class AnnualReportDownloads
{
    public static void MapAnnualReportDownloads(this IEndpointRouteBuilder app)
    {
        var files = app.MapGroup("/jaarverslag").RequireAuthorization(AnnualReportServices.Readers);
        files.MapGet("/{year:int}.pdf", (int year, HttpContext http, ReportChain chain, LoketDbContext db) =>
            FileAsync(year, http, chain, db, "PDF", d => (AnnualReportPdf.Write(d), "application/pdf", AnnualReportPdf.FileName(d))));
        files.MapGet("/{year:int}.csv.zip", (int year, HttpContext http, ReportChain chain, LoketDbContext db) =>
            FileAsync(year, http, chain, db, "CSV", d => (AnnualReportCsv.Zip(d), "application/zip", AnnualReportCsv.ZipFileName(d))));
        files.MapGet("/{year:int}.xlsx", (int year, HttpContext http, ReportChain chain, LoketDbContext db) =>
            FileAsync(year, http, chain, db, "XLSX", d => (AnnualReportXlsx.Write(d), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", AnnualReportXlsx.FileName(d))));
    }

    /// <summary>Coordinators and the auditor read drafts; the gemeentesecretaris the adopted report only.</summary>
    public static bool ReadsDrafts(System.Security.Claims.ClaimsPrincipal user) =>
        user.HasClaim(LoketClaims.Role, nameof(Role.IntegrityOfficer)) || user.HasClaim(LoketClaims.Role, nameof(Role.Auditor));

    private static async Task<IResult> FileAsync(int year, HttpContext http, ReportChain chain, LoketDbContext db, string format,
        Func<AnnualReportDocument, (byte[] Bytes, string Type, string Name)> render)
    {
        if (year is < 2000 or > 2100 || (await chain.ReadAsync(year, ReadsDrafts(http.User))).Document is not { } document)
        {
            return Results.NotFound();
        }

        var (bytes, type, name) = render(document);
        await db.RecordEventAsync("Export", nameof(AdoptedReport), year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"jaarverslag {year} als {format} ({document.Status})");
        return Results.File(bytes, type, name);
    }
}
