using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Loket.E2E.Infrastructure;

/// <summary>
/// The real app on a real Kestrel port (a browser cannot reach the in-memory test server), over
/// HTTPS with a throwaway certificate, on a SQLite file of its own, in demo mode. One per test
/// class (xunit class fixture). A subclass passes settings of its own (a mail server, the demo's
/// year of work); they win over the defaults below.
/// </summary>
public class LoketHost : WebApplicationFactory<Program>
{
    private readonly string databasePath = Path.Combine(Path.GetTempPath(), $"loket_e2e_{Guid.NewGuid():N}.db");
    private readonly string keyFile = Path.Combine(Path.GetTempPath(), $"loket_e2e_kek_{Guid.NewGuid():N}.json");
    private readonly IReadOnlyDictionary<string, string?> settings;

    public LoketHost()
        : this(new Dictionary<string, string?>())
    {
    }

    protected LoketHost(IReadOnlyDictionary<string, string?> settings)
    {
        // Set before StartServer below, which calls ConfigureWebHost.
        this.settings = settings;
        // The key file exists before the app starts, as `loket keys init` leaves it; the app never makes one itself.
        Loket.Web.Infrastructure.Crypto.KeyRing.Init(keyFile, DateTimeOffset.UtcNow);
        // Set on the factory itself: UseKestrel(0) after WithWebHostBuilder would bind port 5000.
        UseKestrel(k => k.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(TestCertificate.Instance)));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        BaseUrl = new Uri(address);
    }

    /// <summary>https://127.0.0.1:&lt;port&gt;/</summary>
    public Uri BaseUrl { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "sqlite");
        builder.UseSetting("Database:ConnectionString", $"Data Source={databasePath}");
        builder.UseSetting("Demo:Enabled", "true");
        // Tests start from the demo organisation without its year of work; the demo's own tests switch it on.
        builder.UseSetting("Demo:Activity", "false");
        // The reporting desk's key-encryption key, outside the database as in production.
        builder.UseSetting("Crypto:KeyFile", keyFile);
        builder.UseSetting("Audit:AnchorFile", Path.ChangeExtension(keyFile, ".anchors.log"));
        // Forty demo accounts at the production work factor would cost seconds per host.
        builder.ConfigureServices(services => services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000));
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(databasePath + suffix);
        }

        File.Delete(keyFile);
        GC.SuppressFinalize(this);
    }
}
