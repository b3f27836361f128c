using System.Text.Json;

namespace Loket.Cli.Tests;

// The fixed contract of `loket check --tenant <slug> --json` (issue 3, point 5).
public class CheckCommandTests
{
    [Fact]
    public void A_gift_of_50_euros_in_Leiden_prints_one_json_object_with_verdict_obligations_and_reasons()
    {
        var (exit, output, error) = Loket.Check("leiden", """{"type":"gift","valueEur":50}""");
        Assert.Equal(0, exit);
        Assert.Empty(error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("rood", root.GetProperty("verdict").GetString());
        Assert.Equal(["refuse", "report-to-manager"], root.GetProperty("obligations").EnumerateArray().Select(o => o.GetString()));
        var reason = root.GetProperty("reasons").EnumerateArray().Single(r => r.GetProperty("rule").GetString() == "gift-over-limit");
        Assert.Equal("4.3", reason.GetProperty("article").GetString());
        Assert.Equal("1.3", reason.GetProperty("version").GetString());
        Assert.False(string.IsNullOrWhiteSpace(reason.GetProperty("text").GetString()));
    }

    [Theory]
    [InlineData("leiden", """{"type":"gift","valueEur":30,"status":"accepted"}""", "groen")]
    [InlineData("alphen-aan-den-rijn", """{"type":"gift","gift":{"valueEur":50,"status":"accepted"}}""", "groen")]
    [InlineData("s-hertogenbosch", """{"type":"gift","valueEur":100,"form":"voucher"}""", "rood")]
    [InlineData("leidschendam-voorburg", """{"type":"invitation","kind":"meal"}""", "oranje")]
    [InlineData("alphen-aan-den-rijn", """{"type":"former-colleague-hire","monthsSinceLeaving":6}""", "oranje")]
    public void Every_verdict_exits_with_zero(string tenant, string json, string verdict)
    {
        var (exit, output, _) = Loket.Check(tenant, json);
        Assert.Equal(0, exit);
        Assert.Equal(verdict, JsonDocument.Parse(output).RootElement.GetProperty("verdict").GetString());
    }

    [Theory]
    [InlineData("leiden", """{"type":"gift","valuEur":50}""", "Onbekend veld 'valuEur'")]
    [InlineData("leiden", """{"type":"gift","valueEur":"vijftig"}""", "moet een bedrag in euro's zijn")]
    [InlineData("leiden", "dit is geen json", "Geen geldige JSON")]
    [InlineData("leiden", """{"valueEur":50}""", "Het veld 'type' ontbreekt")]
    [InlineData("utrecht", """{"type":"gift","valueEur":50}""", "Onbekende gemeente 'utrecht'")]
    [InlineData("leiden", """{"type":"gift","valueEur":50,"date":"2024-06-01"}""", "nog geen gedragscode van Leiden van kracht")]
    public void Invalid_input_exits_with_two_and_a_Dutch_message_on_standard_error(string tenant, string json, string message)
    {
        var (exit, output, error) = Loket.Check(tenant, json);
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_json_the_answer_is_written_for_a_person_in_Dutch()
    {
        var (exit, output, _) = Loket.Check("leiden", """{"type":"gift","valueEur":50}""", asJson: false);
        Assert.Equal(0, exit);
        Assert.Contains("Oordeel: Rood: niet toegestaan", output, StringComparison.Ordinal);
        Assert.Contains("  - Weigeren", output, StringComparison.Ordinal);
        Assert.Contains("artikel 4.3 \"Je neemt geen geschenken aan\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_date_the_declaration_is_judged_on_today()
    {
        var (_, output, _) = Loket.Check("leiden", """{"type":"gift","valueEur":10}""");
        Assert.Equal("2026-11-25", JsonDocument.Parse(output).RootElement.GetProperty("date").GetString());
    }

    [Theory]
    [InlineData("2026-12-05T23:30:00Z", "2026-12-06")] // winter: UTC+1
    [InlineData("2027-07-05T22:30:00Z", "2027-07-06")] // summer: UTC+2
    public void Today_is_the_dutch_day_whatever_the_machines_zone(string utc, string day)
    {
        var (_, output, _) = Loket.RunAt(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture),
            """{"type":"gift","valueEur":10}""", "check", "--tenant", "leiden", "--json", "--policies", Loket.Policies);

        Assert.Equal(day, JsonDocument.Parse(output).RootElement.GetProperty("date").GetString());
    }

    [Fact]
    public void A_missing_tenant_is_invalid_input()
    {
        var (exit, _, error) = Loket.Run("""{"type":"gift"}""", "check", "--json", "--policies", Loket.Policies);
        Assert.Equal(2, exit);
        Assert.Contains("--tenant", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_policies_option_the_repository_policies_folder_is_found()
    {
        var (exit, output, error) = Loket.Run("""{"type":"gift","valueEur":10}""", "check", "--tenant", "leiden", "--json");
        Assert.True(exit == 0, error);
        Assert.Equal("1.3", JsonDocument.Parse(output).RootElement.GetProperty("version").GetString());
    }

    [Fact]
    public void The_top_official_flag_may_sit_in_the_nested_side_activity_object()
    {
        var (exit, output, _) = Loket.Check("s-hertogenbosch", """{"type":"side-activity","side-activity":{"paid":true,"topOfficial":true}}""");
        Assert.Equal(0, exit);
        var obligations = JsonDocument.Parse(output).RootElement.GetProperty("obligations").EnumerateArray().Select(o => o.GetString());
        Assert.Contains("publish", obligations);
    }
}
