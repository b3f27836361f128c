namespace Loket.Web.Infrastructure.Web;

/// <summary>People get Dutch error pages; callers of /api get ProblemDetails. This tells them apart.</summary>
internal static class ApiErrors
{
    public static bool IsApi(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    public static string DutchTitle(int status) => status switch
    {
        400 => "Het verzoek is niet juist.",
        401 => "Je bent niet ingelogd.",
        403 => "Je hebt geen toegang.",
        404 => "Niet gevonden.",
        405 => "Deze methode is hier niet toegestaan.",
        429 => "Te veel verzoeken; probeer het later opnieuw.",
        _ when status >= 500 => "Er ging iets mis aan onze kant.",
        _ => "Er ging iets mis.",
    };
}
