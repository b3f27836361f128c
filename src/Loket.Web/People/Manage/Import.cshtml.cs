using System.Text;
using Loket.Web.Identity;
using Loket.Web.People.Import;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Loket.Web.People.Manage;

/// <summary>Upload a people CSV: the same import as `loket import people`, for the current municipality.</summary>
[Authorize(Policy = Policies.PeopleAdministration)]
[RequestSizeLimit(MaxBytes + 64 * 1024)]
public sealed class ImportModel(PeopleImporter importer, IAuthorizationService authorization) : PageModel
{
    private const int MaxBytes = 5 * 1024 * 1024;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public ImportResult? Result { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Kies een CSV-bestand om te importeren.");
            return Page();
        }

        if (Upload.Length > MaxBytes)
        {
            ModelState.AddModelError(nameof(Upload), "Het bestand is groter dan 5 MB.");
            return Page();
        }

        using var reader = new StreamReader(Upload.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        // The administrator imports people but does not see the relations register (Policies.Relations).
        var mayRecordRelations = (await authorization.AuthorizeAsync(User, Policies.Relations)).Succeeded;
        Result = await importer.ImportAsync(reader, mayRecordRelations, HttpContext.RequestAborted);
        return Page();
    }
}
