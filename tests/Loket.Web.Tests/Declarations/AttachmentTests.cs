using System.Net;
using System.Text;
using Loket.Web.Declarations;
using Loket.Web.Infrastructure.Jobs;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Loket.Web.Tests.Declarations.DeclarationSteps;
using Upload = Loket.Web.Tests.Infrastructure.LoketClient.Upload;

namespace Loket.Web.Tests.Declarations;

public sealed class AttachmentTests
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0];

    /// <summary>A Windows program ("MZ"), named and labelled as a photo.</summary>
    private static readonly byte[] Program = [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF];

    private static Dictionary<string, string> Gift(string subject) => new()
    {
        ["Input.Subject"] = subject,
        ["Input.Counterparty"] = "Drukkerij Van Dam",
        ["Input.Answers[valueEur]"] = "35",
        ["Input.Answers[status]"] = "accepted",
        ["Input.Answers[form]"] = "goods",
    };

    /// <summary>"Bekijk oordeel": the button posts the form to the preview handler.</summary>
    private static async Task<HttpResponseMessage> PreviewAsync(LoketClient client, Dictionary<string, string> fields, IEnumerable<Upload> files)
    {
        var (_, page) = await client.GetPageAsync("/meldingen/nieuw/geschenk");
        var preview = page.QuerySelector("button[formaction]")!.GetAttribute("formaction")!;
        return await client.SubmitAsync(page, "form.loket-declaration-form", fields, files: files, formAction: preview);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Files_are_filed_with_the_declaration_and_downloaded_only_by_those_who_need_to_know(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var mila = app.CreateLoketClient();
        await mila.LoginAsDemoAsync("leiden", "medewerker");
        var submitted = await ConfirmAsync(mila, await mila.PostFormAsync("/meldingen/nieuw/geschenk", "form.loket-declaration-form", Gift("Boek met bedankkaart"),
            [new Upload("Files", "bedankkaart.pdf", Pdf, "application/pdf"), new Upload("Files", @"C:\Users\mila\foto's\boek.png", Png, "image/png")]));
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var location = submitted.Headers.Location!.OriginalString;
        var id = Guid.Parse(location["/meldingen/".Length..location.IndexOf('?', StringComparison.Ordinal)]);

        var (_, details) = await mila.GetPageAsync($"/meldingen/{id}");
        var links = details.QuerySelectorAll($"a[href^='/meldingen/{id}/bijlagen/']").Select(a => (Name: a.TextContent, Href: a.GetAttribute("href")!)).ToList();
        Assert.Equal(["bedankkaart.pdf", "boek.png"], links.Select(l => l.Name));
        var pdf = await mila.Http.GetAsync(links[0].Href);
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", pdf.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(Pdf, await pdf.Content.ReadAsByteArrayAsync());

        // The manager decides, so he may read it; a colleague and another municipality's officer get 404.
        using var mark = app.CreateLoketClient();
        await mark.LoginAsDemoAsync("leiden", "manager");
        using var hanna = app.CreateLoketClient();
        await hanna.LoginAsDemoAsync("leiden", "hr");
        using var otherOfficer = app.CreateLoketClient();
        await otherOfficer.LoginAsDemoAsync("alphen-aan-den-rijn", "integriteit");
        using var anonymous = app.CreateLoketClient();
        Assert.Equal(HttpStatusCode.OK, (await mark.Http.GetAsync(links[1].Href)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hanna.Http.GetAsync(links[1].Href)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherOfficer.Http.GetAsync(links[1].Href)).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.Http.GetAsync(links[1].Href)).StatusCode);
        // An attachment id under another declaration's address is not found either.
        var other = await SubmitGiftAsync(mila, "Pen");
        Assert.Equal(HttpStatusCode.NotFound, (await mila.Http.GetAsync($"/meldingen/{other}/bijlagen/{links[0].Href.Split('/')[^1]}")).StatusCode);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_program_named_photo_is_refused_by_its_bytes_and_nothing_typed_or_uploaded_is_lost(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var mila = app.CreateLoketClient();
        await mila.LoginAsDemoAsync("leiden", "medewerker");
        var subject = $"Taart {Guid.NewGuid():N}"[..14];

        var failed = await mila.PostFormAsync("/meldingen/nieuw/geschenk", "form.loket-declaration-form", Gift(subject),
            [new Upload("Files", "taart.jpg", Program, "image/jpeg"), new Upload("Files", "kaartje.pdf", Pdf, "application/pdf")]);
        var page = await ParseAsync(failed);

        Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        Assert.Contains("'taart.jpg' is geen PDF of een afbeelding", page.QuerySelector("#foutmeldingen")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(subject, page.QuerySelector("#Input_Subject")!.TextContent);
        Assert.Equal("35", page.QuerySelector("#Input_Answers_valueEur")!.GetAttribute("value"));
        // The good file of the same post is kept, ticked, so the employee need not choose it again.
        var kept = Assert.Single(page.QuerySelectorAll("input[name='Input.Attachments']"));
        Assert.True(kept.HasAttribute("checked"));
        Assert.Contains("kaartje.pdf", page.QuerySelector($"label[for='{kept.Id}']")!.TextContent, StringComparison.Ordinal);

        // Submitting the same form again files the kept file with the declaration; the refused one is nowhere.
        var resubmitted = await ConfirmAsync(mila, await mila.SubmitAsync(page, "form.loket-declaration-form", new Dictionary<string, string> { ["Input.Subject"] = page.QuerySelector("#Input_Subject")!.TextContent }, "/meldingen/nieuw/geschenk"));
        Assert.Equal(HttpStatusCode.Redirect, resubmitted.StatusCode);
        var files = await app.WithDbAsync(db => db.DeclarationAttachments.Where(a => db.Declarations.Any(d => d.Id == a.DeclarationId && d.Subject == subject)).Select(a => new { a.FileName, a.ContentType }).ToListAsync(), "leiden");
        var file = Assert.Single(files);
        Assert.Equal(("kaartje.pdf", "application/pdf"), (file.FileName, file.ContentType));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Too_large_too_many_and_other_peoples_files_are_refused(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var mila = app.CreateLoketClient();
        await mila.LoginAsDemoAsync("leiden", "medewerker");
        var large = new byte[DeclarationAttachments.MaxFileBytes + 1];
        Pdf.CopyTo(large, 0);

        var tooLarge = await ParseAsync(await mila.PostFormAsync("/meldingen/nieuw/geschenk", "form.loket-declaration-form", Gift("Groot"), [new Upload("Files", "scan.pdf", large)]));
        var tooMany = await ParseAsync(await PreviewAsync(mila, Gift("Veel"), [.. Enumerable.Range(1, 6).Select(i => new Upload("Files", $"foto{i}.png", Png))]));
        var empty = await ParseAsync(await mila.PostFormAsync("/meldingen/nieuw/geschenk", "form.loket-declaration-form", Gift("Leeg"), [new Upload("Files", "leeg.pdf", [])]));

        Assert.Contains("'scan.pdf' is te groot", tooLarge.QuerySelector("#foutmeldingen")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(5, tooMany.QuerySelectorAll("input[name='Input.Attachments']").Length);
        Assert.Contains("'foto6.png' is niet toegevoegd: een opgave heeft hoogstens 5 bijlagen", tooMany.QuerySelector("#foutmeldingen")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("'leeg.pdf' is leeg", empty.QuerySelector("#foutmeldingen")!.TextContent, StringComparison.Ordinal);

        // Mark posts the id of one of Mila's unfiled files with his own declaration: it is ignored.
        var milasFile = tooMany.QuerySelector("input[name='Input.Attachments']")!.GetAttribute("value")!;
        using var mark = app.CreateLoketClient();
        await mark.LoginAsDemoAsync("leiden", "manager");
        var marks = await SubmitAsync(mark, "geschenk", new Dictionary<string, string>(Gift("Wijn")) { ["Input.Attachments"] = milasFile });
        Assert.Equal(0, await app.WithDbAsync(db => db.DeclarationAttachments.CountAsync(a => a.DeclarationId == marks), "leiden"));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task The_employee_adds_a_file_until_the_decision_and_files_of_a_private_circumstance_are_audited_reads(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var mila = app.CreateLoketClient();
        await mila.LoginAsDemoAsync("leiderdorp", "medewerker");
        var id = await SubmitAsync(mila, "omstandigheid", new Dictionary<string, string>
        {
            ["Input.Subject"] = "Beslag op loon",
            ["Input.Answers[debts]"] = "true",
        });

        var added = await mila.PostFormAsync($"/meldingen/{id}", "form[action*=Attach]", new Dictionary<string, string>(), [new Upload("Files", "beslaglegging.pdf", Pdf)]);
        var (_, page) = await mila.GetPageAsync($"/meldingen/{id}");
        var href = page.QuerySelector($"a[href^='/meldingen/{id}/bijlagen/']")!.GetAttribute("href")!;
        using var iris = app.CreateLoketClient();
        await iris.LoginAsDemoAsync("leiderdorp", "integriteit");
        Assert.Equal(HttpStatusCode.OK, (await iris.Http.GetAsync(href)).StatusCode);
        using var mark = app.CreateLoketClient();
        await mark.LoginAsDemoAsync("leiderdorp", "manager");
        var decided = await DecideAsync(mark, id, new Dictionary<string, string> { ["Decide.Outcome"] = "Approved" });
        var (_, afterDecision) = await mila.GetPageAsync($"/meldingen/{id}");
        var late = await mila.Http.PostAsync($"/meldingen/{id}?handler=Attach", new MultipartFormDataContent
        {
            { new StringContent(page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new ByteArrayContent(Pdf), "Files", "later.pdf" },
        });
        var audited = await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "Read" && a.Entity == nameof(DeclarationAttachment)), "leiderdorp");

        Assert.True(added.StatusCode == HttpStatusCode.Redirect, (await ParseAsync(added)).QuerySelector("#foutmeldingen")?.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        Assert.Null(afterDecision.QuerySelector("form[action*=Attach]"));
        Assert.Contains("zolang er nog geen besluit is", (await ParseAsync(late)).QuerySelector("#foutmeldingen")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.DeclarationAttachments.CountAsync(a => a.DeclarationId == id), "leiderdorp"));
        Assert.True(audited >= 1, "the officer's download of a private circumstance's file is an audited read");
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Files_of_a_form_never_submitted_are_deleted_after_a_day_and_filed_ones_stay(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind);
        using var mila = app.CreateLoketClient();
        await mila.LoginAsDemoAsync("leiden", "medewerker");
        await PreviewAsync(mila, Gift("Bekeken, niet ingediend"), [new Upload("Files", "weg.pdf", Pdf)]);
        var filed = await ConfirmAsync(mila, await mila.PostFormAsync("/meldingen/nieuw/geschenk", "form.loket-declaration-form", Gift("Ingediend"), [new Upload("Files", "blijft.pdf", Pdf)]));

        async Task RunJobAsync()
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetServices<IScheduledJob>().OfType<AbandonedAttachmentsJob>().Single().RunAsync(CancellationToken.None);
        }

        async Task<List<string>> NamesAsync() => await app.WithDbAsync(db => db.DeclarationAttachments.OrderBy(a => a.FileName).Select(a => a.FileName).ToListAsync(), "leiden");

        await RunJobAsync();
        var afterAnHour = await NamesAsync();
        app.Time.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        await RunJobAsync();

        Assert.Equal(HttpStatusCode.Redirect, filed.StatusCode);
        Assert.Equal(["blijft.pdf", "weg.pdf"], afterAnHour);
        Assert.Equal(["blijft.pdf"], await NamesAsync());
    }

    [Fact]
    public async Task Six_large_files_get_a_message_for_the_sixth_and_the_five_are_kept()
    {
        var app = await SharedApps.GetAsync(DatabaseKind.Sqlite);
        using var mila = app.CreateLoketClient();
        await mila.LoginAsDemoAsync("leiden", "medewerker");
        var scan = new byte[DeclarationAttachments.MaxFileBytes];
        Pdf.CopyTo(scan, 0);

        var response = await mila.PostFormAsync("/meldingen/nieuw/geschenk", "form.loket-declaration-form", new Dictionary<string, string>(Gift("Zes scans")) { ["Input.Answers[valueEur]"] = "veel" },
            [.. Enumerable.Range(1, DeclarationAttachments.MaxFiles + 1).Select(i => new Upload("Files", $"scan{i}.pdf", scan))]);
        var page = await ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("'scan6.pdf' is niet toegevoegd", page.QuerySelector("#foutmeldingen")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(DeclarationAttachments.MaxFiles, page.QuerySelectorAll("input[name='Input.Attachments'][checked]").Length);
    }

    [Theory]
    [InlineData(413, "Te groot om te versturen")]
    [InlineData(400, "hoogstens 5 bijlagen")]
    public async Task A_refused_post_explains_itself_in_Dutch_without_blaming_us(int status, string text)
    {
        var app = await SharedApps.GetAsync(DatabaseKind.Sqlite);
        using var client = app.CreateLoketClient();

        var (response, page) = await client.GetPageAsync($"/fout/{status}");

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Contains(text, page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("aan onze kant", page.Body!.TextContent, StringComparison.Ordinal);
    }
}
