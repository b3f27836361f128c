using Loket.Policy;
using Loket.Web.Identity;
using Loket.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Declarations;

/// <summary>Downloads a declaration's file for those who may read the declaration; 404 for everyone else.</summary>
public static class DeclarationAttachmentEndpoints
{
    public static void MapDeclarationAttachments(this IEndpointRouteBuilder app)
    {
        app.MapGet("/meldingen/{id:guid}/bijlagen/{attachmentId:guid}", async (Guid id, Guid attachmentId, HttpContext http, LoketDbContext db, CancellationToken cancellationToken) =>
        {
            var declaration = await db.Declarations.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
            if (declaration is null || !await DeclarationAccess.MayReadAsync(db, http.User, declaration, cancellationToken))
            {
                return Results.NotFound();
            }

            var file = await db.DeclarationAttachments.AsNoTracking()
                .FirstOrDefaultAsync(a => a.Id == attachmentId && a.DeclarationId == id, cancellationToken);
            if (file is null)
            {
                return Results.NotFound();
            }

            if (DeclarationAccess.IsSensitive(declaration.Type))
            {
                await db.RecordEventAsync("Read", nameof(DeclarationAttachment), file.Id.ToString(), $"bijlage bij {declaration.Type.DutchLabel()} gedownload", cancellationToken: cancellationToken);
            }

            // Always a download with the sniffed type: the browser never renders an uploaded file inside our origin.
            http.Response.Headers.CacheControl = "private, no-store";
            return Results.File(file.Content, file.ContentType, file.FileName);
        }).RequireAuthorization(Policies.Member);
    }
}
