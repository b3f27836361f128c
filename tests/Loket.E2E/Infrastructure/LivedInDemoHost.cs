namespace Loket.E2E.Infrastructure;

/// <summary>
/// The demo as <c>./scripts/run</c> shows it: the five municipalities with their year of work
/// (Demo:Activity on). Making that year costs seconds, so one host serves every class in
/// <see cref="LivedInDemo"/>.
/// </summary>
public sealed class LivedInDemoHost() : LoketHost(new Dictionary<string, string?> { ["Demo:Activity"] = "true" });

/// <summary>The test classes that share one <see cref="LivedInDemoHost"/> (they run one after the other).</summary>
[CollectionDefinition(Name)]
public sealed class LivedInDemo : ICollectionFixture<LivedInDemoHost>
{
    public const string Name = "Demo met een jaar werk";
}
