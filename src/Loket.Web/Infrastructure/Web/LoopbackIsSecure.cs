using System.Net;

namespace Loket.Web.Infrastructure.Web;

/// <summary>
/// Browsers treat http://127.0.0.1 and http://localhost as a secure context and keep Secure cookies
/// there. The app does the same, so the embedded default (http://127.0.0.1:5000) runs with exactly
/// the cookie and antiforgery settings of production (Secure, __Host- prefix) instead of weaker ones.
/// Only a direct loopback connection qualifies: anything that came through a proxy (which says
/// X-Forwarded-Proto) or over the network keeps its real scheme.
/// </summary>
internal static class LoopbackIsSecure
{
    public static IApplicationBuilder UseLoopbackAsSecureContext(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var connection = context.Connection;
        if (!context.Request.IsHttps
            && !context.Request.Headers.ContainsKey("X-Forwarded-Proto")
            && connection.RemoteIpAddress is { } remote && IPAddress.IsLoopback(remote)
            && connection.LocalIpAddress is { } local && IPAddress.IsLoopback(local))
        {
            context.Request.Scheme = Uri.UriSchemeHttps;
        }

        return next(context);
    });
}
