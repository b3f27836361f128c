using System.Net;
using System.Text;
using Loket.Web.Identity;
using Loket.Web.Infrastructure.Crypto;
using Loket.Web.Meldpunt.Case;
using Loket.Web.Meldpunt.Redaction;
using Loket.Web.Tests.Infrastructure;
using Loket.Web.Tests.Meldpunt.Investigation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;
using static Loket.Web.Tests.Meldpunt.MeldpuntSteps;
using static Loket.Web.Tests.Meldpunt.Redaction.CopySteps;

namespace Loket.Web.Tests.Meldpunt.Redaction;

/// <summary>
/// Redacted copies (issue 17 point 6): new content with the hidden passages replaced, in the text, the
/// PDF (searched after inflating every stream) and its metadata; the original untouched; who made it,
/// when, for whom and why kept and audited; the reporter's identity never in a copy.
/// </summary>
public sealed class RedactedCopyTests
{
    private const string ReportText = "Op 12 maart 2026 gaf Bram Bouwman van de afdeling Inkoop een envelop aan wethouder Karel Kwast. "
        + "Bram belde daarna met 06-98765432 en mailde b.bouwman@example.nl over de envelop.";

    private static readonly string[] Hidden = ["Bouwman", "Bram", "Kwast", "Karel", "98765432", "bouwman@", "envelop", "12 maart"];

    [Theory, OnSqlite, OnPostgres]
    public async Task A_copy_for_the_police_carries_no_hidden_passage_in_its_text_pdf_bytes_or_metadata_and_the_original_stays(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var reporter = app.CreateLoketClient();
        var filed = await ReportAnonymouslyAsync(app, reporter, "leiden", ReportText);
        using var officer = app.CreateLoketClient();
        await officer.LoginAsDemoAsync("leiden", "integriteit");
        await TakeAsync(officer, filed.ReportId);
        var before = await OriginalAsync(app, filed.ReportId);

        // Names, the date, the number and the address are offered ticked; the officer adds a passage.
        var offered = await PageAsync(officer, NewUrl(filed.ReportId));
        var ticked = offered.QuerySelectorAll("input[name=weglakken][type=checkbox]:checked").Select(i => i.GetAttribute("value")).ToList();
        Assert.Contains("Bram Bouwman", ticked);
        Assert.Contains("06-98765432", ticked);
        Assert.Contains("b.bouwman@example.nl", ticked);
        Assert.Contains("12 maart 2026", ticked);
        var copyId = await MakeAsync(app, officer, filed.ReportId, ForThePolice(passages: "envelop"));

        var stored = await StoredTextAsync(app, copyId);
        Assert.Contains("wethouder [weggelakt]", stored, StringComparison.Ordinal);
        var pdf = await DownloadAsync(officer, filed.ReportId, copyId, "Pdf");
        using var document = PdfDocument.Open(pdf);
        var extracted = string.Join('\n', document.GetPages().Select(p => p.Text));
        var everything = PdfBytes.Everything(pdf);
        var text = Encoding.UTF8.GetString(await DownloadAsync(officer, filed.ReportId, copyId, "Text"));
        Assert.Contains("[weggelakt]", extracted, StringComparison.Ordinal);
        Assert.Contains("wethouder", text, StringComparison.Ordinal);
        foreach (var passage in Hidden)
        {
            Assert.DoesNotContain(passage, stored, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(passage, extracted, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(passage, everything, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(passage, text, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal($"Weggelakte kopie, dossier {filed.Reference}", document.Information.Title);
        var after = await OriginalAsync(app, filed.ReportId);
        Assert.Equal(before.Sealed, after.Sealed);
        Assert.Equal(ReportText, after.Text);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task The_copy_records_who_made_it_when_for_whom_and_why_and_the_trail_has_its_making_and_downloads(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var reporter = app.CreateLoketClient();
        var filed = await ReportAnonymouslyAsync(app, reporter, "leiden", ReportText);
        using var officer = app.CreateLoketClient();
        await officer.LoginAsDemoAsync("leiden", "integriteit");
        await TakeAsync(officer, filed.ReportId);

        var copyId = await MakeAsync(app, officer, filed.ReportId, new()
        {
            ["ontvanger"] = nameof(RecipientKind.Other),
            ["ontvangernaam"] = "Extern onderzoeksbureau Feitenvinders",
            ["doel"] = "Vooronderzoek naar de bestellingen van Inkoop.",
        });
        await DownloadAsync(officer, filed.ReportId, copyId, "Pdf");

        var officerId = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "integriteit@leiden").Select(u => u.Id).SingleAsync());
        var copy = await app.WithDbAsync(db => db.Set<RedactedCopy>().IgnoreQueryFilters().SingleAsync(c => c.Id == copyId));
        Assert.Equal((officerId, RecipientKind.Other, CopySource.ReportText, app.Time.GetUtcNow()), (copy.MadeByUserId, copy.Recipient, copy.Source, copy.MadeAt));
        Assert.DoesNotContain("Feitenvinders", Encoding.UTF8.GetString(copy.SealedRecipientName!), StringComparison.Ordinal);
        var list = (await PageAsync(officer, $"/meldpunt/dossiers/{filed.ReportId}/kopieen")).QuerySelector("main table")!.TextContent;
        Assert.Contains("een andere ontvanger: Extern onderzoeksbureau Feitenvinders", list, StringComparison.Ordinal);
        Assert.Contains("Vooronderzoek naar de bestellingen van Inkoop.", list, StringComparison.Ordinal);
        Assert.Contains("Iris Integriteit", list, StringComparison.Ordinal);

        var trail = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityId == copyId.ToString()).OrderBy(a => a.Sequence).ToListAsync());
        Assert.Contains(trail, a => a.Action == "Created" && a.Entity == nameof(RedactedCopy) && a.ActorUserId == officerId);
        Assert.Contains(trail, a => a.Action == "Read" && a.Summary == "Weggelakte kopie gedownload (pdf)" && a.ActorUserId == officerId);
        Assert.Contains("Weggelakte kopie gemaakt van de melding", (await PageAsync(officer, $"/meldpunt/dossiers/{filed.ReportId}")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_named_reporters_name_address_and_login_never_reach_a_copy_even_when_the_officer_hides_nothing(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        var userName = await app.CreateAccountAsync("leiden", "fatima", Role.Employee);
        await app.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.UserName == userName);
            (user.DisplayName, user.Email) = ("Fatima el Idrissi", "f.elidrissi@example.nl");
            return await db.SaveChangesAsync();
        });
        using var employee = app.CreateLoketClient();
        await employee.LoginAsync("leiden", userName, TestAccounts.Password);
        var posted = await employee.PostFormAsync("/melden", "main form[method=post]", new Dictionary<string, string>
        {
            ["Mode"] = "naam",
            ["Input.Municipality"] = "leiden",
            ["Input.Category"] = nameof(ReportCategory.Wrongdoing),
            ["Input.Text"] = "Ik, Fatima el Idrissi, zag dat Tom Tuin facturen vernietigde. FATIMA IDRISI heeft foto's. "
                + "Vragen aan F.ElIdrissi@Example.NL of login " + userName.ToUpperInvariant() + ". Groet, fátima",
        });
        Assert.Equal("/melden/mijn", posted.Headers.Location?.OriginalString);
        var userId = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());
        var tag = app.Services.GetRequiredService<KeyRing>().Tag("reporter", userId.ToString());
        var reportId = await app.WithDbAsync(db => db.Reports.IgnoreQueryFilters().Where(r => r.ReporterTag == tag).Select(r => r.Id).SingleAsync());

        using var officer = app.CreateLoketClient();
        await officer.LoginAsDemoAsync("leiden", "integriteit");
        await TakeAsync(officer, reportId);
        var copyId = await MakeAsync(app, officer, reportId, new(ForThePolice()) { ["weglakken"] = string.Empty, ["ontvanger"] = nameof(RecipientKind.PersonConcerned) });

        var copy = await StoredTextAsync(app, copyId);
        var folded = FoldedText.Fold(copy);
        Assert.Contains("Tom Tuin facturen vernietigde", copy, StringComparison.Ordinal);
        foreach (var part in new[] { "fatima", "idrissi", "idrisi", userName.Split('@')[0] })
        {
            Assert.DoesNotContain(part, folded, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("fatima", PdfBytes.Everything(await DownloadAsync(officer, reportId, copyId, "Pdf")), StringComparison.OrdinalIgnoreCase);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_confidants_reporter_is_hidden_although_the_officer_may_not_know_who_it_is(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var confidant = app.CreateLoketClient();
        await confidant.LoginAsDemoAsync("leiden", "vertrouwenspersoon");
        var filing = await confidant.PostFormAsync("/vertrouwenspersoon/melden", "main form[method=post]", new Dictionary<string, string>
        {
            ["Input.Category"] = nameof(ReportCategory.UnwantedBehaviour),
            ["Input.Text"] = "Piet Klokkenluider hoorde een teamleider stagiairs uitschelden. Bel Klokkenluider op 06 11 22 33 44.",
            ["Reporter.Name"] = "Piet Klokkenluider",
            ["Reporter.Contact"] = "06-11223344",
            ["Medium"] = "Oral",
            ["ReachedOn"] = InvestigationSteps.Day(InvestigationSteps.Today(app)),
        });
        Assert.Equal(HttpStatusCode.OK, filing.StatusCode);
        var reference = System.Text.RegularExpressions.Regex.Match(await filing.Content.ReadAsStringAsync(), "Melding (M-[2-9A-Z]{6}) is ontvangen").Groups[1].Value;
        var reportId = await app.WithDbAsync(db => db.Reports.IgnoreQueryFilters().Where(r => r.Reference == reference).Select(r => r.Id).SingleAsync());

        using var officer = app.CreateLoketClient();
        await officer.LoginAsDemoAsync("leiden", "integriteit");
        await TakeAsync(officer, reportId);
        var copyId = await MakeAsync(app, officer, reportId, new(ForThePolice()) { ["weglakken"] = string.Empty });

        var copy = await StoredTextAsync(app, copyId);
        Assert.Contains("een teamleider stagiairs uitschelden", copy, StringComparison.Ordinal);
        Assert.DoesNotContain("Klokkenluider", copy, StringComparison.Ordinal);
        Assert.DoesNotContain("1122", new string([.. copy.Where(char.IsAsciiDigit)]), StringComparison.Ordinal);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_changed_choice_after_the_preview_shows_the_new_preview_instead_of_making_a_copy(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var reporter = app.CreateLoketClient();
        var filed = await ReportAnonymouslyAsync(app, reporter, "leiden", ReportText);
        using var officer = app.CreateLoketClient();
        await officer.LoginAsDemoAsync("leiden", "integriteit");
        await TakeAsync(officer, filed.ReportId);

        var url = NewUrl(filed.ReportId);
        var (_, previewed) = await PreviewAsync(officer, url, ForThePolice());
        var changed = await officer.SubmitAsync(previewed, "main form[method=post]", new Dictionary<string, string>(ForThePolice(passages: "wethouder")) { ["stap"] = "maken" }, url);

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var preview = (await Declarations.DeclarationSteps.ParseAsync(changed)).QuerySelector(".loket-redaction-text")!.TextContent;
        Assert.DoesNotContain("wethouder", preview, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<RedactedCopy>().IgnoreQueryFilters().CountAsync(c => c.ReportId == filed.ReportId)));
    }
}
