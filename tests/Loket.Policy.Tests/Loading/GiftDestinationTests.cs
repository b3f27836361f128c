namespace Loket.Policy.Tests.Loading;

// Issue 14: the destinations a manager may choose for a gift follow each code, from its policy file.
public class GiftDestinationTests
{
    [Theory]
    [InlineData("Leiden 4.3: in principe eigendom van de gemeente", TenantNames.Leiden, "raffle,display,charity,return-to-giver", "4.3")]
    [InlineData("Leiderdorp 4.3: in principe eigendom van de gemeente", TenantNames.Leiderdorp, "raffle,display,charity,return-to-giver", "4.3")]
    [InlineData("Alphen toel. 4: eigendom van de gemeente, verzameld en verdeeld", TenantNames.Alphen, "raffle,display,charity,return-to-giver", "toel. 4")]
    [InlineData("'s-Hertogenbosch 3.1 regel 7: de leidinggevende bepaalt, ook zelf houden", TenantNames.SHertogenbosch, "keep,raffle,display,charity,return-to-giver", "3.1 regel 7")]
    [InlineData("Leidschendam-Voorburg: het beleid zegt niets over de bestemming", TenantNames.LeidschendamVoorburg, "keep,raffle,display,charity,return-to-giver", null)]
    public void Each_code_offers_its_own_gift_destinations(string source, string tenant, string allowed, string? article)
    {
        Assert.NotEmpty(source);
        var destinations = Codes.Catalog.InForce(tenant, Codes.Today).GiftDestinations;
        Assert.Equal(allowed.Split(','), destinations.Allowed.Select(d => d.Name()));
        Assert.Equal(article, destinations.ArticleId);
    }

    [Theory]
    [InlineData(TenantNames.Leiden)]
    [InlineData(TenantNames.Leiderdorp)]
    [InlineData(TenantNames.Alphen)]
    public void Where_a_gift_is_municipal_property_keeping_it_is_not_offered(string tenant) =>
        Assert.False(Codes.Catalog.InForce(tenant, Codes.Today).GiftDestinations.Allows(GiftDestination.Keep));
}
