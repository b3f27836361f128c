using System.Net;
using System.Net.Http.Json;
using Loket.Policy;

namespace Loket.Bench.Scale;

/// <summary>One kind of request the load run sends, and the status that counts as success.</summary>
internal sealed record Probe(string Name, Func<Random, HttpRequestMessage> Request, HttpStatusCode Expected)
{
    /// <summary>The integrity officer's register, mixed: first page, a deep page, filters, a search, a sensitive register.</summary>
    public static readonly Probe[] Register =
    [
        Get("register: first page", "/registers/geschenken"),
        // Page 300 of about 16,000 gifts per municipality: close to the end of OFFSET paging.
        Get("register: page 300", "/registers/geschenken?pagina=300"),
        Get("register: status filter", "/registers/nevenwerkzaamheden?status=Submitted"),
        Get("register: verdict + current", "/registers/nevenwerkzaamheden?verdict=Rood&current=true"),
        // A common surname (few words in the text, some 90 employees), a word in thousands of gifts, one person's full name.
        Get("register: search, common word", "/registers/geschenken?q=bakker"),
        Get("register: search, frequent gift", "/registers/geschenken?q=wijn"),
        Get("register: search, one person", "/registers/geschenken?q=fatima%20yilmaz"),
        // Relationships are sensitive: every view appends a read to the audit chain.
        Get("register: relationships", "/registers/relaties"),
    ];

    /// <summary>A declaration through the JSON API: sign-in cookie, policy evaluation, routing, insert and its audit entry.</summary>
    public static readonly Probe Submit = new("submit (POST /api/meldingen)", random =>
    {
        var type = random.Next(3) switch { 0 => DeclarationType.Gift, 1 => DeclarationType.Invitation, _ => DeclarationType.SideActivity };
        var subject = type switch
        {
            DeclarationType.Gift => random.Pick(DutchWords.GiftSubjects),
            DeclarationType.Invitation => random.Pick(DutchWords.InvitationSubjects),
            _ => random.Pick(DutchWords.SideActivitySubjects),
        };
        return new HttpRequestMessage(HttpMethod.Post, "/api/meldingen")
        {
            Content = JsonContent.Create(new
            {
                subject,
                counterparty = random.Pick(DutchWords.Organisations),
                role = type == DeclarationType.SideActivity ? random.Pick(DutchWords.Roles) : null,
                managerInvolved = random.NextDouble() < 0.05,
                declaration = AnswerPool.RandomAnswers(type, random),
            }),
        };
    }, HttpStatusCode.Created);

    public static readonly Probe BareInsert = new("bare insert (POST /bench/kale-insert)", _ => new HttpRequestMessage(HttpMethod.Post, BareInsertEndpoint.Path), HttpStatusCode.Created);

    private static Probe Get(string name, string path) => new(name, _ => new HttpRequestMessage(HttpMethod.Get, path), HttpStatusCode.OK);
}
