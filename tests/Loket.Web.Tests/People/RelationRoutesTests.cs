using System.Net;
using Loket.Web.Declarations;
using Loket.Web.Identity;
using Loket.Web.Infrastructure.Jobs;
using Loket.Web.Infrastructure.Mail;
using Loket.Web.People;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using static Loket.Web.Tests.Declarations.DeclarationSteps;
using static Loket.Web.Tests.Meldpunt.MeldpuntSteps;

namespace Loket.Web.Tests.People;

/// <summary>
/// Every rule that reads the relations register, with relations put there the way a municipality does,
/// never seeded: on the register page by HR, by the people import, and by an approved relationship
/// declaration. Four eyes (the related manager does not decide, routing goes past them), the notice
/// (never to the related decider), the desk's exclusion (the officer related to someone named in a report
/// does not see the case), and the end of a relation (then none of it applies any more).
/// </summary>
public sealed class RelationRoutesTests
{
    private const string Officer = "1004"; // Iris Integriteit, Leiden's integrity officer, on the desk

    [Theory, OnSqlite, OnPostgres]
    public async Task Relations_HR_records_on_the_page_pass_the_related_manager_over_and_exclude_the_related_officer_until_HR_ends_them(DatabaseKind kind)
    {
        var team = await Team.StartAsync(await SharedApps.GetAsync(kind));
        using var hr = team.App.CreateLoketClient();
        await hr.LoginAsDemoAsync("leiden", "hr");
        var outsider = await team.Line.ColleagueAsync();
        var iris = await team.IdOfAsync(Officer);

        await RecordOnPageAsync(hr, team.Line.Employee, team.Line.Manager);
        await RecordOnPageAsync(hr, outsider, iris);

        await team.AssertRelatedManagerPassedOverAsync();
        var report = await team.ReportNamingAsync(await team.NumberOfAsync(outsider));
        await team.AssertOfficerSeesAsync(report, false);

        await EndOnPageAsync(hr, await team.RelationIdAsync(team.Line.Employee, team.Line.Manager));
        await EndOnPageAsync(hr, await team.RelationIdAsync(outsider, iris));

        Assert.Equal(team.Line.Manager, await team.DeciderOfAsync(await SubmitGiftAsync(team.Employee, "Fles wijn na de verbouwing")));
        await team.AssertOfficerSeesAsync(report, true);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Relations_from_the_import_pass_related_substitutes_and_managers_over_to_the_officers_and_exclude_the_related_officer_until_a_file_drops_them(DatabaseKind kind)
    {
        var team = await Team.StartAsync(await SharedApps.GetAsync(kind));
        var substitute = await team.Line.ColleagueAsync();
        await team.Line.SubstituteAsync(team.Line.Manager, substitute, team.Today, team.Today.AddDays(14));
        var (employee, manager, top, standIn) = (await team.NumberOfAsync(team.Line.Employee), await team.NumberOfAsync(team.Line.Manager),
            await team.NumberOfAsync(team.Line.Top), await team.NumberOfAsync(substitute));
        using var hr = team.App.CreateLoketClient();
        await hr.LoginAsDemoAsync("leiden", "hr");
        const string Header = "personeelsnummer;naam;email;dienstverband;startdatum;leidinggevende;relatie;relatie_soort";
        var (eva, vera) = ($"{employee};Eva Lijn;{employee.ToLowerInvariant()}@lijn.invalid;ambtenaar;2020-01-01;{manager}", $"{standIn};Vera Vervanger;vera-{standIn.ToLowerInvariant()}@lijn.invalid;ambtenaar;2020-01-01;");

        var imported = await PeopleImportTests.UploadAsync(hr, $"""
            {Header}
            {eva};{standIn}|{top};familie|vriendschap
            {vera};;
            """);
        Assert.Contains("Relaties: 2 vastgelegd, 0 gecorrigeerd, 0 beëindigd, 0 ongewijzigd.", imported, StringComparison.Ordinal);

        // The manager is away; the substitute is family and the top a friend: nobody in the line decides.
        var gift = await SubmitGiftAsync(team.Employee, "Taart van de aannemer");
        Assert.Null(await team.DeciderOfAsync(gift));
        var notified = await team.NoticesOfAsync(gift);
        Assert.DoesNotContain(await team.EmailOfAsync(substitute), notified);
        Assert.DoesNotContain(await team.EmailOfAsync(team.Line.Top), notified);

        // The officer is related to someone named in a report through the import too.
        Assert.Contains("Relaties: 1 vastgelegd, 0 gecorrigeerd, 0 beëindigd, 2 ongewijzigd.", await PeopleImportTests.UploadAsync(hr, $"""
            {Header}
            {eva};{standIn}|{top};familie|vriendschap
            {vera};{Officer};partner
            """), StringComparison.Ordinal);
        var report = await team.ReportNamingAsync(standIn);
        await team.AssertOfficerSeesAsync(report, false);

        // A later file without them ends the imported relations per today: the substitute decides again, the officer sees the case.
        var dropped = await PeopleImportTests.UploadAsync(hr, $"""
            {Header}
            {eva};;
            {vera};;
            """);
        Assert.Contains("Relaties: 0 vastgelegd, 0 gecorrigeerd, 3 beëindigd, 0 ongewijzigd.", dropped, StringComparison.Ordinal);
        Assert.Equal(substitute, await team.DeciderOfAsync(await SubmitGiftAsync(team.Employee, "Bos bloemen")));
        await team.AssertOfficerSeesAsync(report, true);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Relations_from_approved_relationship_declarations_pass_the_related_manager_over_and_exclude_the_related_officer_until_the_declaration_ends(DatabaseKind kind)
    {
        var team = await Team.StartAsync(await SharedApps.GetAsync(kind));
        var iris = await team.IdOfAsync(Officer);

        // The manager tells of his relation with someone in his team; the top approves it.
        var managers = await DeclareRelationshipAsync(team.Manager, team.Line.Employee);
        Assert.Equal(team.Line.Top, await team.DeciderOfAsync(managers));
        await ApproveAsync(team.Top, managers);
        var recorded = await team.Line.InLeidenAsync(db => db.Relations.SingleAsync(r => r.DeclarationId == managers));
        Assert.Equal(RelationSource.Declaration, recorded.Source);
        await team.AssertRelatedManagerPassedOverAsync();

        // The employee tells of a relation with the integrity officer; the top decides, as the manager may not.
        var employees = await DeclareRelationshipAsync(team.Employee, iris);
        Assert.Equal(team.Line.Top, await team.DeciderOfAsync(employees));
        await ApproveAsync(team.Top, employees);
        var report = await team.ReportNamingAsync(await team.NumberOfAsync(team.Line.Employee));
        await team.AssertOfficerSeesAsync(report, false);

        // The employee ends the declaration as of yesterday: the relation it recorded ends with it.
        var (_, page) = await team.Employee.GetPageAsync($"/meldingen/{employees}");
        var ended = await team.Employee.SubmitAsync(page, "form[action*='handler=End']", DateFields("EndDate", team.Today.AddDays(-1)), $"/meldingen/{employees}");
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        await team.AssertOfficerSeesAsync(report, true);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_relationship_declaration_about_the_own_manager_goes_past_that_manager_who_cannot_decide_it_and_its_approval_keeps_him_out(DatabaseKind kind)
    {
        var team = await Team.StartAsync(await SharedApps.GetAsync(kind));

        var declared = await DeclareRelationshipAsync(team.Employee, team.Line.Manager);
        var tried = await DecideAsync(team.Manager, declared, new Dictionary<string, string> { ["Decide.Outcome"] = nameof(DeclarationStatus.Approved) });

        Assert.Equal(team.Line.Top, await team.DeciderOfAsync(declared));
        Assert.NotEqual(HttpStatusCode.Redirect, tried.StatusCode);
        await ApproveAsync(team.Top, declared);
        await team.AssertRelatedManagerPassedOverAsync();
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task HR_of_one_municipality_cannot_see_correct_or_end_a_relation_of_another_by_its_id(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        var team = await Team.StartAsync(app);
        using var hrLeiden = app.CreateLoketClient();
        await hrLeiden.LoginAsDemoAsync("leiden", "hr");
        await RecordOnPageAsync(hrLeiden, team.Line.Employee, team.Line.Manager);
        var leidens = await team.RelationIdAsync(team.Line.Employee, team.Line.Manager);
        using var hrElsewhere = app.CreateLoketClient();
        await hrElsewhere.LoginAsDemoAsync("alphen-aan-den-rijn", "hr");
        var (_, own) = await hrElsewhere.GetPageAsync("/beheer/relaties");
        var token = own.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var seen = await hrElsewhere.Http.GetAsync($"/beheer/relaties/{leidens}");
        var corrected = await hrElsewhere.Http.PostAsync($"/beheer/relaties/{leidens}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Kind"] = nameof(RelationKind.Friend),
            ["StartDate"] = "2020-01-01",
            ["Reason"] = "Poging van buiten.",
        }));
        var endedHere = await hrElsewhere.Http.PostAsync($"/beheer/relaties/{leidens}?handler=End", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["EndsOn"] = "2026-01-01",
            ["EndReason"] = "Poging van buiten.",
        }));

        Assert.Equal(HttpStatusCode.NotFound, seen.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, corrected.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, endedHere.StatusCode);
        Assert.DoesNotContain(leidens.ToString(), own.Body!.InnerHtml, StringComparison.Ordinal);
        var stored = await team.Line.InLeidenAsync(db => db.Relations.AsNoTracking().SingleAsync(r => r.Id == leidens));
        Assert.Equal((RelationKind.Partner, (DateOnly?)null, (string?)null), (stored.Kind, stored.EndDate, stored.CorrectionReason));
    }

    private static async Task RecordOnPageAsync(LoketClient hr, Guid employee, Guid related)
    {
        var (_, page) = await hr.GetPageAsync("/beheer/relaties");
        var fields = new Dictionary<string, string>(DateFields("StartDate", new DateOnly(2026, 1, 1)))
        {
            ["EmployeeId"] = employee.ToString(),
            ["RelatedEmployeeId"] = related.ToString(),
            ["Kind"] = nameof(RelationKind.Partner),
        };
        Assert.Equal(HttpStatusCode.Redirect, (await hr.SubmitAsync(page, "#relatie-vastleggen", fields, "/beheer/relaties")).StatusCode);
    }

    /// <summary>Ends it on the register page per a day before today: by today they are no longer related.</summary>
    private static async Task EndOnPageAsync(LoketClient hr, Guid relation)
    {
        var (_, page) = await hr.GetPageAsync($"/beheer/relaties/{relation}");
        var fields = new Dictionary<string, string>(DateFields("EndsOn", new DateOnly(2026, 6, 1))) { ["EndReason"] = "Uit elkaar." };
        Assert.Equal(HttpStatusCode.Redirect, (await hr.SubmitAsync(page, "#relatie-beeindigen", fields, $"/beheer/relaties/{relation}")).StatusCode);
    }

    private static Task<Guid> DeclareRelationshipAsync(LoketClient client, Guid colleague) =>
        SubmitAsync(client, "relatie", new Dictionary<string, string>(DateFields("Input.StartDate", new DateOnly(2025, 3, 1)))
        {
            ["Input.Subject"] = "Relatie met een collega",
            ["Input.Counterparty"] = "Een collega",
            ["Input.RelatedEmployeeId"] = colleague.ToString(),
            ["Input.RelationKind"] = nameof(RelationKind.Partner),
            ["Input.Answers[handlesTheirMatter]"] = "false",
            ["Input.Answers[assessEachOthersWork]"] = "false",
            ["Input.Answers[integrityRisk]"] = "false",
            ["Input.Answers[hierarchical]"] = "false",
        });

    private static async Task ApproveAsync(LoketClient decider, Guid declaration)
    {
        var response = await DecideAsync(decider, declaration, new Dictionary<string, string> { ["Decide.Outcome"] = nameof(DeclarationStatus.Approved) });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, (await ParseAsync(response)).QuerySelector("#foutmeldingen")?.TextContent);
    }

    private static Dictionary<string, string> DateFields(string name, DateOnly day) => new()
    {
        [$"{name}.Day"] = day.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{name}.Month"] = day.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{name}.Year"] = day.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>A line of its own (LineBuilder) whose three people have e-mail addresses and accounts, signed in.</summary>
    private sealed record Team(LoketApp App, LineBuilder Line, LoketClient Employee, LoketClient Manager, LoketClient Top)
    {
        public DateOnly Today => Loket.Web.Infrastructure.Time.DutchTime.Day(App.Time.GetUtcNow());

        public static async Task<Team> StartAsync(LoketApp app)
        {
            var line = await LineBuilder.StartAsync(app);
            var clients = new List<LoketClient>();
            foreach (var (person, roles) in new[] { (line.Employee, Role.Employee), (line.Manager, Role.Employee | Role.Manager), (line.Top, Role.Employee | Role.Manager) })
            {
                var number = await line.InLeidenAsync(async db =>
                {
                    var employee = await db.Employees.SingleAsync(e => e.Id == person);
                    employee.Email = $"{employee.EmployeeNumber.ToLowerInvariant()}@lijn.invalid";
                    await db.SaveChangesAsync();
                    return employee.EmployeeNumber;
                });
                var userName = await app.CreateAccountAsync("leiden", "lijn", roles, number);
                var client = app.CreateLoketClient();
                await client.LoginAsync("leiden", userName, TestAccounts.Password);
                clients.Add(client);
            }

            return new Team(app, line, clients[0], clients[1], clients[2]);
        }

        /// <summary>
        /// The employee's gift goes past the related manager to the top; the manager cannot decide it even by
        /// posting the form; the notice that it arrived goes to the top, never to the manager.
        /// </summary>
        public async Task AssertRelatedManagerPassedOverAsync()
        {
            var gift = await SubmitGiftAsync(Employee, "Kerstpakket van een leverancier");
            var tried = await DecideAsync(Manager, gift, new Dictionary<string, string> { ["Decide.Outcome"] = "Approved", ["Decide.GiftDestination"] = "Keep" });
            var status = await Line.InLeidenAsync(db => db.Declarations.Where(d => d.Id == gift).Select(d => d.Status).SingleAsync());

            Assert.Equal(Line.Top, await DeciderOfAsync(gift));
            Assert.NotEqual(HttpStatusCode.Redirect, tried.StatusCode);
            Assert.Equal(DeclarationStatus.Submitted, status);
            Assert.Equal([await EmailOfAsync(Line.Top)], await NoticesOfAsync(gift));
        }

        public Task<Guid?> DeciderOfAsync(Guid declaration) =>
            Line.InLeidenAsync(db => db.Declarations.Where(d => d.Id == declaration).Select(d => d.DeciderId).SingleAsync());

        /// <summary>Whom the page tells that the declaration arrived: the notices DeclarationNotices queues with it, addressed as the sender addresses them.</summary>
        public Task<List<string>> NoticesOfAsync(Guid declaration) => Line.InLeidenAsync<List<string>>(async db =>
        {
            var stored = await db.Declarations.SingleAsync(d => d.Id == declaration);
            var notices = new JobNotifications(db, new Mailer(Options.Create(new MailOptions()), NullLogger<Mailer>.Instance), TimeProvider.System, NullLogger<JobNotifications>.Instance);
            await DeclarationNotices.QueueSubmittedAsync(db, notices, stored);
            var queued = db.ChangeTracker.Entries<PendingMail>().Select(e => e.Entity).ToList();
            var employees = queued.Where(m => m.ToEmployeeId is not null).Select(m => m.ToEmployeeId!.Value).ToList();
            var addressed = await db.Employees.IgnoreQueryFilters().Where(e => employees.Contains(e.Id) && e.Email != null).Select(e => e.Email!).ToListAsync();
            return [.. queued.Where(m => m.ToEmployeeId is null).Select(m => m.ToAddress), .. addressed];
        });

        public Task<string> EmailOfAsync(Guid person) => Line.InLeidenAsync(db => db.Employees.Where(e => e.Id == person).Select(e => e.Email!).SingleAsync());

        public Task<string> NumberOfAsync(Guid person) => Line.InLeidenAsync(db => db.Employees.Where(e => e.Id == person).Select(e => e.EmployeeNumber).SingleAsync());

        public Task<Guid> IdOfAsync(string number) => Line.InLeidenAsync(db => db.Employees.Where(e => e.EmployeeNumber == number).Select(e => e.Id).SingleAsync());

        public Task<Guid> RelationIdAsync(Guid a, Guid b) =>
            Line.InLeidenAsync(db => db.Relations.Where(r => (r.EmployeeId == a && r.RelatedEmployeeId == b) || (r.EmployeeId == b && r.RelatedEmployeeId == a)).Select(r => r.Id).SingleAsync());

        public async Task<Guid> ReportNamingAsync(string number)
        {
            using var reporter = App.CreateLoketClient();
            return (await ReportAnonymouslyAsync(App, reporter, "leiden", "Een collega laat zich trakteren door een aannemer.", involved: number)).ReportId;
        }

        /// <summary>The integrity officer opens the case or, excluded, finds it does not exist; the rest of the desk always sees it.</summary>
        public async Task AssertOfficerSeesAsync(Guid report, bool sees)
        {
            using var iris = App.CreateLoketClient();
            await iris.LoginAsDemoAsync("leiden", "integriteit");
            await PageAsync(iris, $"/meldpunt/dossiers/{report}", sees ? HttpStatusCode.OK : HttpStatusCode.NotFound);
            using var desk = App.CreateLoketClient();
            await desk.LoginAsync("leiden", "meldpunt@leidse-regio");
            await PageAsync(desk, $"/meldpunt/dossiers/{report}");
        }
    }
}
