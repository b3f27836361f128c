using System.Text;
using Loket.Web.Declarations;
using Loket.Web.Identity;
using Loket.Web.Infrastructure;
using Loket.Web.Infrastructure.Csv;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Registers;

/// <summary>The officer's exports of a register, with the page's filters; every export is in the audit trail.</summary>
public static class RegisterExports
{
    public static void MapRegisterExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/registers/{soort}/export.csv", async (string soort, [AsParameters] RegisterFilterParameters filter, HttpRequest request, LoketDbContext db, TimeProvider time, CancellationToken cancellationToken) =>
        {
            if (DeclarationKinds.FromRegisterSlug(soort) is not { } kind)
            {
                return Results.NotFound();
            }

            var (query, problems) = filter.ToQuery(request.Query);
            if (query is null)
            {
                return Refused(problems);
            }

            var rows = await RowsAsync(query, kind, db, time, cancellationToken);
            await db.RecordEventAsync("Export", nameof(EmployeeDeclaration), kind.RegisterSlug, $"register {kind.RegisterTitle} als CSV ({rows.Count} regels)", cancellationToken: cancellationToken);
            var csv = CsvWriter.Write(RegisterRow.Header(kind.Type), rows.Select(r => r.Cells(kind.Type)));
            return Results.File(Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", $"{kind.RegisterSlug}.csv");
        }).RequireAuthorization(Policies.IntegrityOfficer);

        app.MapGet("/registers/{soort}/export.xlsx", async (string soort, [AsParameters] RegisterFilterParameters filter, HttpRequest request, LoketDbContext db, TimeProvider time, CancellationToken cancellationToken) =>
        {
            if (DeclarationKinds.FromRegisterSlug(soort) is not { } kind)
            {
                return Results.NotFound();
            }

            var (query, problems) = filter.ToQuery(request.Query);
            if (query is null)
            {
                return Refused(problems);
            }

            var rows = await RowsAsync(query, kind, db, time, cancellationToken);
            await db.RecordEventAsync("Export", nameof(EmployeeDeclaration), kind.RegisterSlug, $"register {kind.RegisterTitle} als XLSX ({rows.Count} regels)", cancellationToken: cancellationToken);
            var xlsx = XlsxWriter.Write(kind.RegisterTitle, RegisterRow.Header(kind.Type), rows.Select(r => r.Values(kind.Type)));
            return Results.File(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{kind.RegisterSlug}.xlsx");
        }).RequireAuthorization(Policies.IntegrityOfficer);
    }

    private static async Task<List<RegisterRow>> RowsAsync(RegisterQuery query, DeclarationKinds.Kind kind, LoketDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var matching = await query.ApplyAsync(db, kind.Type, time.Today(), cancellationToken);
        return await matching.Select(RegisterRow.Projection).ToListAsync(cancellationToken);
    }

    /// <summary>A link with a period that cannot be asked: the same Dutch words the page shows at the field.</summary>
    private static IResult Refused(IEnumerable<(string Field, string Message)> problems) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Deze periode kan niet worden geëxporteerd.",
            detail: string.Join(" ", problems.Select(p => p.Message)));

    /// <summary>
    /// The query string of the register page (q, status, verdict, current, tegenoordeel, tepubliceren, jaar, gever,
    /// and the dates van and tot). The page links here with its dates in ISO 8601; a date is read as the page reads
    /// it, from its boxes (van.Day, van.Month, van.Year) or one text (<see cref="DutchDate.FromBoxesOrText"/>).
    /// </summary>
    public sealed record RegisterFilterParameters(
        [FromQuery(Name = "q")] string? Q,
        [FromQuery(Name = "status")] DeclarationStatus? Status,
        [FromQuery(Name = "verdict")] Loket.Policy.Verdict? Verdict,
        [FromQuery(Name = "current")] bool? Current,
        [FromQuery(Name = "tegenoordeel")] bool? AgainstVerdict,
        [FromQuery(Name = "tepubliceren")] bool? ToPublish,
        [FromQuery(Name = "jaar")] string? Year,
        [FromQuery(Name = "gever")] string[]? Givers)
    {
        /// <summary>The page's query, or null with what is wrong in Dutch.</summary>
        public (RegisterQuery? Query, IReadOnlyList<(string Field, string Message)> Problems) ToQuery(IQueryCollection query)
        {
            DutchDate.Result Date(string name) => DutchDate.FromBoxesOrText(query[$"{name}.Day"], query[$"{name}.Month"], query[$"{name}.Year"], query[name]);
            var (from, until) = (Date("van"), Date("tot"));
            List<(string Field, string Message)> problems = [];
            if (from.Error is { } fromError)
            {
                problems.Add(("van", $"Van: {fromError}"));
            }

            if (until.Error is { } untilError)
            {
                problems.Add(("tot", $"Tot en met: {untilError}"));
            }

            int? year = null;
            if (!string.IsNullOrWhiteSpace(Year))
            {
                if (int.TryParse(Year, System.Globalization.NumberStyles.None, DutchTime.Culture, out var y))
                {
                    year = y;
                }
                else
                {
                    problems.Add(("jaar", "Het jaar moet een getal zijn, bijvoorbeeld 2026."));
                }
            }

            var asked = new RegisterQuery
            {
                Q = Q,
                Status = Status,
                Verdict = Verdict,
                Current = Current ?? false,
                AgainstVerdict = AgainstVerdict ?? false,
                ToPublish = ToPublish ?? false,
                From = from.Date,
                Until = until.Date,
                Year = year,
                Givers = [.. Givers ?? []],
            };
            problems.AddRange(asked.Problems());
            return (problems.Count == 0 ? asked : null, problems);
        }
    }
}
