using System.Text;
using Loket.Web.Infrastructure;
using Loket.Web.Infrastructure.Csv;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Time;

namespace Loket.Web.Public;

/// <summary>
/// The public register as open data (JSON and CSV), the same fields as the page; an activity that has not
/// begun is marked (<c>actueel: false</c>, "gaat in op …"), as the page shows it apart.
/// </summary>
public static class PublicSideActivityEndpoints
{
    public static void MapPublicSideActivities(this IEndpointRouteBuilder app)
    {
        app.MapGet("/openbaar/{slug}/nevenwerkzaamheden.json", async (string slug, LoketDbContext db, TimeProvider time, CancellationToken cancellationToken) =>
            await PublicSideActivities.ReadAsync(db, slug, time.Today(), cancellationToken) is { } register
                ? Results.Ok(new
                {
                    gemeente = register.TenantName,
                    laatstGewijzigd = register.LastChanged,
                    nevenwerkzaamheden = register.Entries.Select(e => new
                    {
                        naam = e.Name,
                        functie = e.Function,
                        organisatie = e.Organisation,
                        rol = e.Role,
                        bezoldiging = e.Paid,
                        begin = e.Start,
                        einde = e.End,
                        gepubliceerd = e.Published,
                        actueel = e.Current,
                    }),
                })
                : Results.NotFound()).AllowAnonymous();

        app.MapGet("/openbaar/{slug}/nevenwerkzaamheden.csv", async (string slug, LoketDbContext db, TimeProvider time, CancellationToken cancellationToken) =>
        {
            if (await PublicSideActivities.ReadAsync(db, slug, time.Today(), cancellationToken) is not { } register)
            {
                return Results.NotFound();
            }

            var csv = CsvWriter.Write(
                ["Naam", "Functie", "Organisatie", "Rol", "Bezoldiging", "Begin", "Einde", "Gepubliceerd", "Status"],
                register.Entries.Select(e => new[]
                {
                    e.Name, e.Function, e.Organisation, e.Role, e.Paid, IsoDates.Text(e.Start), IsoDates.Text(e.End), IsoDates.Text(DutchTime.Day(e.Published)), e.State,
                }));
            return Results.File(Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", $"nevenwerkzaamheden-{slug}.csv");
        }).AllowAnonymous();
    }

}
