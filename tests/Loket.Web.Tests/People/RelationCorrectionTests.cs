using System.Net;
using AngleSharp.Html.Dom;
using Loket.Web.People;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Loket.Web.Tests.Declarations.DeclarationSteps;

namespace Loket.Web.Tests.People;

/// <summary>One relation's page (People/Relations/Details): its history, a correction with a reason, its end with a reason.</summary>
public sealed class RelationCorrectionTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task HR_corrects_kind_and_first_day_only_with_a_reason_keeps_the_input_on_an_error_and_the_page_shows_who_did_what_and_why(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        var line = await LineBuilder.StartAsync(app);
        var id = await line.RelateAsync(line.Employee, line.Manager, from: new DateOnly(2024, 1, 1));
        using var hr = app.CreateLoketClient();
        await hr.LoginAsDemoAsync("leiden", "hr");
        var (_, page) = await hr.GetPageAsync($"/beheer/relaties/{id}");

        var refused = await hr.SubmitAsync(page, "#relatie-corrigeren", Correction(RelationKind.Family, new DateOnly(2023, 4, 1), reason: ""), $"/beheer/relaties/{id}");
        var refusedPage = await ParseAsync(refused);
        var unchanged = await line.InLeidenAsync(db => db.Relations.AsNoTracking().SingleAsync(r => r.Id == id));
        var saved = await hr.SubmitAsync(refusedPage, "#relatie-corrigeren", Correction(RelationKind.Family, new DateOnly(2023, 4, 1), "Begindatum verkeerd overgenomen."), $"/beheer/relaties/{id}");
        var corrected = await line.InLeidenAsync(db => db.Relations.AsNoTracking().SingleAsync(r => r.Id == id));
        var (_, after) = await hr.GetPageAsync($"/beheer/relaties/{id}");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Geef een reden op voor de correctie.", refusedPage.QuerySelector("#foutmeldingen")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(nameof(RelationKind.Family), refusedPage.QuerySelector("#Kind option[selected]")?.GetAttribute("value"));
        Assert.Equal("2023", (refusedPage.QuerySelector("#StartDate_Year") as IHtmlInputElement)?.Value);
        Assert.Equal((RelationKind.Partner, new DateOnly(2024, 1, 1)), (unchanged.Kind, unchanged.StartDate));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal((RelationKind.Family, new DateOnly(2023, 4, 1), "Begindatum verkeerd overgenomen."), (corrected.Kind, corrected.StartDate, corrected.CorrectionReason));
        var history = after.QuerySelector("main table")!.TextContent;
        Assert.Contains("Laatst gecorrigeerd", history, StringComparison.Ordinal);
        Assert.Contains("Begindatum verkeerd overgenomen.", history, StringComparison.Ordinal);
        Assert.Contains("Hanna HR-adviseur", history, StringComparison.Ordinal);
        var audited = await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Entity == nameof(Relation) && a.EntityId == id.ToString() && a.Action == "Modified"));
        Assert.Equal(1, audited);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task The_officer_ends_a_relation_only_with_a_reason_and_corrects_its_end_back_to_open_when_it_was_a_mistake(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        var line = await LineBuilder.StartAsync(app);
        var id = await line.RelateAsync(line.Employee, line.Manager, from: new DateOnly(2024, 1, 1));
        using var officer = app.CreateLoketClient();
        await officer.LoginAsDemoAsync("leiden", "integriteit");
        var (_, page) = await officer.GetPageAsync($"/beheer/relaties/{id}");

        var withoutReason = await officer.SubmitAsync(page, "#relatie-beeindigen", Date("EndsOn", new DateOnly(2026, 6, 1)), $"/beheer/relaties/{id}");
        var beforeStart = await officer.SubmitAsync(page, "#relatie-beeindigen", new Dictionary<string, string>(Date("EndsOn", new DateOnly(2023, 6, 1))) { ["EndReason"] = "Uit elkaar." }, $"/beheer/relaties/{id}");
        var ended = await officer.SubmitAsync(page, "#relatie-beeindigen", new Dictionary<string, string>(Date("EndsOn", new DateOnly(2026, 6, 1))) { ["EndReason"] = "Uit elkaar." }, $"/beheer/relaties/{id}");
        var afterEnd = await line.InLeidenAsync(db => db.Relations.AsNoTracking().SingleAsync(r => r.Id == id));
        var (_, endedPage) = await officer.GetPageAsync($"/beheer/relaties/{id}");
        var reopened = await officer.SubmitAsync(endedPage, "#relatie-corrigeren", new Dictionary<string, string>(Correction(RelationKind.Partner, new DateOnly(2024, 1, 1), "Per vergissing beëindigd."))
        {
            ["EndDate.Day"] = "",
            ["EndDate.Month"] = "",
            ["EndDate.Year"] = "",
        }, $"/beheer/relaties/{id}");
        var afterReopen = await line.InLeidenAsync(db => db.Relations.AsNoTracking().SingleAsync(r => r.Id == id));

        Assert.Contains(new RelationReasonMissing().Message, (await ParseAsync(withoutReason)).QuerySelector("#foutmeldingen")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(new RelationEndsBeforeItStarts().Message, (await ParseAsync(beforeStart)).QuerySelector("#foutmeldingen")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Equal((new DateOnly(2026, 6, 1), "Uit elkaar."), (afterEnd.EndDate, afterEnd.EndReason));
        Assert.NotNull(endedPage.QuerySelector("#EndDate"));
        Assert.Null(endedPage.QuerySelector("#relatie-beeindigen"));
        Assert.Equal(HttpStatusCode.Redirect, reopened.StatusCode);
        Assert.Equal(((DateOnly?)null, (string?)null, "Per vergissing beëindigd."), (afterReopen.EndDate, afterReopen.EndReason, afterReopen.CorrectionReason));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Only_HR_and_the_officer_open_a_relation_and_an_unknown_one_does_not_exist(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        var line = await LineBuilder.StartAsync(app);
        var id = await line.RelateAsync(line.Employee, line.Manager);
        using var admin = app.CreateLoketClient();
        await admin.LoginAsDemoAsync("leiden", "beheerder");
        using var manager = app.CreateLoketClient();
        await manager.LoginAsDemoAsync("leiden", "manager");
        using var hr = app.CreateLoketClient();
        await hr.LoginAsDemoAsync("leiden", "hr");

        Assert.Equal(HttpStatusCode.Forbidden, (await admin.Http.GetAsync($"/beheer/relaties/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.Http.GetAsync($"/beheer/relaties/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hr.Http.GetAsync($"/beheer/relaties/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await hr.Http.GetAsync($"/beheer/relaties/{id}")).StatusCode);
    }

    private static Dictionary<string, string> Correction(RelationKind kind, DateOnly start, string reason) =>
        new(Date("StartDate", start)) { ["Kind"] = kind.ToString(), ["Reason"] = reason };

    private static Dictionary<string, string> Date(string name, DateOnly day) => new()
    {
        [$"{name}.Day"] = day.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{name}.Month"] = day.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{name}.Year"] = day.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
