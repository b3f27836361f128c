using System.ComponentModel.DataAnnotations;
using System.Text;
using Loket.Policy;
using Loket.Web.Identity;
using Loket.Web.Infrastructure;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Files;
using Loket.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.PolicyVersions;

/// <summary>
/// An administrator uploads a new version of the municipality's code with its effective date. The text is
/// checked by the same validator as <c>loket policy validate</c> (<see cref="PolicyFile"/>), errors as
/// <c>file:line: message</c>; after any error the text stays in the text box, so it can be fixed here.
/// A valid version waits for an integrity officer (<see cref="ReviewModel"/>).
/// </summary>
[Authorize(Policy = Policies.Admin)]
[RequestSizeLimit(MaxBytes * 3)]
public sealed class UploadModel(LoketDbContext db, TenantContext tenant, TimeProvider time) : PageModel
{
    /// <summary>The largest code is about 23 kB; ten times that leaves room and stops nonsense.</summary>
    public const int MaxBytes = 256 * 1024;

    private static readonly FileSignature.Accepted YamlText = new([DocumentSignature.Text], "tekstbestand (YAML in UTF-8)", ".yaml,.yml,.txt,text/yaml,text/plain");

    public sealed class NewVersion
    {
        [Required(ErrorMessage = "Vul de dag in waarop de nieuwe versie ingaat.")]
        public DateOnly? EffectiveFrom { get; set; }

        public IFormFile? File { get; set; }

        [StringLength(MaxBytes, ErrorMessage = "De tekst is te lang voor een gedragscode.")]
        public string? Text { get; set; }

        /// <summary>The name of the file first chosen, kept while the text is fixed in the text box.</summary>
        public string? FileName { get; set; }
    }

    [BindProperty]
    public NewVersion Input { get; set; } = new();

    public OwnCode Code { get; private set; } = new("", "");

    public static string Accept => YamlText.AcceptAttribute;

    public async Task OnGetAsync() => Code = await OwnCode.OfAsync(db, tenant);

    public async Task<IActionResult> OnPostAsync()
    {
        Code = await OwnCode.OfAsync(db, tenant);
        // Read before the text is kept: a value put back into ModelState counts as not yet validated.
        var bound = ModelState.IsValid;
        var text = await TextAsync();
        if (text is null || !bound)
        {
            return Page();
        }

        var fileName = string.IsNullOrWhiteSpace(Input.FileName) ? $"{Code.Slug}.yaml" : FileSignature.Readable(Input.FileName);
        Input.FileName = fileName;
        var parsed = PolicyFile.Parse(text, fileName, expectedTenant: Code.Slug);
        if (!parsed.IsValid)
        {
            foreach (var error in parsed.Errors)
            {
                ModelState.AddModelError("Input.Text", error.ToString());
            }

            return Page();
        }

        var others = await db.Tenants.Where(t => t.PolicySlug == Code.Slug && t.Id != tenant.TenantId).Select(t => t.Name).ToListAsync();
        var history = await Code.Versions(db).ToListAsync();
        var upload = others.Count > 0
            ? new CodeSharedWithOthers(string.Join(", ", others))
            : StoredPolicy.Upload(parsed.Policy!, text, fileName, Input.EffectiveFrom!.Value, history, LoketClaims.UserIdOf(User)!.Value, time.Today(), time.GetUtcNow());
        if (upload.Refusal is { } refusal)
        {
            ModelState.AddModelError(refusal is DateDiffersFromFile or EffectiveDateNotAhead or EffectiveDateTaken ? "Input.EffectiveFrom" : "Input.Text", refusal.Message);
            return Page();
        }

        db.StoredPolicies.Add(upload.Value!);
        await db.SaveChangesAsync();
        TempData["Message"] = $"Versie {upload.Value!.Version} is geüpload en wacht op goedkeuring door een integriteitscoördinator.";
        return RedirectToPage("Review", new { id = upload.Value.Id });
    }

    /// <summary>The chosen file's text (it replaces the text box), else the text box; null with an error when neither is usable.</summary>
    private async Task<string?> TextAsync()
    {
        if (Input.File is { } file)
        {
            var (read, error) = await UploadCheck.ReadAsync(file, MaxBytes, YamlText, HttpContext.RequestAborted);
            if (read is null)
            {
                ModelState.AddModelError("Input.File", error!);
                return null;
            }

            Input.FileName = file.FileName;
            // The text box shows the file from now on, so a mistake can be fixed in the browser.
            return Keep(new UTF8Encoding(false).GetString(read.Content).TrimStart('\uFEFF'));
        }

        if (string.IsNullOrWhiteSpace(Input.Text))
        {
            ModelState.AddModelError("Input.File", "Kies het bestand met de nieuwe versie, of plak de tekst in het tekstvak.");
            return null;
        }

        return Keep(Input.Text.ReplaceLineEndings("\n"));
    }

    private string Keep(string text)
    {
        Input.Text = text;
        ModelState.SetModelValue("Input.Text", text, text);
        ModelState.SetModelValue("Input.FileName", Input.FileName, Input.FileName);
        return text;
    }
}
