using System.Globalization;
using System.Net;
using Loket.Web.Meldpunt.Case;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Loket.Web.Tests.Meldpunt.MeldpuntSteps;

namespace Loket.Web.Tests.Meldpunt;

public sealed class ReceiptCodeTests
{
    // Addresses from the documentation range (RFC 5737): only names for the in-memory test clients.
    private const string Attacker = "192.0.2.10";
    private const string Victim = "192.0.2.20";

    [Theory, OnSqlite, OnPostgres]
    public async Task Wrong_codes_sharing_the_first_four_digits_never_lock_the_right_code(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind);
        using var reporter = app.CreateLoketClient(Victim);
        var filed = await ReportAnonymouslyAsync(app, reporter, "alphen-aan-den-rijn", "Een leverancier betaalt een reis voor de teamleider.");

        // Many wrong codes aimed at the victim's bucket (the same first four digits), as the old lock counted them.
        using var guesser = app.CreateLoketClient(Attacker);
        for (var i = 0; i < 12; i++)
        {
            var wrong = filed.Code[..4] + ((long.Parse(filed.Code[4..], CultureInfo.InvariantCulture) + i + 1) % 1_000_000_000_000).ToString("D12", CultureInfo.InvariantCulture);
            var response = await OpenInboxAsync(guesser, wrong);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Deze code kennen we niet", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var owner = app.CreateLoketClient(Victim);
        var opened = await OpenInboxAsync(owner, ReceiptCodes.Format(filed.Code));
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal("/melden/inbox", opened.Headers.Location?.OriginalString);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task The_code_is_stored_only_as_a_slow_hash(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var reporter = app.CreateLoketClient();
        var filed = await ReportAnonymouslyAsync(app, reporter, "s-hertogenbosch", "Iemand zet vergunningen door tegen betaling.");

        var report = await app.WithDbAsync(db => db.Reports.IgnoreQueryFilters().SingleAsync(r => r.Id == filed.ReportId));
        Assert.Equal(32, report.ReceiptHash!.Length);
        Assert.DoesNotContain(filed.Code, Convert.ToHexString(report.ReceiptHash), StringComparison.Ordinal);
        Assert.False(report.ReceiptIsHandover);
        Assert.True(ReceiptCodes.Iterations >= 100_000);
    }

    [Fact]
    public async Task A_guesser_is_stopped_by_the_limit_of_its_own_address_and_the_reporter_is_not()
    {
        await using var app = await LoketApp.StartAsync(DatabaseKind.Sqlite, new Dictionary<string, string?> { ["Security:ReceiptAttemptsPerAddress"] = "5" });
        using var reporter = app.CreateLoketClient(Victim);
        var filed = await ReportAnonymouslyAsync(app, reporter, "leiden", "Iemand laat zich betalen voor een snellere vergunning.");

        using var guesser = app.CreateLoketClient(Attacker);
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage last = null!;
        for (var i = 0; i < 6; i++)
        {
            last = await OpenInboxAsync(guesser, $"1234 5678 9012 34{i:D2}");
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, 5), HttpStatusCode.TooManyRequests], statuses);
        var refusal = await last.Content.ReadAsStringAsync();
        Assert.Matches("Te veel pogingen\\. Probeer het over 1?[0-9] minuten opnieuw\\.", refusal);
        // Refused before the code is checked: even the right code does not get through from that address.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await OpenInboxAsync(guesser, filed.Code)).StatusCode);

        using var owner = app.CreateLoketClient(Victim);
        Assert.Equal(HttpStatusCode.Redirect, (await OpenInboxAsync(owner, filed.Code)).StatusCode);
    }

    [Fact]
    public async Task Guessers_on_many_addresses_are_stopped_together_by_the_global_limit()
    {
        await using var app = await LoketApp.StartAsync(DatabaseKind.Sqlite, new Dictionary<string, string?>
        {
            ["Security:ReceiptAttemptsPerAddress"] = "3",
            ["Security:ReceiptAttemptsGlobal"] = "6",
        });
        var statuses = new List<HttpStatusCode>();
        for (var address = 1; address <= 4; address++)
        {
            using var guesser = app.CreateLoketClient($"198.51.100.{address}");
            for (var i = 0; i < 2; i++)
            {
                statuses.Add((await OpenInboxAsync(guesser, $"9999 0000 1111 22{address}{i}")).StatusCode);
            }
        }

        // Each address stayed under its own limit of three; the seventh attempt overall is refused.
        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, 6), HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        using var late = app.CreateLoketClient("198.51.100.99");
        var refused = await OpenInboxAsync(late, "9999 0000 1111 2299");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Te veel pogingen. Probeer het over", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_guessing_wave_is_reported_to_every_desk_once(DatabaseKind kind)
    {
        await using var smtp = TestSmtpServer.Start();
        var settings = smtp.Settings;
        settings["Security:GuessingWaveFailures"] = "5";
        settings["Security:GuessingWaveWindowMinutes"] = "15";
        await using var app = await LoketApp.StartAsync(kind, settings);
        var desks = await app.WithDbAsync(db => db.Desks.Where(d => d.Email != null).Select(d => d.Email!).ToListAsync());
        Assert.NotEmpty(desks);

        async Task GuessAsync(int count, string address)
        {
            using var guesser = app.CreateLoketClient(address);
            for (var i = 0; i < count; i++)
            {
                Assert.Equal(HttpStatusCode.OK, (await OpenInboxAsync(guesser, $"5555 4444 3333 {i:D4}")).StatusCode);
            }
        }

        await GuessAsync(4, "203.0.113.1");
        Assert.Empty(smtp.Messages);

        // The fifth wrong code in the window starts the wave; the rest of it, from any address, sends nothing more.
        await GuessAsync(12, "203.0.113.2");
        app.Time.Advance(TimeSpan.FromMinutes(10));
        await GuessAsync(6, "203.0.113.3");
        Assert.Equal(desks.Order(), smtp.Messages.Select(m => m.To.Mailboxes.Single().Address).Order());
        var mail = smtp.Messages.First();
        Assert.Equal("Er wordt geraden naar ontvangstcodes", mail.Subject);
        Assert.Contains("veel verkeerde ontvangstcodes", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("5555", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("203.0.113", mail.TextBody, StringComparison.Ordinal);

        // A quiet window ends the wave; the next one is reported again, once.
        app.Time.Advance(TimeSpan.FromMinutes(30));
        await GuessAsync(8, "203.0.113.4");
        Assert.Equal(2 * desks.Count, smtp.Messages.Count);
        Assert.Equal(2, await app.WithDbAsync(db => db.GuessingAlerts.CountAsync()));
    }

    [Fact]
    public async Task The_public_report_form_and_inbox_are_rate_limited_per_address()
    {
        await using var app = await LoketApp.StartAsync(DatabaseKind.Sqlite, new Dictionary<string, string?> { ["Security:ReportPostsPerMinute"] = "3" });
        using var guesser = app.CreateLoketClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await OpenInboxAsync(guesser, "1234 5678 9012 3456")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }
}
