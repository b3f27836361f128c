using Loket.Web.Identity;
using Loket.Web.Infrastructure.Domain;
using Loket.Web.Meldpunt.Case;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Meldpunt.Desk;

// Loading and the shape every action shares: load (404 when excluded), check access, act, save, redirect.
public sealed partial class CaseModel
{
    private async Task<IActionResult> ActAsync(bool needsRead, Func<string?> act)
    {
        if (!await LoadAsync(recordRead: false))
        {
            return NotFound();
        }

        if (needsRead && !MayRead)
        {
            return Forbid();
        }

        var done = act();
        if (done is null || !ModelState.IsValid || !await SavedAsync())
        {
            // Nothing of a refused step is saved; only the reads of the re-rendered page are.
            db.ChangeTracker.Clear();
            await LoadAsync();
            await db.SaveChangesAsync();
            return Page();
        }

        Message = done;
        return Redirect($"/meldpunt/dossiers/{Id}");
    }

    /// <summary>
    /// Saves the step; two people taking or assigning the same handler at once meet the unique index,
    /// and the second is told so in Dutch instead of an error page.
    /// </summary>
    private async Task<bool> SavedAsync()
    {
        try
        {
            await db.SaveChangesAsync();
            return true;
        }
        catch (DbUpdateException) when (db.ChangeTracker.Entries<ReportHandler>().Any(e => e.State == EntityState.Added))
        {
            ModelState.AddModelError(string.Empty, "Dit dossier is intussen al aan deze behandelaar gegeven. Bekijk het dossier opnieuw.");
            return false;
        }
    }

    /// <summary>False when the case is not in this municipality or the user is involved in it: both look like "not found".</summary>
    private async Task<bool> LoadAsync(bool recordRead = true)
    {
        // The exclusion is in the query: an involved officer's case is not found, like another municipality's.
        var report = await access.FindVisibleAsync(Id, tenant.TenantId!.Value, UserId);
        if (report is null)
        {
            return false;
        }

        Report = report;
        Procedure = Procedures.For(await db.Tenants.Where(t => t.Id == tenant.TenantId).Select(t => t.PolicySlug).FirstAsync());
        Clocks = CaseClocks.For(report, time.GetUtcNow());
        MayRead = await access.MayReadAsync(report.Id, UserId);
        RelatedVisible = report.RelatedReportId is { } related && await access.FindVisibleAsync(related, report.TenantId, UserId) is not null;
        var handlerIds = report.Handlers.Select(h => h.UserId).ToList();
        var names = await db.Users.Where(u => handlerIds.Contains(u.Id) || report.Handlers.Select(h => h.AssignedByUserId).Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        HandlerNames = [.. report.Handlers.OrderBy(h => h.AssignedAt).Select(h => h.AssignedByUserId is { } by
            ? $"{names.GetValueOrDefault(h.UserId)} (toegewezen door {names.GetValueOrDefault(by, "onbekend")})"
            : $"{names.GetValueOrDefault(h.UserId)} (zelf in behandeling genomen, met reden)")];
        Assignable = IsOfficer ? await candidates.ForAsync(report, UserId) : [];
        var vault = await db.ReporterIdentities.FirstOrDefaultAsync(v => v.ReportId == report.Id);
        HasIdentity = vault is not null;
        if (!MayRead || !recordRead)
        {
            return true;
        }

        Text = crypto.Text(report);
        Involved = crypto.Involved(report);
        var tags = await db.InvolvedTags.Where(i => i.ReportId == report.Id).OrderBy(i => i.Id).ToListAsync();
        ExcludedPeople = [.. tags.GroupBy(i => i.Group).Select(g => g.First())
            .Select(i => new ExcludedPerson(i.Group, crypto.Note(report, i) ?? "genoemd", i.Possible, i.Meant, i.InheritedFromReportId is not null))];
        var entries = await db.CaseEntries.Where(e => e.ReportId == report.Id).OrderBy(e => e.At).ToListAsync();
        var authors = await db.Users.Where(u => entries.Select(e => e.AuthorUserId).Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        Lines = [.. entries.Select(e => new Line(e.Id, e.Kind, e.At, e.AuthorUserId is { } a ? authors.GetValueOrDefault(a, "onbekend") : e.Kind == EntryKind.MessageFromReporter ? "melder" : "automatisch",
            crypto.Text(report, e), crypto.FileName(report, e), e.IsFeedback, e.ConfirmedAt))];
        db.RecordRead(nameof(Report), report.Id.ToString(), "Dossier gelezen");
        if (vault is not null && vault.MayBeReadBy(UserId))
        {
            Identity = crypto.Identity(vault);
            db.RecordRead(nameof(ReporterIdentity), vault.Id.ToString(), "Identiteit melder gelezen");
        }

        return true;
    }

    /// <summary>Shows a refusal of the case at the field it is about (a reason, a choice), or above the form.</summary>
    private bool Refused(Refusal? refusal, string field = "")
    {
        if (refusal is not null)
        {
            ModelState.AddModelError(refusal is ReasonOutOfRange or NotAssignable or NoOneToResolve ? field : string.Empty, refusal.Message);
        }

        return refusal is not null;
    }

    private bool Required(string? value, string field, string message)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 20_000)
        {
            ModelState.AddModelError(field, message);
            return false;
        }

        return true;
    }

    private string Add(EntryKind kind, string text, string done)
    {
        db.CaseEntries.Add(crypto.NewEntry(Report, kind, text.Trim(), time.GetUtcNow(), LoketClaims.UserIdOf(User)));
        return done;
    }
}
