using System.Text.Json;
using Loket.Policy;
using Loket.Web.Identity;
using Loket.Web.Infrastructure;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Jobs;
using Loket.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Declarations;

/// <summary>
/// REST endpoints to submit, list and decide declarations, tenant-scoped by the signed-in membership.
/// The declaration itself is the JSON of the <c>loket check</c> contract; function flags come from the
/// employee's function, never from the caller. Errors are ProblemDetails.
/// </summary>
public static class DeclarationApi
{
    public sealed record SubmitRequest(string? Subject, string? Counterparty, string? Role, DateOnly? StartDate, bool ManagerInvolved, JsonElement Declaration);

    public sealed record DecideRequest(DeclarationStatus? Outcome, string? Motivation, DecisionConditions[]? Conditions, string? ConditionsText, GiftDestination? GiftDestination);

    public sealed record Summary(Guid Id, string Type, string Subject, string Verdict, string Status, DateTimeOffset SubmittedAt, string Citation);

    public static void MapDeclarationApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/meldingen").WithTags("Meldingen");

        api.MapPost("/", SubmitAsync).RequireAuthorization(Policies.Employee);
        api.MapGet("/", async (HttpContext http, LoketDbContext db) =>
        {
            var me = LoketClaims.EmployeeOf(http.User);
            var rows = await db.Declarations.AsNoTracking().Where(d => d.EmployeeId == me).OrderByDescending(d => d.SubmittedAt).Take(500).ToListAsync();
            return Results.Ok(rows.Select(AsSummary));
        }).RequireAuthorization(Policies.Employee);
        api.MapGet("/te-beslissen", async (HttpContext http, LoketDbContext db) =>
        {
            var me = LoketClaims.EmployeeOf(http.User);
            var officer = DeclarationAccess.IsOfficer(http.User);
            var rows = await db.Declarations.AsNoTracking()
                .Where(d => d.Status == DeclarationStatus.Submitted && d.EmployeeId != me && (d.DeciderId == me || (officer && d.DeciderId == null)))
                .OrderBy(d => d.SubmittedAt).Take(500).ToListAsync();
            return Results.Ok(rows.Select(AsSummary));
        }).RequireAuthorization(Policies.Member);
        api.MapPost("/{id:guid}/besluit", DecideAsync).RequireAuthorization(Policies.Member);
    }

    private static async Task<IResult> SubmitAsync(SubmitRequest request, HttpContext http, LoketDbContext db, TenantContext tenant, PolicyEngine engine, JobNotifications notices, TimeProvider time)
    {
        if (LoketClaims.EmployeeOf(http.User) is not { } me)
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, detail: "Je account is niet aan een medewerker gekoppeld.");
        }

        var today = time.Today();
        var declarant = await Declarant.LoadAsync(db, me, today);
        var result = request.Declaration.ValueKind == JsonValueKind.Object
            ? engine.EvaluateJson(declarant, request.Declaration.GetRawText(), today)
            : new PolicyEngine.Result(null, null, ["Het veld 'declaration' moet een JSON-object zijn, bijvoorbeeld {\"type\":\"gift\",\"valueEur\":40}."]);
        var description = new DeclarationDescription(request.Subject, request.Counterparty, request.Role, request.StartDate);
        var errors = description.Check(result.Type)
            .GroupBy(r => JsonNamingPolicy.CamelCase.ConvertName(r.Field))
            .ToDictionary(g => g.Key, g => g.Select(r => r.Message).ToArray());
        if (result.Errors.Count > 0)
        {
            errors["declaration"] = [.. result.Errors];
        }

        if (errors.Count > 0 || result.Evaluation is not { } evaluation)
        {
            return Results.ValidationProblem(errors);
        }

        var route = await DeclarationRouting.RouteAsync(db, declarant, request.ManagerInvolved);
        var submission = new Submission(tenant.TenantId!.Value, me, result.Type!.Value, result.Answers!, description, evaluation.Verdict,
            PolicyEngine.Citation(evaluation), route);
        var filed = EmployeeDeclaration.Submit(submission, time.GetUtcNow());
        if (filed.Value is not { } declaration)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["declaration"] = [filed.Refusal!.Message] });
        }

        db.Declarations.Add(declaration);
        await DeclarationNotices.QueueSubmittedAsync(db, notices, declaration);
        await db.SaveChangesAsync();
        notices.HandOver();
        return Results.Created($"/api/meldingen/{declaration.Id}", new
        {
            id = declaration.Id,
            verdict = evaluation.Verdict.Name(),
            obligations = evaluation.Obligations.Select(o => o.Name()),
            reasons = evaluation.Reasons.Select(r => new { articleId = r.ArticleId, articleTitle = r.ArticleTitle, explanation = r.Explanation, excerpt = r.Excerpt }),
            decider = route.Note,
        });
    }

    private static async Task<IResult> DecideAsync(Guid id, DecideRequest request, HttpContext http, LoketDbContext db, PolicyEngine engine, JobNotifications notices, TimeProvider time)
    {
        var declaration = await db.Declarations.FirstOrDefaultAsync(d => d.Id == id);
        if (declaration is null || !await DeclarationAccess.MayReadAsync(db, http.User, declaration) || LoketClaims.EmployeeOf(http.User) is not { } me)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound);
        }

        var decision = new Decision(request.Outcome ?? DeclarationStatus.Submitted, request.Motivation,
            (request.Conditions ?? []).Aggregate(DecisionConditions.None, (all, c) => all | c), request.ConditionsText, request.GiftDestination);
        var related = declaration.RelatedEmployeeId == me || await People.Relatedness.AreRelatedAsync(db, declaration.TenantId, declaration.EmployeeId, me, time.Today());
        var destinations = await DestinationsAsync(db, engine, declaration);
        if (declaration.Decide(decision, destinations, me, related, DeclarationAccess.IsOfficer(http.User), time.GetUtcNow()) is { } error)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, detail: error.Message);
        }

        await People.RelationFromDeclaration.RecordAsync(db, declaration, LoketClaims.UserIdOf(http.User), time.GetUtcNow());
        DeclarationNotices.QueueDecided(notices, declaration);
        await db.SaveChangesAsync();
        notices.HandOver();
        return Results.Ok(AsSummary(declaration));
    }

    /// <summary>The destinations the employee's code allowed on the day of submission (only a gift has one).</summary>
    private static async Task<GiftDestinations> DestinationsAsync(LoketDbContext db, PolicyEngine engine, EmployeeDeclaration declaration)
    {
        if (declaration.Type != DeclarationType.Gift)
        {
            return GiftDestinations.Default;
        }

        var submittedOn = Infrastructure.Time.DutchTime.Day(declaration.SubmittedAt);
        var declarant = await Declarant.LoadAsync(db, declaration.EmployeeId, submittedOn);
        return engine.GiftDestinations(declarant.PolicySlug, submittedOn);
    }

    private static Summary AsSummary(EmployeeDeclaration d) =>
        new(d.Id, d.Type.Name(), d.Subject, d.Verdict.Name(), d.Status.Dutch(), d.SubmittedAt, d.Citation);
}
