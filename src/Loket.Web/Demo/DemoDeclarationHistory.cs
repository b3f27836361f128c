using Loket.Policy;
using Loket.Web.Declarations;
using Loket.Web.Infrastructure;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Domain;
using Loket.Web.Infrastructure.Time;
using Loket.Web.People;
using Loket.Web.Tenants;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Demo;

/// <summary>
/// A year of declarations in one demo municipality: every type, at every stage (waiting, some past the
/// decision term; approved; approved with conditions; refused and answered; ended; replaced by a newer
/// version). Each is judged by the municipality's own code in force on its day (<see cref="PolicyEngine"/>),
/// routed like the page routes it, and filed and decided through the aggregate's own steps.
/// </summary>
internal sealed class DemoDeclarationHistory(LoketDbContext db, PolicyEngine engine, TimeProvider time, Tenant tenant, DemoPeople people, DemoStory story)
{
    private sealed record Plan(Employee By, DeclarationType Type, string Json, DeclarationDescription Description, int DaysAgo, Decision? Decision = null)
    {
        public EmployeeDeclaration? Previous { get; init; }
    }

    private const string SideActivityJson = "{\"type\":\"side-activity\",\"paid\":false,\"relatedToOwnWork\":false,\"organisationDealsWithMunicipality\":false,\"duringWorkingHours\":false,\"usesMunicipalResources\":false}";

    public async Task AddAsync(CancellationToken cancellationToken)
    {
        var (employee, permits, manager) = (people.Employee, people.PermitOfficer, people.Manager);
        var approve = new Decision(DeclarationStatus.Approved, "Past binnen de gedragscode; vastgelegd in het dossier.");

        // The employee: a year of her own declarations, from the first to the one she filed this week.
        await FileAsync(new(employee, DeclarationType.Gift, "{\"type\":\"gift\",\"valueEur\":25,\"status\":\"accepted\",\"form\":\"goods\"}",
            new(story.Gift.Subject, story.Gift.Giver), 300, approve with { Motivation = "Bescheiden attentie na afloop van het werk; mag je houden." }), cancellationToken);
        var before = await FileAsync(new(employee, DeclarationType.SideActivity, SideActivityJson,
            new(story.ChangedSideActivityBefore.Subject, story.ChangedSideActivityBefore.Organisation, story.ChangedSideActivityBefore.Role, Today.AddDays(-340)), 330, approve), cancellationToken);
        var ended = await FileAsync(new(employee, DeclarationType.SideActivity, SideActivityJson,
            new(story.EndedSideActivity.Subject, story.EndedSideActivity.Organisation, story.EndedSideActivity.Role, Today.AddDays(-290)), 280, approve), cancellationToken);
        Succeeds(ended.End(employee.Id, Today.AddDays(-40), At(40, 20)));
        await FileAsync(new(employee, DeclarationType.SideActivity, SideActivityJson,
            new(story.SideActivity.Subject, story.SideActivity.Organisation, story.SideActivity.Role, Today.AddDays(-250)), 240,
            new Decision(DeclarationStatus.ApprovedWithConditions, "Goed te combineren met je werk, mits het gescheiden blijft.",
                DecisionConditions.OutsideWorkingHours | DecisionConditions.NoMunicipalResources)), cancellationToken);
        var dinner = await FileAsync(new(employee, DeclarationType.Invitation, "{\"type\":\"invitation\",\"kind\":\"meal\",\"functional\":false,\"duringNegotiation\":true}",
            new(story.Dinner.Subject, story.Dinner.Host), 120,
            new Decision(DeclarationStatus.Refused, "De gemeente onderhandelt met deze partij; een diner op hun kosten past daar niet bij.")), cancellationToken);
        Succeeds(dinner.Respond(employee.Id, "Begrepen. Ik heb de uitnodiging beleefd afgeslagen.", At(115, 10)));
        await FileAsync(new(employee, DeclarationType.SideActivity, SideActivityJson,
            new(story.ChangedSideActivityAfter.Subject, story.ChangedSideActivityAfter.Organisation, story.ChangedSideActivityAfter.Role, Today.AddDays(-60)), 60, approve)
        { Previous = before }, cancellationToken);
        await FileAsync(new(employee, DeclarationType.Gift, "{\"type\":\"gift\",\"valueEur\":45,\"status\":\"accepted\",\"form\":\"goods\",\"christmasPackage\":true,\"deliveredAtHome\":true}",
            new(story.ChristmasPackage.Subject, story.ChristmasPackage.Giver), 17), cancellationToken);
        await FileAsync(new(employee, DeclarationType.SideActivity, "{\"type\":\"side-activity\",\"paid\":true,\"relatedToOwnWork\":true,\"organisationDealsWithMunicipality\":false,\"duringWorkingHours\":false}",
            new(story.NewSideActivity.Subject, story.NewSideActivity.Organisation, story.NewSideActivity.Role, Today.AddDays(14)), 3), cancellationToken);

        // Colleagues: the manager's other decisions, and the secretary's.
        await FileAsync(new(permits, DeclarationType.Relationship, "{\"type\":\"relationship\",\"withColleague\":true,\"hierarchical\":true,\"assessEachOthersWork\":true}",
            new(story.Relationship), 200, approve with { Motivation = "De teamleider beslist niet over het werk van haar partner; de afdelingsmanager doet dat." }), cancellationToken);
        var costly = await FileAsync(new(permits, DeclarationType.Gift, "{\"type\":\"gift\",\"valueEur\":150,\"status\":\"offered\",\"form\":\"voucher\",\"giverAwaitsDecision\":true}",
            new(story.CostlyGift.Subject, story.CostlyGift.Giver), 90,
            new Decision(DeclarationStatus.Refused, "Te hoge waarde, en de gever heeft een aanvraag bij ons lopen.")), cancellationToken);
        Succeeds(costly.Respond(permits.Id, "Akkoord, de bon is teruggestuurd met een korte uitleg.", At(88, 11)));
        await FileAsync(new(permits, DeclarationType.Invitation, "{\"type\":\"invitation\",\"kind\":\"event\",\"functional\":true,\"duringNegotiation\":false}",
            new(story.Event.Subject, story.Event.Host), 6), cancellationToken);
        await FileAsync(new(people.Lead, DeclarationType.Invitation, "{\"type\":\"invitation\",\"kind\":\"conference\",\"functional\":true,\"travelOrStayPaidByOthers\":false,\"duringNegotiation\":false}",
            new(story.Conference.Subject, story.Conference.Host), 150, approve with { Motivation = "Nuttig voor het werk; de gemeente betaalt de reis." }), cancellationToken);
        await FileAsync(new(people.Hired, DeclarationType.Invitation, "{\"type\":\"invitation\",\"kind\":\"conference\",\"functional\":true,\"travelOrStayPaidByOthers\":false,\"duringNegotiation\":false}",
            new(story.Conference.Subject, story.Conference.Host), 10), cancellationToken);
        await FileAsync(new(people.Buyer, DeclarationType.FinancialInterest, "{\"type\":\"financial-interest\",\"relatedToOwnWork\":true,\"organisationDealsWithMunicipality\":true,\"securities\":true}",
            new(story.FinancialInterest.Subject, story.FinancialInterest.Company), 180,
            new Decision(DeclarationStatus.ApprovedWithConditions, "Het belang mag blijven als je niet betrokken bent bij opdrachten aan dit bedrijf.",
                DecisionConditions.NoFilesOfTheOrganisation, "Een collega van Inkoop behandelt elke opdracht aan dit bedrijf.")), cancellationToken);
        await FileAsync(new(people.Hr, DeclarationType.PrivateCircumstance, "{\"type\":\"private-circumstance\",\"debts\":true,\"loansToColleagues\":false}",
            new(story.PrivateCircumstance), 210, approve with { Motivation = "Dank voor je openheid. Er is een regeling en je werk raakt er niet aan." }), cancellationToken);
        await FileAsync(new(manager, DeclarationType.FormerColleagueHire, "{\"type\":\"former-colleague-hire\",\"monthsSinceLeaving\":8,\"selfEmployedOrViaThirdParty\":true}",
            new(story.FormerColleague.Subject, story.FormerColleague.Bureau), 8), cancellationToken);
    }

    private DateOnly Today => time.Today();

    /// <summary>A moment <paramref name="daysAgo"/> days back at <paramref name="hour"/> Dutch time, on a working day.</summary>
    private DateTimeOffset At(int daysAgo, int hour)
    {
        var day = Today.AddDays(-daysAgo);
        day = day.DayOfWeek switch { DayOfWeek.Saturday => day.AddDays(-1), DayOfWeek.Sunday => day.AddDays(-2), _ => day };
        var local = day.ToDateTime(new TimeOnly(hour, 0));
        return new DateTimeOffset(local, DutchTime.Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    private async Task<EmployeeDeclaration> FileAsync(Plan plan, CancellationToken cancellationToken)
    {
        var submitted = At(plan.DaysAgo, 9 + (plan.DaysAgo % 7));
        var day = DutchTime.Day(submitted);
        var declarant = await Declarant.LoadAsync(db, tenant.Id, plan.By.Id, day, cancellationToken);
        var result = engine.EvaluateJson(declarant, plan.Json, day);
        if (result.Evaluation is not { } evaluation)
        {
            throw new InvalidOperationException($"The demo declaration '{plan.Description.Subject}' was not judged: {string.Join("; ", result.Errors)}");
        }

        var route = await DeclarationRouting.RouteAsync(db, declarant, managerInvolved: false, cancellationToken);
        var submission = new Submission(tenant.Id, plan.By.Id, plan.Type, result.Answers!, plan.Description, evaluation.Verdict, PolicyEngine.Citation(evaluation), route)
        {
            Previous = plan.Previous,
        };
        var filed = EmployeeDeclaration.Submit(submission, submitted);
        var declaration = filed.Value ?? throw new InvalidOperationException($"The demo declaration was refused: {filed.Refusal}");
        db.Declarations.Add(declaration);

        if (plan.Decision is { } decision)
        {
            var deciderId = route.DeciderId ?? people.Officer.Id;
            var destinations = engine.GiftDestinations(tenant.PolicySlug, day);
            var chosen = plan.Type == DeclarationType.Gift ? decision with { GiftDestination = Destination(destinations, decision.Outcome) } : decision;
            var isRelation = await db.Relations.AnyAsync(r => (r.EmployeeId == deciderId && r.RelatedEmployeeId == plan.By.Id)
                || (r.EmployeeId == plan.By.Id && r.RelatedEmployeeId == deciderId), cancellationToken);
            Succeeds(declaration.Decide(chosen, destinations, deciderId, isRelation, deciderIsOfficer: route.DeciderId is null,
                At(Math.Max(plan.DaysAgo - 3, 1), 14)));
        }

        return declaration;
    }

    /// <summary>Where the gift goes, among what this municipality's code allows.</summary>
    private static GiftDestination Destination(GiftDestinations allowed, DeclarationStatus outcome)
    {
        GiftDestination[] preferred = outcome == DeclarationStatus.Refused
            ? [GiftDestination.ReturnToGiver, GiftDestination.Charity, GiftDestination.Raffle, GiftDestination.Display]
            : [GiftDestination.Keep, GiftDestination.Display, GiftDestination.Raffle, GiftDestination.Charity];
        return preferred.First(allowed.Allows);
    }

    private static void Succeeds(Refusal? refusal)
    {
        if (refusal is not null)
        {
            throw new InvalidOperationException($"A demo step was refused: {refusal.Message}");
        }
    }
}
