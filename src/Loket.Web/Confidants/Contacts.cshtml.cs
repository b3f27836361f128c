using System.ComponentModel.DataAnnotations;
using Loket.Web.Identity;
using Loket.Web.Infrastructure;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Time;
using Loket.Web.Meldpunt.Case;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Confidants;

/// <summary>
/// The confidants' register: a contact as date, category, route and outcome, for the annual figures
/// (Leidschendam-Voorburg 2.3: "aantallen, aard van de klachten, afwikkeling").
/// There is no free-text field, so there is nowhere to type a name.
/// </summary>
[Authorize(Policy = Policies.Confidant)]
public sealed class ContactsModel(LoketDbContext db, TimeProvider time) : PageModel
{
    public sealed record Count(string Label, int Number);

    [BindProperty]
    [Required(ErrorMessage = "Vul de datum van het contact in.")]
    [NotInFuture(ErrorMessage = "De datum van het contact ligt in de toekomst. Vul de dag in waarop het contact was.")]
    public DateOnly? Date { get; set; }

    [BindProperty]
    public ReportCategory? Category { get; set; }

    [BindProperty]
    public ContactRoute? Route { get; set; }

    [BindProperty]
    public ContactOutcome? Outcome { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public int Total { get; private set; }

    public List<Count> ByCategory { get; private set; } = [];

    public List<Count> ByRoute { get; private set; } = [];

    public List<Count> ByOutcome { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    /// <summary>Shows this confidant's own running contacts (<see cref="OpenContacts"/>).</summary>
    [FromQuery(Name = "lopend")]
    public bool OnlyOpen { get; set; }

    public List<ConfidantContact> Open { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        // Each list shows its own error next to it.
        foreach (var (missing, key, message) in new[]
        {
            (Category is null, nameof(Category), "Kies het onderwerp."),
            (Route is null, nameof(Route), "Kies de manier van contact."),
            (Outcome is null, nameof(Outcome), "Kies de uitkomst."),
        })
        {
            if (missing)
            {
                ModelState.AddModelError(key, message);
            }
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        db.ConfidantContacts.Add(new ConfidantContact { ConfidantUserId = LoketClaims.UserIdOf(User)!.Value, Date = Date!.Value, Category = Category!.Value, Route = Route!.Value, Outcome = Outcome!.Value });
        await db.SaveChangesAsync();
        Message = $"Het contact van {DutchTime.LongDate(Date.Value)} is geregistreerd.";
        return Redirect("/vertrouwenspersoon/contacten");
    }

    private async Task LoadAsync()
    {
        // A year typed into the address outside the calendar the product knows shows this year instead.
        if (Year is not (>= DutchDate.FirstYear and <= DutchDate.LastYear))
        {
            Year = time.Today().Year;
        }

        if (OnlyOpen)
        {
            Open = await OpenContacts.Of(db.ConfidantContacts.AsNoTracking(), LoketClaims.UserIdOf(User)!.Value).OrderBy(c => c.Date).Take(500).ToListAsync();
        }

        var contacts = await db.ConfidantContacts.Where(c => c.Date >= new DateOnly(Year.Value, 1, 1) && c.Date <= new DateOnly(Year.Value, 12, 31)).ToListAsync();
        Total = contacts.Count;
        ByCategory = [.. contacts.GroupBy(c => c.Category).Select(g => new Count(Dutch.Of(g.Key), g.Count())).OrderByDescending(c => c.Number)];
        ByRoute = [.. contacts.GroupBy(c => c.Route).Select(g => new Count(ContactLabels.Of(g.Key), g.Count())).OrderByDescending(c => c.Number)];
        ByOutcome = [.. contacts.GroupBy(c => c.Outcome).Select(g => new Count(ContactLabels.Of(g.Key), g.Count())).OrderByDescending(c => c.Number)];
    }
}
