using System.Text;
using Loket.Web.Declarations;
using Loket.Web.Identity;
using Loket.Web.Infrastructure;
using Loket.Web.Infrastructure.Csv;
using Loket.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Registers;

/// <summary>The officer's exports of a register, with the page's filters; every export is in the audit trail.</summary>
public static class RegisterExports
{
    public static void MapRegisterExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/registers/{soort}/export.csv", async (string soort, [AsParameters] RegisterFilterParameters filter, LoketDbContext db, TimeProvider time, CancellationToken cancellationToken) =>
        {
            if (DeclarationKinds.FromRegisterSlug(soort) is not { } kind)
            {
                return Results.NotFound();
            }

            var (rows, answers) = await RowsAsync(filter, kind, db, time, cancellationToken);
            await db.RecordEventAsync("Export", nameof(EmployeeDeclaration), kind.RegisterSlug, $"register {kind.RegisterTitle} als CSV ({rows.Count} regels)", cancellationToken: cancellationToken);
            var csv = CsvWriter.Write([.. RegisterRow.Header, .. AnswerColumns.Header(kind.Type)],
                rows.Select(r => r.Cells().Concat(AnswerColumns.Cells(kind.Type, answers.GetValueOrDefault(r.Id)))));
            return Results.File(Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", $"{kind.RegisterSlug}.csv");
        }).RequireAuthorization(Policies.IntegrityOfficer);

        app.MapGet("/registers/{soort}/export.xlsx", async (string soort, [AsParameters] RegisterFilterParameters filter, LoketDbContext db, TimeProvider time, CancellationToken cancellationToken) =>
        {
            if (DeclarationKinds.FromRegisterSlug(soort) is not { } kind)
            {
                return Results.NotFound();
            }

            var (rows, answers) = await RowsAsync(filter, kind, db, time, cancellationToken);
            await db.RecordEventAsync("Export", nameof(EmployeeDeclaration), kind.RegisterSlug, $"register {kind.RegisterTitle} als XLSX ({rows.Count} regels)", cancellationToken: cancellationToken);
            var xlsx = XlsxWriter.Write(kind.RegisterTitle, [.. RegisterRow.Header, .. AnswerColumns.Header(kind.Type)],
                rows.Select(r => r.Values().Concat(AnswerColumns.Cells(kind.Type, answers.GetValueOrDefault(r.Id)))));
            return Results.File(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{kind.RegisterSlug}.xlsx");
        }).RequireAuthorization(Policies.IntegrityOfficer);
    }

    // The answers only for exports (the page does not show them), read by id beside the rows.
    private static async Task<(List<RegisterRow> Rows, Dictionary<Guid, string> Answers)> RowsAsync(
        RegisterFilterParameters filter, DeclarationKinds.Kind kind, LoketDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var matching = await filter.ToQuery().ApplyAsync(db, kind.Type, time.Today(), cancellationToken);
        var rows = await matching.Select(RegisterRow.Projection).ToListAsync(cancellationToken);
        var answers = await matching.Select(d => new { d.Id, d.Answers }).ToDictionaryAsync(d => d.Id, d => d.Answers, cancellationToken);
        return (rows, answers);
    }

    /// <summary>The query string of the register page (q, status, verdict, current, tegenoordeel).</summary>
    public sealed record RegisterFilterParameters(
        [FromQuery(Name = "q")] string? Q,
        [FromQuery(Name = "status")] DeclarationStatus? Status,
        [FromQuery(Name = "verdict")] Loket.Policy.Verdict? Verdict,
        [FromQuery(Name = "current")] bool? Current,
        [FromQuery(Name = "tegenoordeel")] bool? AgainstVerdict)
    {
        public RegisterQuery ToQuery() => new() { Q = Q, Status = Status, Verdict = Verdict, Current = Current ?? false, AgainstVerdict = AgainstVerdict ?? false };
    }
}
