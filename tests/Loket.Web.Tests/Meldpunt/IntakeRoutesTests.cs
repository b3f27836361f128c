using Loket.Web.Identity;
using Loket.Web.Meldpunt.Case;

namespace Loket.Web.Tests.Meldpunt;

/// <summary>Each municipality's routes into the desk come from its own code (issue 17.1): offered where it has them, said and left out where not.</summary>
public sealed class IntakeRoutesTests
{
    public static TheoryData<string, ReportChannel, bool, string> Routes => new()
    {
        { "leiden", ReportChannel.ViaManager, true, "Leiden Voorwoord, 8.1, 8.2" },
        { "leiden", ReportChannel.ViaManagersManager, false, "Leiden 8.2; Wet bescherming klokkenluiders art. 2" },
        { "leiden", ReportChannel.ViaSecretary, false, "Leiden 8.2; Wet bescherming klokkenluiders art. 2" },
        { "leiden", ReportChannel.Confidant, true, "Leiden Voorwoord, 8.2" },
        { "leiderdorp", ReportChannel.ViaManager, true, "Leiderdorp Voorwoord, 8.1, 8.2" },
        { "leiderdorp", ReportChannel.ViaManagersManager, false, "Leiderdorp 8.2; Wet bescherming klokkenluiders art. 2" },
        { "leiderdorp", ReportChannel.ViaSecretary, false, "Leiderdorp 8.2; Wet bescherming klokkenluiders art. 2" },
        { "alphen-aan-den-rijn", ReportChannel.ViaManager, true, "Alphen aan den Rijn 8" },
        { "alphen-aan-den-rijn", ReportChannel.ViaManagersManager, false, "Alphen aan den Rijn 8; Wet bescherming klokkenluiders art. 2" },
        { "alphen-aan-den-rijn", ReportChannel.ViaSecretary, true, "Alphen aan den Rijn 8" },
        { "alphen-aan-den-rijn", ReportChannel.Confidant, true, "Alphen aan den Rijn 8" },
        { "s-hertogenbosch", ReportChannel.ViaManager, true, "'s-Hertogenbosch 10.1" },
        { "s-hertogenbosch", ReportChannel.ViaManagersManager, true, "'s-Hertogenbosch 10.1" },
        { "s-hertogenbosch", ReportChannel.ViaSecretary, false, "'s-Hertogenbosch 10.1–10.2; Wet bescherming klokkenluiders art. 2" },
        { "s-hertogenbosch", ReportChannel.Confidant, true, "'s-Hertogenbosch 10.1" },
        { "leidschendam-voorburg", ReportChannel.ViaManager, true, "Leidschendam-Voorburg 2.3" },
        { "leidschendam-voorburg", ReportChannel.ViaManagersManager, true, "Leidschendam-Voorburg 2.3" },
        { "leidschendam-voorburg", ReportChannel.ViaSecretary, false, "Leidschendam-Voorburg 2.3, 4.1; Wet bescherming klokkenluiders art. 2" },
        { "leidschendam-voorburg", ReportChannel.Confidant, true, "Leidschendam-Voorburg 4.1 (bijlage 2)" },
        { "een-andere-code", ReportChannel.ViaManager, false, "gedragscode; Wet bescherming klokkenluiders art. 2" },
    };

    [Theory, MemberData(nameof(Routes))]
    public void A_route_is_offered_only_where_the_municipalitys_own_code_has_it(string slug, ReportChannel channel, bool offered, string source)
    {
        var route = IntakeRoutes.For(slug).Find(channel)!;
        Assert.Equal((offered, source), (route.Offered, route.Source));
        // A silence says so in the code's own name, never with another municipality's words.
        if (!offered)
        {
            Assert.Contains("niet als route", route.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Only_the_roles_of_a_route_are_offered_it()
    {
        var bosch = IntakeRoutes.For("s-hertogenbosch");
        Assert.Equal(new[] { ReportChannel.ViaManager, ReportChannel.ViaManagersManager }, bosch.OfferedTo(Role.Manager | Role.Employee).Select(r => r.Channel));
        Assert.Empty(bosch.OfferedTo(Role.Secretary));
        Assert.Equal(new[] { ReportChannel.ViaSecretary }, bosch.SilentFor(Role.Secretary).Select(r => r.Channel));
        Assert.Equal(new[] { ReportChannel.ViaSecretary }, IntakeRoutes.For("alphen-aan-den-rijn").OfferedTo(Role.Secretary).Select(r => r.Channel));
        Assert.Empty(IntakeRoutes.For("leiden").OfferedTo(Role.Employee));
    }
}
