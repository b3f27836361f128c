namespace Loket.Web.Infrastructure.Web;

/// <summary>People get Dutch error pages; callers of /api get ProblemDetails. This tells them apart.</summary>
internal static class ApiErrors
{
    public static bool IsApi(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The status for an exception that reached the handler. A request too large (files over the limit)
    /// or malformed is the sender's doing, not a fault of ours: it must not read "er ging iets mis aan onze kant".
    /// </summary>
    public static int StatusFor(Exception exception) => exception switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        // The form reader's limits (multipart body length, value count) throw this.
        InvalidDataException => StatusCodes.Status413PayloadTooLarge,
        _ => StatusCodes.Status500InternalServerError,
    };

    public static string DutchTitle(int status) => status switch
    {
        400 => "Het verzoek is niet juist.",
        413 => "Het verzoek is te groot.",
        401 => "Je bent niet ingelogd.",
        403 => "Je hebt geen toegang.",
        404 => "Niet gevonden.",
        405 => "Deze methode is hier niet toegestaan.",
        429 => "Te veel verzoeken; probeer het later opnieuw.",
        _ when status >= 500 => "Er ging iets mis aan onze kant.",
        _ => "Er ging iets mis.",
    };
}
