using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace Loket.Web.Infrastructure.Web;

/// <summary>
/// Every request body has a ceiling: the endpoint's own ([RequestSizeLimit] on the pages that take
/// files) or a small default that fits the longest text any form or API call accepts. Kestrel's own
/// default (30 MB) let a 25 MB "subject" through to the database. A body announced as larger is
/// refused with 413 before anything reads it; a streamed one is cut off by the server at the same size.
/// </summary>
public static class RequestBodyLimits
{
    /// <summary>The longest text field is 20,000 characters; URL-encoded that stays well under this.</summary>
    public const long DefaultBytes = 1024 * 1024;

    public static IApplicationBuilder UseRequestBodyLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        // The Dutch error page re-executed for a refused request must not be refused again (it would
        // answer an empty 413); it reads no body (no antiforgery, no form binding).
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null)
        {
            await next(context);
            return;
        }

        var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? DefaultBytes;
        if (context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        await next(context);
    });
}
