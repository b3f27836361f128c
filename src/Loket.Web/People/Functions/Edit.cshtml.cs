using Loket.Web.Identity;
using Loket.Web.Infrastructure;
using Loket.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.People.Functions;

/// <summary>
/// One function on the map. A change is first shown with whom it touches and how their duties change (the
/// preview), and saved only as it was shown: the form carries the previewed values, and a save whose values
/// differ from them shows the preview again instead of saving.
/// </summary>
[Authorize(Policy = Policies.Onboarding)]
public sealed class EditModel(LoketDbContext db, TimeProvider time) : PageModel
{
    public sealed class FunctionInput
    {
        public RiskLevel[] Levels { get; set; } = new RiskLevel[RiskProfile.Areas.Count];

        public bool Designated { get; set; }

        public bool PublishSideActivities { get; set; }

        public bool Rotation { get; set; }

        public bool FourEyes { get; set; }

        public string? MitigationNote { get; set; }

        public DateOnly? ReviewOn { get; set; }

        /// <summary>The values the preview showed, so a save is of what was seen.</summary>
        public string? Previewed { get; set; }

        public RiskProfile Profile => RiskProfile.From(RiskProfile.Areas.ToDictionary(a => a, a => Levels.ElementAtOrDefault((int)a)));

        public string Fingerprint => string.Join('|', Profile.Letters, Designated, PublishSideActivities, Rotation, FourEyes, MitigationNote?.Trim(), ReviewOn?.ToString("O"));
    }

    [BindProperty]
    public FunctionInput Input { get; set; } = new();

    public JobFunction Function { get; private set; } = null!;

    /// <summary>After a preview: what changes for the holders, and who they are.</summary>
    public IReadOnlyList<string>? Changes { get; private set; }

    public IReadOnlyList<string> AffectedPeople { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await db.JobFunctions.FirstOrDefaultAsync(f => f.Id == id) is not { } function)
        {
            return NotFound();
        }

        Function = function;
        Input = new FunctionInput
        {
            Levels = [.. RiskProfile.Areas.Select(a => function.RiskProfile[a])],
            Designated = function.DesignatedForFinancialInterests,
            PublishSideActivities = function.TopOfficial,
            Rotation = function.Rotation,
            FourEyes = function.FourEyes,
            MitigationNote = function.MitigationNote,
            ReviewOn = function.ReviewOn,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await db.JobFunctions.FirstOrDefaultAsync(f => f.Id == id) is not { } function)
        {
            return NotFound();
        }

        Function = function;
        Validate();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        // Save only what the preview showed; anything else is shown first.
        if (Input.Previewed != Input.Fingerprint)
        {
            await PreviewAsync();
            return Page();
        }

        var changes = FunctionDuties.Of(function).ChangesTo(DutiesOf(Input));
        function.RiskProfile = Input.Profile;
        function.DesignatedForFinancialInterests = Input.Designated;
        function.TopOfficial = Input.PublishSideActivities;
        function.Rotation = Input.Rotation;
        function.FourEyes = Input.FourEyes;
        function.MitigationNote = string.IsNullOrWhiteSpace(Input.MitigationNote) ? null : Input.MitigationNote.Trim();
        function.ReviewOn = Input.ReviewOn;
        await db.SaveChangesAsync();
        TempData["Message"] = changes.Count == 0
            ? $"De functie {function.Name} is opgeslagen; de plichten van wie haar heeft blijven gelijk."
            : $"De functie {function.Name} is opgeslagen; de plichten gelden vanaf nu voor wie haar heeft.";
        return Redirect("/beheer/functies");
    }

    private async Task PreviewAsync()
    {
        Changes = FunctionDuties.Of(Function).ChangesTo(DutiesOf(Input));
        AffectedPeople = Changes.Count == 0 ? [] : await Holders.OfAsync(db, Function.Id, time.Today());
        Input.Previewed = Input.Fingerprint;
        // The hidden field must show the new fingerprint, not the posted one.
        ModelState.Remove($"{nameof(Input)}.{nameof(FunctionInput.Previewed)}");
    }

    private void Validate()
    {
        if (Input.MitigationNote?.Trim().Length > JobFunction.MitigationNoteLength)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(FunctionInput.MitigationNote)}", $"Andere maatregelen zijn hoogstens {JobFunction.MitigationNoteLength} tekens.");
        }

        if (Input.ReviewOn is { } review && review < time.Today())
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(FunctionInput.ReviewOn)}", "De datum om de functie opnieuw te bekijken ligt in het verleden; kies een dag vanaf vandaag.");
        }
    }

    private static FunctionDuties DutiesOf(FunctionInput input) =>
        FunctionDuties.Of(input.Profile, input.Designated, input.PublishSideActivities);
}
