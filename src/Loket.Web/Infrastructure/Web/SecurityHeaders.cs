using Loket.Web.Identity;

namespace Loket.Web.Infrastructure.Web;

/// <summary>
/// Security headers on every response. Scripts only from our own origin (no inline script);
/// styles likewise, so tenant branding is served as a stylesheet, not inlined.
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>
    /// The policy, built once at start. Browsers apply form-action to the redirects that follow a form
    /// post, so the SSO button (post → provider) and SSO logout need each configured provider's origin.
    /// </summary>
    public static string ContentSecurityPolicy(IConfiguration configuration)
    {
        var providers = TenantOidcOptions.Read(configuration).Values
            .Select(o => Uri.TryCreate(o.Authority, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : null)
            .OfType<string>().Distinct().Order(StringComparer.Ordinal);
        var formAction = string.Join(' ', new[] { "'self'" }.Concat(providers));
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
            $"connect-src 'self'; form-action {formAction}; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";
    }

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app, IConfiguration configuration)
    {
        var contentSecurityPolicy = ContentSecurityPolicy(configuration);
        return app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = contentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            if (!headers.ContainsKey("Cache-Control"))
            {
                // Pages carry personal data: never kept by shared caches or the back button of a shared PC.
                headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        });
        await next();
    });
    }
}
