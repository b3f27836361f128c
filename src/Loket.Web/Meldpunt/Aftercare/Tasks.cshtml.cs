using Loket.Web.Infrastructure;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Tenancy;
using Loket.Web.Meldpunt.Case;
using Loket.Web.Meldpunt.Investigation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Meldpunt.Aftercare;

/// <summary>
/// The aftercare of one case (Leidschendam-Voorburg 2.3: the coordinator sees to the aftercare of the
/// report): tasks for the reporter, the person concerned and the team, with who does them and by when,
/// for whoever reads the case. Their words are sealed; every read is audited.
/// </summary>
[Authorize(Policy = MeldpuntServices.CaseWork)]
public sealed class TasksModel(LoketDbContext db, TenantContext tenant, CaseAccess access, CaseCrypto crypto, TimeProvider time)
    : CaseSubpage(db, tenant, access, crypto)
{
    public sealed record Row(AftercareTask Task, string Text, string Owner);

    public List<Row> Rows { get; private set; } = [];

    public DateOnly Today => time.Today();

    /// <summary>Only for the date field's name.</summary>
    public DateOnly? DueOn { get; set; }

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    public Task<IActionResult> OnPostPlanAsync(AftercareFor? forWhom, string? task, string? owner, DateOnly? dueOn) => ActAsync(() =>
    {
        if (forWhom is not { } chosen)
        {
            ModelState.AddModelError("forWhom", new ChooseWhomFor().Message);
            return Task.FromResult<string?>(null);
        }

        var planned = AftercareTask.Plan(Report, chosen, task, owner, dueOn, Seal, UserId, time.GetUtcNow());
        if (Refused(planned.Refusal))
        {
            return Task.FromResult<string?>(null);
        }

        Db.AftercareTasks.Add(planned.Value!);
        return Task.FromResult<string?>("De nazorgtaak is gepland.");
    });

    public Task<IActionResult> OnPostFinishAsync(Guid taskId, bool done) => ActAsync(async () =>
    {
        var task = await Db.AftercareTasks.FirstOrDefaultAsync(t => t.Id == taskId && t.ReportId == Report.Id);
        if (task is null)
        {
            ModelState.AddModelError(string.Empty, "Kies een taak van dit dossier.");
            return null;
        }

        return Refused(task.Finish(done, UserId, time.GetUtcNow())) ? null : done ? "Vastgelegd: gedaan." : "Vastgelegd: niet gedaan.";
    });

    protected override async Task<IActionResult?> DenyAsync() =>
        await Access.MayReadAsync(Report.Id, UserId) ? null : Forbid();

    protected override async Task LoadAsync()
    {
        var tasks = await Db.AftercareTasks.Where(t => t.ReportId == Report.Id).OrderBy(t => t.DueOn).ThenBy(t => t.PlannedAt).ToListAsync();
        Rows = [.. tasks.Select(t => new Row(t, Open(t.Id, "task", t.SealedTask), Open(t.Id, "owner", t.SealedOwner)))];
        Db.RecordRead(nameof(AftercareTask), Report.Id.ToString(), "Nazorg gelezen");
    }
}
