using System.Diagnostics;
using Loket.Web.Declarations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Loket.Web.Errors;

/// <summary>Dutch error pages for people. Never shows an exception: only a reference to find it in the log.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = string.Empty;

    public string Explanation { get; private set; } = string.Empty;

    public string? Reference { get; private set; }

    public void OnGet(int? status) => Describe(status);

    // Re-executed failed posts arrive here as posts.
    public void OnPost(int? status) => Describe(status);

    // The reporting desk's pages take one file of their own size; their refusal should not speak of opgaven.
    private bool FromReportingDesk() =>
        (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerPathFeature>()?.Path
            ?? HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>()?.OriginalPath ?? string.Empty)
            .StartsWith("/melden", StringComparison.OrdinalIgnoreCase);

    private void Describe(int? status)
    {
        // Without a status in the address this is the exception handler's re-execution: it has set the status.
        var code = status ?? Response.StatusCode;
        if (code < 400 || code > 599)
        {
            // An address like /fout/abc or /fout/99 (or a posted status) describes no error of ours: keep the
            // one the pipeline set, or say there is nothing here, never invent a server error.
            code = Response.StatusCode is >= 400 and <= 599 ? Response.StatusCode : StatusCodes.Status404NotFound;
        }

        Response.StatusCode = code;
        (Title, Explanation) = code switch
        {
            400 when FromReportingDesk() => ("Verzoek niet begrepen", $"Het verzoek kon niet worden verwerkt; er is niets opgeslagen. Had je een bestand gekozen, dan was het misschien te groot: een bestand bij je melding is hoogstens {DeclarationAttachments.Size(Meldpunt.Reporting.ReporterFiles.MaxFileBytes)}. Ga terug met de terugknop van je browser en probeer het opnieuw, met een kleiner bestand of zonder."),
            413 when FromReportingDesk() => ("Te groot om te versturen", $"Wat je meestuurde is groter dan toegestaan: een bestand bij je melding is hoogstens {DeclarationAttachments.Size(Meldpunt.Reporting.ReporterFiles.MaxFileBytes)}. Er is niets opgeslagen, ook je bericht niet. Ga terug met de terugknop van je browser en kies een kleiner bestand, of stuur het in delen."),
            404 => ("Pagina niet gevonden", "Deze pagina bestaat niet, of je hebt er geen toegang toe. Controleer het adres."),
            403 => ("Geen toegang", "Je hebt niet de rol die nodig is voor deze pagina. Denk je dat dit niet klopt? Neem contact op met de beheerder van je gemeente."),
            400 => ("Verzoek niet begrepen", $"Het verzoek kon niet worden verwerkt. Ga terug en probeer het opnieuw. Had je bestanden gekozen, kies dan minder of kleinere: een bijlage is hoogstens {DeclarationAttachments.Size(DeclarationAttachments.MaxFileBytes)} en een opgave heeft hoogstens {DeclarationAttachments.MaxFiles} bijlagen."),
            413 => ("Te groot om te versturen", $"Wat je meestuurde is groter dan toegestaan: een bijlage is hoogstens {DeclarationAttachments.Size(DeclarationAttachments.MaxFileBytes)} en een opgave heeft hoogstens {DeclarationAttachments.MaxFiles} bijlagen. Ga terug met de terugknop van je browser (wat je had ingevuld staat daar meestal nog) en kies minder of kleinere bestanden."),
            429 => ("Even geduld", "Er zijn te veel pogingen gedaan. Wacht een minuut en probeer het opnieuw."),
            _ when code >= 500 => ("Er ging iets mis", "Er ging iets mis aan onze kant. Je gegevens zijn niet verloren gegaan; probeer het later opnieuw."),
            _ => ("Er ging iets mis", "Het verzoek kon niet worden verwerkt."),
        };
        if (code >= 500)
        {
            Reference = Activity.Current?.TraceId.ToString() ?? HttpContext.TraceIdentifier;
        }
    }
}
