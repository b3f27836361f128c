using System.Net;
using Loket.Web.Declarations;
using Loket.Web.People;
using Loket.Web.Tests.Declarations;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Loket.Web.Tests.Declarations.DeclarationSteps;

namespace Loket.Web.Tests.Registers;

// The register search goes through the database's text index (FTS5 on SQLite, a GIN tsvector index on
// PostgreSQL): every typed word must start a word of subject, giver or role; or it is part of a name.
public sealed class SearchTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task Words_of_subject_giver_and_role_and_part_of_a_name_find_declarations_of_this_municipality_only(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        var marker = $"Zoekproef{Guid.NewGuid():N}"[..17];
        using var mila = app.CreateLoketClient();
        await mila.LoginAsDemoAsync("leiderdorp", "medewerker");
        var gift = await SubmitGiftAsync(mila, $"Kistje Margaux-wijn {marker}", giver: "Wijnkoperij De Kelder");
        using var other = app.CreateLoketClient();
        await other.LoginAsDemoAsync("leiden", "medewerker");
        var elsewhere = await SubmitGiftAsync(other, $"Kistje Margaux-wijn {marker}", giver: "Wijnkoperij De Kelder");
        using var iris = app.CreateLoketClient();
        await iris.LoginAsDemoAsync("leiderdorp", "integriteit");

        async Task<bool> FindsAsync(string q, Guid id)
        {
            var (response, page) = await iris.GetPageAsync($"/registers/geschenken?q={Uri.EscapeDataString(q)}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return page.QuerySelector($"a[href='/meldingen/{id}']") is not null;
        }

        Assert.True(await FindsAsync(marker, gift), "a whole word");
        Assert.True(await FindsAsync($"margaux {marker.ToUpperInvariant()}", gift), "two words, any case");
        Assert.True(await FindsAsync($"wijnkop {marker}", gift), "the start of a word of the giver");
        Assert.True(await FindsAsync($"kistje, margaux! {marker}?", gift), "punctuation separates words");
        Assert.False(await FindsAsync($"{marker} cognac", gift), "every word must match");
        Assert.False(await FindsAsync(marker, elsewhere), "another municipality's declaration");
        // SQLite's index holds the municipality as a word ('t' and the id's hex); a typed word never matches it.
        var leiderdorp = await app.WithDbAsync(db => db.Tenants.Where(t => t.Slug == "leiderdorp").Select(t => t.Id).SingleAsync());
        Assert.False(await FindsAsync($"t{leiderdorp:N}"[..6], gift), "the start of the municipality's word");
        Assert.False(await FindsAsync($"t{leiderdorp:N}", gift), "the municipality's word");
        Assert.True(await FindsAsync("Mila Medew", gift), "part of the employee's name");
        // Query syntax of either database is only text here.
        Assert.False(await FindsAsync($"\"{marker}\" OR NEAR(x) & !y:* ' --", gift));
        Assert.False(await FindsAsync("*** ::: \"\"", gift));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_search_that_matches_many_people_and_a_text_pages_through_each_declaration_once_newest_first(DatabaseKind kind)
    {
        // More people than RegisterQuery looks up by id, so the name part is a subquery; one declaration
        // matches both by name and by text; 61 in all, so page 2 is made of both parts.
        var app = await SharedApps.GetAsync(kind);
        var marker = $"Veelnaam{Guid.NewGuid():N}"[..16];
        var start = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
        var expected = await app.WithDbAsync(async db =>
        {
            var people = Enumerable.Range(0, 205).Select(i => new Employee
            {
                EmployeeNumber = $"VN-{Guid.NewGuid():N}"[..20],
                Name = $"{marker} Medewerker {i}",
                StartDate = new DateOnly(2026, 1, 1),
            }).ToList();
            db.Employees.AddRange(people);
            var outsider = new Employee { EmployeeNumber = $"VN-{Guid.NewGuid():N}"[..20], Name = "Iemand Anders", StartDate = new DateOnly(2026, 1, 1) };
            db.Employees.Add(outsider);
            await db.SaveChangesAsync();
            var gifts = people.Take(60).Select((p, i) => Gift(p, $"Bos bloemen {i}", start.AddHours(i)))
                .Append(Gift(outsider, $"Boek over {marker}", start.AddHours(30).AddMinutes(30)))
                .ToList();
            gifts[7] = Gift(people[7], $"Fles wijn van {marker}", start.AddHours(7));
            db.Declarations.AddRange(gifts);
            await db.SaveChangesAsync();
            return gifts.OrderByDescending(g => g.SubmittedAt).Select(g => g.Id).ToList();
        }, "leiderdorp");
        using var iris = app.CreateLoketClient();
        await iris.LoginAsDemoAsync("leiderdorp", "integriteit");

        var found = new List<Guid>();
        for (var pagina = 1; pagina <= 2; pagina++)
        {
            var (response, page) = await iris.GetPageAsync($"/registers/geschenken?q={marker}&pagina={pagina}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            found.AddRange(page.QuerySelectorAll("a[href^='/meldingen/']").Select(a => Guid.Parse(a.GetAttribute("href")!["/meldingen/".Length..])).Distinct());
        }

        Assert.Equal(61, expected.Count);
        Assert.Equal(expected, found);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_frequent_word_a_rare_one_and_many_people_find_this_municipalitys_declarations_only_newest_first(DatabaseKind kind)
    {
        // SQLite plans a search by the number of hits (RegisterSearch.FewHits, 300): 320 hits walk the register
        // index, a handful are looked up one by one; 210 people make the name part the many-people query.
        // The same word and names in another municipality must never come through either route.
        var app = await SharedApps.GetAsync(kind);
        var marker = $"Vaak{Guid.NewGuid():N}"[..12];
        var start = new DateTimeOffset(2026, 4, 1, 9, 0, 0, TimeSpan.Zero);

        Task<List<(Guid Id, int Number)>> SeedAsync(string slug) => app.WithDbAsync(async db =>
        {
            var people = Enumerable.Range(0, 210).Select(i => new Employee
            {
                EmployeeNumber = $"VK-{Guid.NewGuid():N}"[..20],
                Name = $"{marker} Collega {i}",
                StartDate = new DateOnly(2026, 1, 1),
            }).ToList();
            db.Employees.AddRange(people);
            await db.SaveChangesAsync();
            var gifts = Enumerable.Range(0, 320).Select(i => (Gift: Gift(people[i % people.Count], $"Doos {marker} nummer {i}", start.AddMinutes(i)), Number: i)).ToList();
            db.Declarations.AddRange(gifts.Select(g => g.Gift));
            await db.SaveChangesAsync();
            return gifts.OrderByDescending(g => g.Gift.SubmittedAt).Select(g => (g.Gift.Id, g.Number)).ToList();
        }, slug);

        var here = await SeedAsync("leiderdorp");
        await SeedAsync("leiden");
        using var iris = app.CreateLoketClient();
        await iris.LoginAsDemoAsync("leiderdorp", "integriteit");

        async Task<List<Guid>> AllPagesAsync(string q)
        {
            var found = new List<Guid>();
            for (var pagina = 1; pagina <= 8; pagina++)
            {
                var (response, page) = await iris.GetPageAsync($"/registers/geschenken?q={Uri.EscapeDataString(q)}&pagina={pagina}");
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                found.AddRange(page.QuerySelectorAll("a[href^='/meldingen/']").Select(a => Guid.Parse(a.GetAttribute("href")!["/meldingen/".Length..])).Distinct());
            }

            return found;
        }

        var all = here.Select(g => g.Id).ToList();
        Assert.Equal(all, await AllPagesAsync(marker));
        Assert.Equal(all, await AllPagesAsync($"doos {marker}"));
        var few = here.Where(g => g.Number == 7 || g.Number / 10 == 7).Select(g => g.Id).ToList();
        Assert.Equal(11, few.Count);
        Assert.Equal(few, await AllPagesAsync($"{marker} 7"));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Part_of_a_name_with_accents_in_any_case_finds_the_persons_declarations(DatabaseKind kind)
    {
        // The name part reads the municipality's employees from IX_Employees_TenantId_Id_Name (issue 15): what
        // it finds must not change, accents and a fragment in the middle of a name included.
        var app = await SharedApps.GetAsync(kind);
        var marker = $"Accent{Guid.NewGuid():N}"[..14];
        var gift = await app.WithDbAsync(async db =>
        {
            var person = new Employee { EmployeeNumber = $"AC-{Guid.NewGuid():N}"[..20], Name = $"Loïs Brontë-Ağaoğlu {marker}", StartDate = new DateOnly(2026, 1, 1) };
            db.Employees.Add(person);
            await db.SaveChangesAsync();
            var declaration = Gift(person, "Bos bloemen", new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
            db.Declarations.Add(declaration);
            await db.SaveChangesAsync();
            return declaration.Id;
        }, "leiderdorp");
        using var iris = app.CreateLoketClient();
        await iris.LoginAsDemoAsync("leiderdorp", "integriteit");

        async Task<bool> FindsAsync(string q)
        {
            var (response, page) = await iris.GetPageAsync($"/registers/geschenken?q={Uri.EscapeDataString(q)}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return page.QuerySelector($"a[href='/meldingen/{gift}']") is not null;
        }

        Assert.True(await FindsAsync($"ïs brontë-ağaoğlu {marker}"), "accented letters in the middle of the name");
        Assert.True(await FindsAsync($"LOÏS BRONTË-AĞAOĞLU {marker.ToUpperInvariant()}"), "typed in capitals");
        Assert.False(await FindsAsync($"lois bronte-agaoglu {marker}"), "accents are letters of their own in a name");
    }

    private static EmployeeDeclaration Gift(Employee employee, string subject, DateTimeOffset submittedAt) => new DeclarationBuilder
    {
        TenantId = employee.TenantId,
        EmployeeId = employee.Id,
        Answers = "{\"type\":\"gift\",\"valueEur\":20,\"status\":\"accepted\",\"form\":\"goods\"}",
        Description = new(subject),
        DeciderId = null,
        SubmittedAt = submittedAt,
    }.Build();
}
