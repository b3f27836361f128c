using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Loket.Web.Meldpunt;

/// <summary>
/// Shows the receipt code, and keeps showing it (from the encrypted temp-data cookie, never the
/// database) until the reporter confirms they saved it; after that it exists nowhere readable.
/// </summary>
[AllowAnonymous]
public sealed class ReceivedModel(InboxSession inbox) : PageModel
{
    public string? Code { get; private set; }

    [BindProperty]
    public bool Saved { get; set; }

    public void OnGet() => Code = TempData.Peek(NewModel.ReceiptKey) as string;

    public IActionResult OnPost()
    {
        if (!Saved)
        {
            ModelState.AddModelError(nameof(Saved), "Bevestig dat je de code hebt bewaard. Zonder code kun je je melding niet meer volgen.");
            Code = TempData.Peek(NewModel.ReceiptKey) as string;
            return Page();
        }

        if (Guid.TryParse(TempData[NewModel.ReceiptReportKey]?.ToString(), out var reportId))
        {
            inbox.Open(Response, reportId);
        }

        TempData.Remove(NewModel.ReceiptKey);
        return Redirect("/melden/inbox");
    }
}
