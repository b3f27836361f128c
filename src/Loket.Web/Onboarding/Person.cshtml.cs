using Loket.Web.Identity;
using Loket.Web.Infrastructure;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Domain;
using Loket.Web.Infrastructure.Tenancy;
using Loket.Web.People;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Onboarding;

/// <summary>
/// One new person's checklist for HR and the integrity officer: what the code and the functions map ask, by
/// when and on which article, what is not asked and why, and the forms to record the oath or promise, the VOG
/// and a training. The person signs the statement and confirms the code themselves (/mijn/indiensttreding).
/// </summary>
[Authorize(Policy = Policies.Onboarding)]
public sealed class PersonModel(LoketDbContext db, TimeProvider time) : PageModel
{
    public const string CodeFormulaValue = "code";

    public sealed class OathInput
    {
        public string? Formula { get; set; }

        public OathForm? Form { get; set; }

        public DateOnly? TakenOn { get; set; }

        public string? Place { get; set; }

        public string? TakenBy { get; set; }

        public string? Witness { get; set; }
    }

    public sealed class VogInput
    {
        public DateOnly? RequestedOn { get; set; }

        public DateOnly? ReceivedOn { get; set; }

        public string? Profile { get; set; }

        public string? Aspects { get; set; }

        public string? CheckedBy { get; set; }
    }

    public sealed class TrainingInput
    {
        public ItemKind Kind { get; set; }

        public DateOnly? On { get; set; }

        public string? GivenBy { get; set; }
    }

    [BindProperty]
    public OathInput Oath { get; set; } = new();

    [BindProperty]
    public VogInput Vog { get; set; } = new();

    [BindProperty]
    public TrainingInput Training { get; set; } = new();

    public Employee Employee { get; private set; } = null!;

    public Checklist? Checklist { get; private set; }

    public CodeOnboarding Code { get; private set; } = null!;

    public FunctionDuties Duties { get; private set; } = FunctionDuties.None;

    public IReadOnlyList<OathFormula> Formulas { get; private set; } = [];

    public DateOnly Today { get; private set; }

    /// <summary>Whether an account is linked to this person: the statement and the receipt are theirs to do, signed in.</summary>
    public bool HasAccount { get; private set; }

    /// <summary>The first day the person can sign in to do their part (<see cref="Identity.Employment.EmploymentAccess.PreStartDays"/>).</summary>
    public DateOnly SignInFrom => Employee.StartDate.AddDays(-Identity.Employment.EmploymentAccess.PreStartDays);

    /// <summary>
    /// Why an item is not on this list. The training of a vulnerable function comes from the functions map, not the
    /// code: saying the code is silent on it would send HR to the wrong place.
    /// </summary>
    public string WhyNot(ItemKind kind) => kind == ItemKind.VulnerableFunctionTraining
        ? Employee.JobFunction is { } function
            ? $"De functie {function.Name} is op de functiekaart geen kwetsbare functie (geen risicogebied hoog)."
            : "Er is nog geen functie gekozen; een kwetsbare functie op de functiekaart krijgt deze training."
        : Code.WhyNot(kind, Employee.EmploymentType);

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Vog.Profile = Duties.VogProfile;
        Oath.Formula = Code.Formula is not null ? CodeFormulaValue : (Formulas.Count > 0 ? Formulas[0].Id.ToString() : null);
        return Page();
    }

    public async Task<IActionResult> OnGetOathPdfAsync(Guid id, [FromServices] TenantContext tenant) =>
        await LoadAsync(id) && Checklist?.Oath is { } oath
            ? File(OnboardingDocuments.Oath(oath, Employee.Name, tenant.Name!), "application/pdf", $"eed-of-belofte-{Employee.EmployeeNumber}.pdf")
            : NotFound();

    public async Task<IActionResult> OnGetStatementPdfAsync(Guid id, [FromServices] TenantContext tenant) =>
        await LoadAsync(id) && Checklist?.Statement is { } statement
            ? File(OnboardingDocuments.Statement(statement, tenant.Name!), "application/pdf", $"verklaring-{Employee.EmployeeNumber}.pdf")
            : NotFound();

    public async Task<IActionResult> OnPostOpenAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        await Checklists.OpenAsync(db, Employee, time.GetUtcNow(), LoketClaims.UserIdOf(User));
        TempData["Message"] = $"De checklist van {Employee.Name} is gemaakt.";
        return Redirect($"/indiensttreding/{id}");
    }

    public async Task<IActionResult> OnPostOathAsync(Guid id)
    {
        if (!await LoadAsync(id) || Checklist is null)
        {
            return NotFound();
        }

        var formula = FormulaOf(Oath.Formula);
        Require(formula is not null, "Oath.Formula", "Kies de formule die is gebruikt.");
        Require(Oath.Form is not null, "Oath.Form", "Kies eed of belofte.");
        Require(Oath.TakenOn is not null, "Oath.TakenOn", "Vul de datum in waarop de eed of belofte is afgelegd.");
        Require(!string.IsNullOrWhiteSpace(Oath.Place), "Oath.Place", "Vul de plaats in.");
        Require(!string.IsNullOrWhiteSpace(Oath.TakenBy), "Oath.TakenBy", "Vul in wie de eed of belofte heeft afgenomen.");
        Require(!string.IsNullOrWhiteSpace(Oath.Witness), "Oath.Witness", "Vul de getuige in.");
        if (ModelState.IsValid)
        {
            var record = new OathRecord(formula!.Value.Title, formula.Value.Text, formula.Value.Source, Oath.Form!.Value, Oath.TakenOn!.Value,
                Oath.Place!.Trim(), Oath.TakenBy!.Trim(), Oath.Witness!.Trim(), time.GetUtcNow());
            return await SaveOrShowAsync(Checklist.RecordOath(record, Code, Today), "Oath.TakenOn", "De eed of belofte is vastgelegd.");
        }

        return Page();
    }

    public async Task<IActionResult> OnPostVogAsync(Guid id)
    {
        if (!await LoadAsync(id) || Checklist is null)
        {
            return NotFound();
        }

        Require(Vog.RequestedOn is not null, "Vog.RequestedOn", "Vul de datum van de aanvraag in.");
        Require(!string.IsNullOrWhiteSpace(Vog.Profile), "Vog.Profile", "Vul het screeningsprofiel in.");
        if (ModelState.IsValid)
        {
            var record = new VogRecord(Vog.RequestedOn!.Value, Vog.ReceivedOn, Vog.Profile!.Trim(), Vog.Aspects?.Trim(), Vog.CheckedBy?.Trim(), time.GetUtcNow());
            var refusal = Checklist.RecordVog(record, Today);
            var field = refusal is ReceivedBeforeRequested or DayInFuture ? "Vog.ReceivedOn" : "Vog.CheckedBy";
            return await SaveOrShowAsync(refusal, field, Vog.ReceivedOn is null ? "De aanvraag van de VOG is vastgelegd." : "De VOG is vastgelegd.");
        }

        return Page();
    }

    public async Task<IActionResult> OnPostTrainingAsync(Guid id)
    {
        if (!await LoadAsync(id) || Checklist is null)
        {
            return NotFound();
        }

        if (Training.Kind is not (ItemKind.IntroductionTraining or ItemKind.VulnerableFunctionTraining))
        {
            return BadRequest();
        }

        Require(Training.On is not null, "Training.On", "Vul de datum van de training in.");
        Require(!string.IsNullOrWhiteSpace(Training.GivenBy), "Training.GivenBy", "Vul in wie de training gaf.");
        if (ModelState.IsValid)
        {
            return await SaveOrShowAsync(Checklist.RecordTraining(Training.Kind, Training.On!.Value, Training.GivenBy!, Today), "Training.On", "De training is vastgelegd.");
        }

        return Page();
    }

    private async Task<IActionResult> SaveOrShowAsync(Refusal? refusal, string field, string message)
    {
        if (refusal is not null)
        {
            ModelState.AddModelError(field, refusal.Message);
            return Page();
        }

        await db.SaveChangesAsync();
        TempData["Message"] = message;
        return Redirect($"/indiensttreding/{Employee.Id}");
    }

    private (string Title, string Text, string Source)? FormulaOf(string? choice) =>
        choice == CodeFormulaValue && Code.Formula is { } own ? (own.Title, own.Text, own.Source)
        : Formulas.FirstOrDefault(f => f.Id.ToString() == choice) is { } registered ? (registered.Title, registered.Text, registered.Source)
        : null;

    // A date the binder refused has its own error already.
    private void Require(bool holds, string field, string message)
    {
        if (!holds && !(ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0))
        {
            ModelState.AddModelError(field, message);
        }
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        if (await db.Employees.Include(e => e.JobFunction).Include(e => e.OrgUnit).FirstOrDefaultAsync(e => e.Id == id) is not { } employee)
        {
            return false;
        }

        Employee = employee;
        Today = time.Today();
        Checklist = await Checklists.OfAsync(db, id);
        Code = await Checklists.CodeAsync(db, employee.TenantId);
        Duties = FunctionDuties.Of(employee.JobFunction);
        Formulas = await db.OathFormulas.OrderBy(f => f.Title).ToListAsync();
        HasAccount = await db.Memberships.AnyAsync(m => m.EmployeeId == id);
        return true;
    }
}
