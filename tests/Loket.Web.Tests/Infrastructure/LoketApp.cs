using Loket.Web.Audit;
using Loket.Web.Infrastructure.Crypto;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Loket.Web.Tests.Infrastructure;

/// <summary>
/// The real app over HTTP (in memory), on its own database, with demo data and a clock the test
/// can move. Extra configuration (e.g. an OpenID Connect provider) goes in through <paramref name="settings"/>;
/// a restart on the same database is a second app with <paramref name="ownsDatabase"/> false.
/// </summary>
public sealed class LoketApp(TestDatabase database, IReadOnlyDictionary<string, string?>? settings = null, bool ownsDatabase = true) : WebApplicationFactory<Program>
{
    // Every app a test starts watches its settings and wwwroot; Linux allows 128 inotify instances per user and
    // a full run starts more apps than that ("The configured user limit (128) on the number of inotify
    // instances has been reached"). Polling watchers use none. Set before any host is built.
    static LoketApp() => Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");

    /// <summary>Wednesday 25 November 2026, 10:00 UTC.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Time { get; } = new(Start);

    public TestDatabase Database { get; } = database;

    public string KeyFile { get; } = Path.Combine(Path.GetTempPath(), "loket-tests", $"kek-{Guid.NewGuid():N}.json");

    /// <summary>Where this app's audit verifications anchor the chains' heads, outside its database.</summary>
    public string AnchorFile { get; } = Path.Combine(Path.GetTempPath(), "loket-tests", $"anchors-{Guid.NewGuid():N}.log");

    public static async Task<LoketApp> StartAsync(DatabaseKind kind, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var app = new LoketApp(await TestDatabase.CreateAsync(kind), settings);
        _ = app.Server; // starts the host: migrates and seeds
        return app;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Database.Provider);
        builder.UseSetting("Database:ConnectionString", Database.ConnectionString);
        builder.UseSetting("Demo:Enabled", "true");
        // Tests start from the demo organisation without its year of work; the demo's own tests switch it on.
        builder.UseSetting("Demo:Activity", "false");
        // All in-memory clients share one (absent) address; the limiter has a test of its own.
        builder.UseSetting("Security:LoginAttemptsPerMinute", "100000");
        builder.UseSetting("Security:ReportPostsPerMinute", "100000");
        builder.UseSetting("Security:ReceiptAttemptsPerAddress", "100000");
        builder.UseSetting("Security:ReceiptAttemptsGlobal", "100000");
        builder.UseSetting("Security:GuessingWaveFailures", "100000");
        builder.UseSetting("Meldpunt:UploadMegabytesPerAddressPerHour", "100000");
        // Each app its own key-encryption key, outside its database, as in production: made first, as
        // `loket keys init` would (the app never makes one itself). A test's own Crypto:KeyFile wins.
        if (settings?.ContainsKey("Crypto:KeyFile") != true && !File.Exists(KeyFile))
        {
            KeyRing.Init(KeyFile, Start);
        }

        builder.UseSetting("Crypto:KeyFile", KeyFile);
        builder.UseSetting("Audit:AnchorFile", AnchorFile);
        // Tests run scheduled jobs themselves, after moving the clock.
        builder.UseSetting("Jobs:IntervalSeconds", "0");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Time);
            // Forty demo accounts with the production work factor would cost seconds per app;
            // the hash format and verification are the same.
            services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000);
            services.AddTransient<IStartupFilter, TestAddresses>();
        });
    }

    /// <summary>A browser; with <paramref name="address"/>, one that the app sees coming from that address.</summary>
    public LoketClient CreateLoketClient(string? address = null)
    {
        // No redirects followed; cookies kept; every answer waits until the notices its request handed over were tried.
        var http = CreateDefaultClient(new Uri("https://localhost"), new NoticesTried(this), new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler());
        if (address is not null)
        {
            http.DefaultRequestHeaders.Add(TestAddresses.Header, address);
        }

        return new(http);
    }

    /// <summary>
    /// The product sends a request's notices moments after it answered (NoticeSender); a test looks in the
    /// mailbox right after the answer, so the test browser waits for that attempt, as a person would.
    /// </summary>
    private sealed class NoticesTried(LoketApp app) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            await app.Services.GetRequiredService<Loket.Web.Infrastructure.Jobs.NoticeSender>().AttemptedAsync(TimeSpan.FromSeconds(30));
            return response;
        }
    }

    /// <summary>In-memory requests have no address; a test client may name one, so per-address limits can be tried.</summary>
    private sealed class TestAddresses : IStartupFilter
    {
        public const string Header = "X-Test-Remote-Address";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (System.Net.IPAddress.TryParse(context.Request.Headers[Header].ToString(), out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }

    /// <summary>Runs <paramref name="work"/> on the database directly, outside any tenant unless one is named.</summary>
    public async Task<T> WithDbAsync<T>(Func<LoketDbContext, Task<T>> work, string? tenantSlug = null)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().Set(null, "test");
        var db = scope.ServiceProvider.GetRequiredService<LoketDbContext>();
        if (tenantSlug is not null)
        {
            var tenant = await db.Tenants.SingleAsync(t => t.Slug == tenantSlug);
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant.Id, tenant.Slug, tenant.Name);
        }

        return await work(db);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (ownsDatabase)
        {
            await Database.DisposeAsync();
        }
    }
}
