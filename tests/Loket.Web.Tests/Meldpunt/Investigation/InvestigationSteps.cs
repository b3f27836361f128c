using System.Net;
using AngleSharp.Html.Dom;
using Loket.Web.Infrastructure.Time;
using Loket.Web.Meldpunt.Case;
using Loket.Web.Tests.Infrastructure;
using static Loket.Web.Tests.Meldpunt.MeldpuntSteps;

namespace Loket.Web.Tests.Meldpunt.Investigation;

/// <summary>What the desk does from an oral report to a conclusion under the protocol, as form posts through the real pages.</summary>
internal static class InvestigationSteps
{
    public const string RecordCanary = "KANARIE-VERSLAG-7Q2";
    public const string CorrectionCanary = "KANARIE-CORRECTIE-9X4";

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static DateOnly Today(LoketApp app) => DutchTime.Day(app.Time.GetUtcNow());

    /// <summary>An oral report by the signed-in officer, through the check of whom the names match; returns the case's id.</summary>
    public static async Task<Guid> OralReportAsync(LoketClient officer, string involved, string text = "Een collega laat bestellingen bij een bekende lopen.")
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Category"] = nameof(ReportCategory.Corruption),
            ["Input.Text"] = text,
            ["Input.InvolvedNames"] = involved,
            ["Transcript"] = "De melder vertelde het aan de telefoon.",
        };
        var page = await Declarations.DeclarationSteps.ParseAsync(await officer.PostFormAsync("/meldpunt/mondeling", "main form[method=post]", fields));
        if (page.QuerySelector("#controle") is not null)
        {
            page = await Declarations.DeclarationSteps.ParseAsync(await officer.SubmitAsync(page, "main form[method=post]", fields, "/meldpunt/mondeling"));
        }

        var link = page.QuerySelectorAll("a").First(a => a.TextContent.Contains("Naar het dossier", StringComparison.Ordinal)).GetAttribute("href")!;
        return Guid.Parse(link.Split('/')[^1]);
    }

    /// <summary>Acknowledged, inquiry, and the decision to investigate on the case page.</summary>
    public static async Task DecideToInvestigateAsync(LoketClient officer, Guid reportId)
    {
        await CaseActionAsync(officer, reportId, "Acknowledge");
        await CaseActionAsync(officer, reportId, "Intake");
        Assert.Equal(HttpStatusCode.Redirect, (await CaseActionAsync(officer, reportId, "Decide", new() { ["investigate"] = "true", ["motivation"] = "Concrete aanwijzingen in de bestellingen." })).StatusCode);
    }

    public static string ProtocolUrl(Guid reportId) => $"/meldpunt/dossiers/{reportId}/onderzoek";

    /// <summary>Posts one of the protocol page's forms; with <paramref name="via"/>, the handler's form need not be on the page (a post out of order).</summary>
    public static async Task<HttpResponseMessage> StepAsync(LoketClient client, Guid reportId, string handler, Dictionary<string, string>? fields = null, bool via = false)
    {
        var url = ProtocolUrl(reportId);
        var page = await PageAsync(client, url);
        return via
            // Any form carries the antiforgery token; the sign-out form is on every page.
            ? await client.SubmitAsync(page, "form[action='/uitloggen']", fields ?? [], url, formAction: $"{url}?handler={handler}")
            : await client.SubmitAsync(page, $"form[action*='handler={handler}']", fields ?? [], url);
    }

    public static async Task<IHtmlDocument> RefusedAsync(HttpResponseMessage response, string message)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Declarations.DeclarationSteps.ParseAsync(response);
        Assert.Contains(message, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        return page;
    }

    public static async Task DoneAsync(Task<HttpResponseMessage> step)
    {
        var response = await step;
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, (await Declarations.DeclarationSteps.ParseAsync(response)).QuerySelector("main")?.TextContent);
    }

    /// <summary>
    /// The whole protocol after the decision: an internal investigator (the first offered), informing the
    /// first person named, an interview with her and her reaction, the draft, her reaction, the report and
    /// the conclusion.
    /// </summary>
    public static async Task RunProtocolAsync(LoketApp app, LoketClient officer, Guid reportId, CaseOutcome outcome = CaseOutcome.PartlySubstantiated)
    {
        var today = Today(app);
        await DoneAsync(StepAsync(officer, reportId, "Start"));
        var page = await PageAsync(officer, ProtocolUrl(reportId));
        var investigator = page.QuerySelectorAll("select[name=investigator] option").Select(o => o.GetAttribute("value")).First(v => !string.IsNullOrEmpty(v))!;
        await DoneAsync(StepAsync(officer, reportId, "Internal", new() { ["investigator"] = investigator }));
        page = await PageAsync(officer, ProtocolUrl(reportId));
        var person = page.QuerySelector("input[name=person]")!.GetAttribute("value")!;
        await DoneAsync(StepAsync(officer, reportId, "Inform", new()
        {
            ["person"] = person,
            ["informedOn"] = Day(Today(app)),
            ["informedBy"] = "de onderzoeker",
            ["rightsExplained"] = "true",
            // Only kept if the shared test clock passed midnight since the assignment.
            ["delayReason"] = "De betrokkene was de dag van de toewijzing afwezig.",
        }));
        await DoneAsync(StepAsync(officer, reportId, "Interview", new()
        {
            ["role"] = "PersonConcerned",
            ["interviewee"] = "Mila Medewerker, met haar adviseur",
            ["heldOn"] = Day(today),
            ["adviserPresent"] = "true",
            ["record"] = $"Zij erkent twee bestellingen. {RecordCanary}",
        }));
        await DoneAsync(StepAsync(officer, reportId, "Show", new() { ["how"] = "ReadInMeeting" }));
        await DoneAsync(StepAsync(officer, reportId, "Reaction", new() { ["agrees"] = "false", ["correction"] = $"Het waren er twee, niet vijf. {CorrectionCanary}" }));
        await DoneAsync(StepAsync(officer, reportId, "Draft", new() { ["draft"] = "Twee bestellingen zijn aangetoond.", ["reactionDue"] = Day(today.AddDays(5)) }));
        await DoneAsync(StepAsync(officer, reportId, "DraftReaction", new() { ["draftReaction"] = "Ik betwist de derde bestelling." }));
        await DoneAsync(StepAsync(officer, reportId, "Report", new() { ["reportText"] = "Twee van de vijf bestellingen zijn aangetoond; de reactie is verwerkt." }));
        await DoneAsync(StepAsync(officer, reportId, "Conclude", new() { ["outcome"] = outcome.ToString(), ["motivation"] = "Twee van de vijf bestellingen." }));
    }
}
