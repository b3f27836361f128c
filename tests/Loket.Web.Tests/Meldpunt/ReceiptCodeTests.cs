using System.Net;
using Loket.Web.Meldpunt;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Loket.Web.Tests.Meldpunt.MeldpuntSteps;

namespace Loket.Web.Tests.Meldpunt;

public sealed class ReceiptCodeTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task Five_wrong_guesses_lock_the_code_for_an_hour_even_for_the_right_code(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind);
        using var reporter = app.CreateLoketClient();
        var filed = await ReportAnonymouslyAsync(app, reporter, "alphen-aan-den-rijn", "Een leverancier betaalt een reis voor de teamleider.");

        using var guesser = app.CreateLoketClient();
        for (var i = 0; i < ReceiptCodes.MaxFailures; i++)
        {
            var wrong = filed.Code[..4] + ((long.Parse(filed.Code[4..], System.Globalization.CultureInfo.InvariantCulture) + i + 1) % 1_000_000_000_000).ToString("D12", System.Globalization.CultureInfo.InvariantCulture);
            var response = await OpenInboxAsync(guesser, wrong);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Deze code kennen we niet", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var owner = app.CreateLoketClient();
        var locked = await OpenInboxAsync(owner, filed.Code);
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains("tijdelijk geblokkeerd", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        app.Time.Advance(ReceiptCodes.LockTime + TimeSpan.FromMinutes(1));
        var opened = await OpenInboxAsync(owner, ReceiptCodes.Format(filed.Code));
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task The_code_is_stored_only_as_a_slow_hash(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var reporter = app.CreateLoketClient();
        var filed = await ReportAnonymouslyAsync(app, reporter, "s-hertogenbosch", "Iemand zet vergunningen door tegen betaling.");

        var report = await app.WithDbAsync(db => db.Reports.IgnoreQueryFilters().SingleAsync(r => r.Id == filed.ReportId));
        Assert.Equal(32, report.ReceiptHash!.Length);
        Assert.DoesNotContain(filed.Code, Convert.ToHexString(report.ReceiptHash) + report.ReceiptPrefix, StringComparison.Ordinal);
        Assert.True(ReceiptCodes.Iterations >= 100_000);
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
