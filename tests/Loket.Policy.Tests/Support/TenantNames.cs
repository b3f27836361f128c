namespace Loket.Policy.Tests;

internal static class TenantNames
{
    public const string Leiden = "leiden";
    public const string Leiderdorp = "leiderdorp";
    public const string Alphen = "alphen-aan-den-rijn";
    public const string SHertogenbosch = "s-hertogenbosch";
    public const string LeidschendamVoorburg = "leidschendam-voorburg";
}
