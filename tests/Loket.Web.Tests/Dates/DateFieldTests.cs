using System.Net;
using Loket.Web.Meldpunt.Case;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Loket.Web.Tests.Declarations.DeclarationSteps;

namespace Loket.Web.Tests.Dates;

/// <summary>The date fields as a browser posts them: three boxes, read the Dutch way, refused in Dutch.</summary>
public sealed class DateFieldTests
{
    /// <summary>What MVC says when nobody gave it Dutch words.</summary>
    private static readonly string[] English = ["is not valid", "is invalid", "The value", "field is required", "must be a number", "A value", "The supplied value"];

    [Theory, OnSqlite, OnPostgres]
    public async Task A_side_activity_start_typed_as_1_2_2027_is_stored_as_1_february_and_repeated_in_words(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var mila = app.CreateLoketClient();
        await mila.LoginAsDemoAsync("leiden", "medewerker");
        var organisation = $"Stichting {Guid.NewGuid():N}"[..20];

        var id = await SubmitAsync(mila, "nevenwerkzaamheid", new Dictionary<string, string>
        {
            ["Input.Subject"] = "Penningmeester",
            ["Input.Counterparty"] = organisation,
            ["Input.Role"] = "Penningmeester",
            ["Input.StartDate.Day"] = "1",
            ["Input.StartDate.Month"] = "2",
            ["Input.StartDate.Year"] = "2027",
            ["Input.Answers[paid]"] = "false",
        });
        var (_, page) = await mila.GetPageAsync($"/meldingen/{id}?ingediend=1");

        Assert.Equal(new DateOnly(2027, 2, 1), await app.WithDbAsync(db => db.Declarations.IgnoreQueryFilters().Where(d => d.Id == id).Select(d => d.StartDate).SingleAsync()));
        Assert.Contains("maandag 1 februari 2027", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("31", "2", "2027", "31 februari 2027 bestaat niet.")]
    [InlineData("1", "2", "72027", "Het jaar moet vier cijfers hebben, bijvoorbeeld 2027.")]
    [InlineData("x", "2", "2027", "De dag moet een getal zijn, bijvoorbeeld 6.")]
    [InlineData("1", "", "2027", "Vul een maand in.")]
    public async Task A_wrong_substitution_date_is_refused_in_dutch_and_the_boxes_keep_what_was_typed(string day, string month, string year, string error)
    {
        var app = await SharedApps.GetAsync(DatabaseKind.Sqlite);
        using var manager = app.CreateLoketClient();
        await manager.LoginAsDemoAsync("leiden", "manager");

        var response = await manager.PostFormAsync("/team", "form#vervanging", new Dictionary<string, string>
        {
            ["Input.From.Day"] = day,
            ["Input.From.Month"] = month,
            ["Input.From.Year"] = year,
            ["Input.Until.Day"] = "14",
            ["Input.Until.Month"] = "2",
            ["Input.Until.Year"] = "2027",
        });
        var page = await ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(error, page.QuerySelector("#foutmeldingen")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(error, page.QuerySelector("#Input_From-error")!.TextContent.Replace("Fout: ", "", StringComparison.Ordinal));
        Assert.Equal("true", page.QuerySelector("#Input_From")!.GetAttribute("aria-invalid"));
        Assert.Contains("Input_From-error", page.QuerySelector("#Input_From")!.Closest("fieldset")!.GetAttribute("aria-describedby"), StringComparison.Ordinal);
        Assert.Equal($"{day}|{month}|{year}", string.Join('|', new[] { "#Input_From", "#Input_From_Month", "#Input_From_Year" }.Select(box => page.QuerySelector(box)!.GetAttribute("value"))));
        Assert.DoesNotContain(English, e => page.Body!.TextContent.Contains(e, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Junk_in_a_date_a_guid_an_enum_and_a_number_gets_dutch_errors_never_english()
    {
        var app = await SharedApps.GetAsync(DatabaseKind.Sqlite);
        using var manager = app.CreateLoketClient();
        await manager.LoginAsDemoAsync("leiden", "manager");
        using var confidant = app.CreateLoketClient();
        await confidant.LoginAsDemoAsync("leidschendam-voorburg", "vertrouwenspersoon");

        // The exact post from the issue: an English-locale date field sent "72027-02-01".
        var team = await ParseAsync(await manager.PostFormAsync("/team", "form#vervanging", new Dictionary<string, string>
        {
            ["Input.SubstituteId"] = "iemand",
            ["Input.From"] = "72027-02-01",
            ["Input.Until"] = "2027-02-14",
        }));
        var contacts = await ParseAsync(await confidant.PostFormAsync("/vertrouwenspersoon/contacten", "main form[method=post]", new Dictionary<string, string>
        {
            ["Date"] = "gisteren",
            ["Category"] = "Banaan",
            ["Route"] = "Phone",
            ["Outcome"] = "ReferredToDesk",
            ["Year"] = "twee",
        }));

        var teamErrors = team.QuerySelector("#foutmeldingen")!.TextContent;
        var contactErrors = contacts.QuerySelector("#foutmeldingen")!.TextContent;
        Assert.Contains("Het jaar moet vier cijfers hebben", teamErrors, StringComparison.Ordinal);
        Assert.Contains("'iemand' is hier geen geldige waarde.", teamErrors, StringComparison.Ordinal);
        Assert.Contains("Vul de datum in als dag, maand en jaar", contactErrors, StringComparison.Ordinal);
        Assert.Contains("'Banaan' is hier geen geldige waarde.", contactErrors, StringComparison.Ordinal);
        Assert.Contains("'twee' is hier geen geldige waarde.", contactErrors, StringComparison.Ordinal);
        Assert.DoesNotContain(English, e => team.Body!.TextContent.Contains(e, StringComparison.Ordinal) || contacts.Body!.TextContent.Contains(e, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_reported_event_of_tomorrow_is_refused_in_dutch_and_today_is_accepted()
    {
        var app = await SharedApps.GetAsync(DatabaseKind.Sqlite);
        using var reporter = app.CreateLoketClient();
        // The shared clock stands at 25 November 2026, 11:00 in the Netherlands.
        Dictionary<string, string> Report(string day) => new()
        {
            ["Input.Municipality"] = "leiden",
            ["Input.Category"] = nameof(ReportCategory.Corruption),
            ["Input.Text"] = "Een aannemer betaalde een etentje voor de inkoper.",
            ["Input.EventDate.Day"] = day,
            ["Input.EventDate.Month"] = "11",
            ["Input.EventDate.Year"] = "2026",
        };

        var tomorrow = await reporter.PostFormAsync("/melden", "main form[method=post]", Report("26"));
        var page = await ParseAsync(tomorrow);
        var today = await reporter.PostFormAsync("/melden", "main form[method=post]", Report("25"));

        Assert.Equal(HttpStatusCode.OK, tomorrow.StatusCode);
        Assert.Contains("Deze datum ligt in de toekomst.", page.QuerySelector("#Input_EventDate-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, today.StatusCode);
    }

    [Fact]
    public async Task A_confidants_contact_of_tomorrow_is_refused_and_one_of_today_is_confirmed_in_words()
    {
        var app = await SharedApps.GetAsync(DatabaseKind.Sqlite);
        using var confidant = app.CreateLoketClient();
        await confidant.LoginAsDemoAsync("leiden", "vertrouwenspersoon");
        Dictionary<string, string> Contact(string day) => new()
        {
            ["Date.Day"] = day,
            ["Date.Month"] = "11",
            ["Date.Year"] = "2026",
            ["Category"] = nameof(ReportCategory.UnwantedBehaviour),
            ["Route"] = "Phone",
            ["Outcome"] = "ReferredToDesk",
        };

        var tomorrow = await ParseAsync(await confidant.PostFormAsync("/vertrouwenspersoon/contacten", "main form[method=post]", Contact("26")));
        var today = await confidant.PostFormAsync("/vertrouwenspersoon/contacten", "main form[method=post]", Contact("25"));
        var (_, confirmed) = await confidant.GetPageAsync("/vertrouwenspersoon/contacten");

        Assert.Contains("De datum van het contact ligt in de toekomst.", tomorrow.QuerySelector("#foutmeldingen")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, today.StatusCode);
        Assert.Contains("Het contact van woensdag 25 november 2026 is geregistreerd.", confirmed.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
    }
}
