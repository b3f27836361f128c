using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Tests.Declarations;

public sealed class ApiTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task Submit_list_and_decide_through_the_api_with_the_verdict_and_ProblemDetails(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var mila = app.CreateLoketClient();
        await mila.LoginAsDemoAsync("leiden", "medewerker");
        using var mark = app.CreateLoketClient();
        await mark.LoginAsDemoAsync("leiden", "manager");

        var created = await mila.Http.PostAsJsonAsync("/api/meldingen", new
        {
            subject = "Lunch aangeboden",
            counterparty = "Ingenieursbureau",
            declaration = new { type = "gift", valueEur = 20, status = "accepted", form = "hospitality" },
        });
        var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        var id = body.GetProperty("id").GetGuid();
        var invalid = await mila.Http.PostAsJsonAsync("/api/meldingen", new { subject = "", declaration = new { type = "gift", valueEur = "veel" } });
        var waiting = await mark.Http.GetStringAsync("/api/meldingen/te-beslissen");
        var ownDecision = await mila.Http.PostAsJsonAsync($"/api/meldingen/{id}/besluit", new { outcome = "Approved", giftDestination = "Keep" });
        var kept = await mark.Http.PostAsJsonAsync($"/api/meldingen/{id}/besluit", new { outcome = "Approved", giftDestination = "Keep" });
        var decided = await mark.Http.PostAsJsonAsync($"/api/meldingen/{id}/besluit", new { outcome = "Approved", giftDestination = "Display" });
        using var anonymous = app.CreateLoketClient();

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Contains(body.GetProperty("reasons").EnumerateArray(), r => r.GetProperty("articleId").GetString() == "4.3");
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("application/problem+json", invalid.Content.Headers.ContentType?.MediaType);
        Assert.Contains(id.ToString(), waiting, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, ownDecision.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, kept.StatusCode); // Leiden 4.3: in principe eigendom van de gemeente
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.Http.GetAsync("/api/meldingen")).StatusCode);
    }

    // Issue 15: the API stored a start date on any type, the form only on a side activity; both now file through EmployeeDeclaration.Submit.
    [Theory, OnSqlite, OnPostgres]
    public async Task The_api_keeps_a_start_date_only_for_a_side_activity_as_the_form_does(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var mila = app.CreateLoketClient();
        await mila.LoginAsDemoAsync("leiden", "medewerker");

        var gift = await mila.Http.PostAsJsonAsync("/api/meldingen", new
        {
            subject = "Boek",
            startDate = "2026-01-01",
            declaration = new { type = "gift", valueEur = 20 },
        });
        var side = await mila.Http.PostAsJsonAsync("/api/meldingen", new
        {
            subject = "Docent bij de volksuniversiteit",
            startDate = "2026-01-01",
            declaration = new { type = "side-activity", paid = true },
        });
        var problem = JsonDocument.Parse(await gift.Content.ReadAsStringAsync()).RootElement;
        var id = JsonDocument.Parse(await side.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        var stored = await app.WithDbAsync(db => db.Declarations.IgnoreQueryFilters().Where(d => d.Id == id).Select(d => d.StartDate).SingleAsync());

        Assert.Equal(HttpStatusCode.BadRequest, gift.StatusCode);
        Assert.Contains("alleen een nevenwerkzaamheid", problem.GetProperty("errors").GetProperty("startDate")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, side.StatusCode);
        Assert.Equal(new DateOnly(2026, 1, 1), stored);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_cross_site_form_cannot_post_to_the_api_and_another_municipality_cannot_decide(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var mila = app.CreateLoketClient();
        await mila.LoginAsDemoAsync("leiden", "medewerker");
        using var other = app.CreateLoketClient();
        await other.LoginAsDemoAsync("leiderdorp", "integriteit");
        var subject = $"Csrf {Guid.NewGuid():N}"[..16];
        var json = JsonSerializer.Serialize(new { subject, declaration = new { type = "gift", valueEur = 20 } });

        // What a hostile page can send without a CORS preflight: a text/plain or form body with the cookie.
        var plain = await mila.Http.PostAsync("/api/meldingen", new StringContent(json, System.Text.Encoding.UTF8, "text/plain"));
        var form = await mila.Http.PostAsync("/api/meldingen", new FormUrlEncodedContent([new(json, "")]));
        var broken = await mila.Http.PostAsync("/api/meldingen", new StringContent("{\"subject\": ", System.Text.Encoding.UTF8, "application/json"));
        var created = await mila.Http.PostAsJsonAsync("/api/meldingen", new { subject, declaration = new { type = "gift", valueEur = 20 } });
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        var crossTenant = await other.Http.PostAsJsonAsync($"/api/meldingen/{id}/besluit", new { outcome = "Refused", motivation = "Nee", giftDestination = "ReturnToGiver" });
        var unknownValue = await mila.Http.PostAsJsonAsync($"/api/meldingen/{id}/besluit", new { outcome = "Goedgekeurd" });

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, plain.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Equal("application/problem+json", broken.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, crossTenant.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknownValue.StatusCode);
        Assert.Equal("application/problem+json", unknownValue.Content.Headers.ContentType?.MediaType);
        Assert.Equal(1, await app.WithDbAsync(db => db.Declarations.CountAsync(d => d.Subject == subject && d.Status == Loket.Web.Declarations.DeclarationStatus.Submitted), "leiden"));
    }

    [Fact]
    public async Task The_openapi_document_describes_the_declaration_endpoints_for_members()
    {
        var app = await SharedApps.GetAsync(DatabaseKind.Sqlite);
        using var iris = app.CreateLoketClient();
        await iris.LoginAsDemoAsync("leiden", "integriteit");

        var document = await iris.Http.GetStringAsync("/openapi/v1.json");

        Assert.Contains("/api/meldingen/{id}/besluit", document, StringComparison.Ordinal);
    }
}
