using System.Security.Cryptography;
using System.Text;
using Loket.Web.Identity;
using Loket.Web.Infrastructure.Crypto;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Tenancy;
using Loket.Web.Meldpunt.Case;
using Loket.Web.Meldpunt.Exclusion;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Loket.Web.Meldpunt.Redaction;

/// <summary>
/// Making a redacted copy, in two steps: choose what to hide (suggestions ticked beforehand, passages,
/// positions marked in the text) and for whom and why, see the copy exactly as it will be, then make it.
/// "Kopie maken" makes only the copy that was previewed: if the choices changed since, the page shows
/// the new preview first. The original is read, never changed.
/// </summary>
[Authorize(Policy = MeldpuntServices.CaseWork)]
public sealed class NewModel(LoketDbContext db, TenantContext tenant, CaseAccess access, CaseCrypto crypto, KeyRing ring, Roster roster, TimeProvider time) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "bron")]
    public CopySource Source { get; set; }

    [BindProperty(SupportsGet = true, Name = "stuk")]
    public Guid? EntryId { get; set; }

    [BindProperty(Name = "weglakken")]
    public List<string> Terms { get; set; } = [];

    [BindProperty(Name = "passages")]
    public string? Passages { get; set; }

    [BindProperty(Name = "ranges")]
    public string? Ranges { get; set; }

    [BindProperty(Name = "ontvanger")]
    public RecipientKind? Recipient { get; set; }

    [BindProperty(Name = "ontvangernaam")]
    public string? RecipientName { get; set; }

    [BindProperty(Name = "doel")]
    public string? Purpose { get; set; }

    [BindProperty(Name = "stap")]
    public string? Step { get; set; }

    [BindProperty(Name = "stempel")]
    public string? Stamp { get; set; }

    public Report Report { get; private set; } = null!;

    public CopySourceItem Item { get; private set; } = null!;

    public string Text { get; private set; } = string.Empty;

    public List<Suggestion> Offered { get; private set; } = [];

    public RedactedText? Preview { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }

        db.RecordRead(nameof(Report), Report.Id.ToString(), "Gelezen om een weggelakte kopie te maken");
        await db.SaveChangesAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }

        // Binding's own messages (an unknown recipient kind) give way to the Dutch ones below; what was typed stays in the form.
        foreach (var key in ModelState.Keys.ToList())
        {
            ModelState.ClearValidationState(key);
        }

        if (Item.Refusal is not null)
        {
            return Page();
        }

        var result = CopyText.Make(Text, new Choices(Terms, Passages, Ranges), await ReporterTerms.ForAsync(db, crypto, ring, Report));
        foreach (var (field, message) in result.Errors)
        {
            ModelState.AddModelError(field, message);
        }

        CheckRecipient();
        db.RecordRead(nameof(Report), Report.Id.ToString(), "Gelezen om een weggelakte kopie te maken");
        if (result.Redaction is not { } redaction || ModelState.ErrorCount > 0)
        {
            await db.SaveChangesAsync();
            return Page();
        }

        Preview = redaction;
        var stamp = StampOf(redaction.Text);
        if (Step != "maken" || Stamp != stamp)
        {
            // The officer sees and checks what goes out before it exists.
            Stamp = stamp;
            await db.SaveChangesAsync();
            return Page();
        }

        var copy = RedactedCopy.Make(Report.TenantId, Report.Id, Item.Source, Item.EntryId, Recipient!.Value, redaction.Hidden.Count, LoketClaims.UserIdOf(User)!.Value, time.GetUtcNow());
        new CopySeal(ring, Report).Seal(copy, redaction.Text, string.IsNullOrWhiteSpace(RecipientName) ? null : RecipientName.Trim(), Purpose!.Trim());
        db.Add(copy);
        db.CaseEntries.Add(crypto.NewEntry(Report, EntryKind.Note,
            $"Weggelakte kopie gemaakt van {Item.Label.ToLowerInvariant()} voor {Recipient.Value.Dutch()}{(string.IsNullOrWhiteSpace(RecipientName) ? "" : $" ({RecipientName.Trim()})")}. Doel: {Purpose.Trim()}",
            copy.MadeAt, copy.MadeByUserId));
        await db.SaveChangesAsync();
        TempData["Redaction.Message"] = $"De weggelakte kopie is gemaakt: {redaction.Hidden.Count} {(redaction.Hidden.Count == 1 ? "passage" : "passages")} weggelakt.";
        return Redirect($"/meldpunt/dossiers/{Report.Id}/kopieen");
    }

    /// <summary>The original with each suggestion marked, in pieces that carry their position (for marking by selection).</summary>
    public IHtmlContent MarkedText()
    {
        var folded = new FoldedText(Text);
        var marks = Redactor.Apply(Text, Offered.SelectMany(s => Redactor.Occurrences(folded, s.Text))).Hidden;
        var html = new HtmlContentBuilder();
        var at = 0;
        foreach (var mark in marks.Append(new Span(Text.Length, Text.Length)))
        {
            if (mark.Start > at)
            {
                html.AppendHtml($"<span data-at=\"{at}\">").Append(Text[at..mark.Start]).AppendHtml("</span>");
            }

            if (mark.Length > 0)
            {
                html.AppendHtml($"<mark data-at=\"{mark.Start}\">").Append(Text[mark.Start..mark.End]).AppendHtml("</mark>");
            }

            at = mark.End;
        }

        return html;
    }

    /// <summary>The preview: the copy's text with each marker set off, so the eye finds them.</summary>
    public IHtmlContent PreviewText()
    {
        var html = new HtmlContentBuilder();
        var pieces = Preview!.Text.Split(Redactor.Marker);
        for (var i = 0; i < pieces.Length; i++)
        {
            html.Append(pieces[i]);
            if (i < pieces.Length - 1)
            {
                html.AppendHtml("<mark class=\"loket-redacted\">").Append(Redactor.Marker).AppendHtml("</mark>");
            }
        }

        return html;
    }

    private void CheckRecipient()
    {
        if (Recipient is not { } kind || !Enum.IsDefined(kind))
        {
            ModelState.AddModelError("ontvanger", "Kies voor wie de kopie is.");
        }
        else if (kind == RecipientKind.Other && string.IsNullOrWhiteSpace(RecipientName))
        {
            ModelState.AddModelError("ontvangernaam", "Schrijf voor wie de kopie is: een naam of een omschrijving, zoals ‘vertrouwenspersoon van de betrokkene’.");
        }

        if (RecipientName?.Trim().Length > 200)
        {
            ModelState.AddModelError("ontvangernaam", "Schrijf de ontvanger in hoogstens 200 tekens.");
        }

        if (Purpose?.Trim() is not { Length: >= 10 and <= 500 })
        {
            ModelState.AddModelError("doel", "Schrijf in 10 tot 500 tekens waarvoor de ontvanger deze kopie krijgt.");
        }
    }

    private async Task<IActionResult?> LoadAsync()
    {
        var outcome = await CopyAccess.CheckAsync(access, tenant, User, Id);
        if (outcome.Report is null)
        {
            return outcome.Status == StatusCodes.Status404NotFound ? NotFound() : Forbid();
        }

        Report = outcome.Report;
        if (await CopySources.LoadAsync(db, crypto, Report, Source, EntryId) is not { } source)
        {
            return NotFound();
        }

        (Item, Text) = (source.Item, source.Text ?? string.Empty);
        if (source.Text is not null)
        {
            var people = await roster.ForAsync(Report.TenantId);
            var named = crypto.Involved(Report);
            Offered = Suggestions.For(Text, [.. people.SelectMany(p => p.Candidate.Names), .. NameMatcher.Mentions(named)]);
        }

        return null;
    }

    // What the preview showed, so "Kopie maken" makes that copy and no other.
    private static string StampOf(string copy) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(copy)));
}
