using System.Collections.Concurrent;

namespace Loket.Web.Tests.Infrastructure;

/// <summary>
/// One app per database kind for the whole test run, for tests that only read demo data or add
/// rows of their own. Tests that tamper with data or move the clock start a fresh <see cref="LoketApp"/>.
/// </summary>
public static class SharedApps
{
    private static readonly ConcurrentDictionary<DatabaseKind, Lazy<Task<LoketApp>>> Apps = new();

    public static Task<LoketApp> GetAsync(DatabaseKind kind) =>
        Apps.GetOrAdd(kind, k => new Lazy<Task<LoketApp>>(() => LoketApp.StartAsync(k))).Value;
}
