using System.Text;
using Microsoft.AspNetCore.Diagnostics;

namespace Loket.Web.Infrastructure.Web;

/// <summary>
/// No text a person types contains a NUL character, and PostgreSQL refuses to store or compare one
/// (the query failed with a 500). A request that carries one, in its address, a form field or a JSON
/// body, is refused with 400 before any page or endpoint sees it. Runs after the body size limit, so
/// the body it reads is already bounded.
/// </summary>
public static class NulCharacters
{
    public static IApplicationBuilder UseNulCharacterRefusal(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        // The error page re-executed for a refused request is not checked again (it would refuse itself).
        var reExecuted = context.Features.Get<IExceptionHandlerFeature>() is not null || context.Features.Get<IStatusCodeReExecuteFeature>() is not null;
        if (!reExecuted && await CarriesNulAsync(context.Request))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        await next(context);
    });

    private static async Task<bool> CarriesNulAsync(HttpRequest request)
    {
        if (request.Path.Value?.Contains('\0', StringComparison.Ordinal) == true
            || request.Query.Any(q => q.Key.Contains('\0', StringComparison.Ordinal) || q.Value.Any(v => v?.Contains('\0', StringComparison.Ordinal) == true)))
        {
            return true;
        }

        if (request.HasFormContentType)
        {
            // Reading the form here is the same read the page would do; the result is cached for it.
            // A body that is no form at all (a broken multipart boundary) is a bad request too; one that
            // is too large still ends as 413 (BadHttpRequestException, InvalidDataException).
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync();
            }
            catch (IOException broken) when (broken is not BadHttpRequestException)
            {
                return true;
            }
            catch (InvalidDataException unreadable) when (!unreadable.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
            {
                // Not a size limit (those stay 413) but a value the form reader cannot decode.
                return true;
            }

            return form.Any(f => f.Key.Contains('\0', StringComparison.Ordinal) || f.Value.Any(v => v?.Contains('\0', StringComparison.Ordinal) == true));
        }

        if (request.HasJsonContentType())
        {
            request.EnableBuffering();
            using var reader = new StreamReader(request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
            var body = await reader.ReadToEndAsync();
            request.Body.Position = 0;
            // JSON can carry a NUL only as the escape \u0000 (a raw one is invalid JSON and refused anyway).
            return body.Contains("\\u0000", StringComparison.OrdinalIgnoreCase) || body.Contains('\0', StringComparison.Ordinal);
        }

        return false;
    }
}
