using System.Text.RegularExpressions;
using Loket.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Tenants;

/// <summary>
/// A municipality's colours as a stylesheet of design-token overrides. Served as a file (not an
/// inline style) so the Content-Security-Policy needs no 'unsafe-inline'.
/// </summary>
internal static partial class BrandingEndpoint
{
    public static void MapBranding(this IEndpointRouteBuilder app) =>
        app.MapGet("/huisstijl/{slug}.css", async (string slug, LoketDbContext db, HttpContext http) =>
        {
            var color = await db.Tenants.Where(t => t.Slug == slug).Select(t => t.PrimaryColor).FirstOrDefaultAsync();
            if (color is null || !HexColor().IsMatch(color))
            {
                return Results.NotFound();
            }

            http.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Text(
                $$"""
                .loket-tenant {
                  --loket-primary: {{color}};
                  --utrecht-button-primary-action-background-color: {{color}};
                  --utrecht-link-color: {{color}};
                  --utrecht-page-header-background-color: {{color}};
                }
                """, "text/css");
        }).AllowAnonymous();

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex HexColor();
}
