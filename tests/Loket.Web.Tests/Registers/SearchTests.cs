using System.Net;
using Loket.Web.Tests.Infrastructure;
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
        Assert.True(await FindsAsync("Mila Medew", gift), "part of the employee's name");
        // Query syntax of either database is only text here.
        Assert.False(await FindsAsync($"\"{marker}\" OR NEAR(x) & !y:* ' --", gift));
        Assert.False(await FindsAsync("*** ::: \"\"", gift));
    }
}
