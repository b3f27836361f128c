using Loket.Web;
using Loket.Web.Audit;
using Loket.Web.Infrastructure.Crypto;
using Loket.Web.Infrastructure.Tenancy;
using Loket.Web.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Loket.Cli;

/// <summary>
/// The same services as the web app, configured the same way (appsettings.json in the working
/// directory, then environment variables such as Database__Provider and ConnectionStrings__Loket).
/// </summary>
internal static class CliHost
{
    /// <summary>The services; the key file is read at once, so a missing or unreadable one stops the command before it does anything.</summary>
    public static ServiceProvider Create()
    {
        var configuration = Configuration();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddLoketCore(configuration);
        var provider = services.BuildServiceProvider();
        try
        {
            provider.GetRequiredService<KeyRing>();
        }
        catch
        {
            provider.Dispose();
            throw;
        }

        return provider;
    }

    public static IConfiguration Configuration() => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
        .AddEnvironmentVariables()
        .Build();

    /// <summary>A scope acting as the command line, optionally for one municipality (null when the slug is unknown).</summary>
    public static async Task<AsyncServiceScope?> ScopeAsync(IServiceProvider services, string? tenantSlug, CancellationToken cancellationToken)
    {
        var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().Set(null, "loket (opdrachtregel)");
        if (tenantSlug is null)
        {
            return scope;
        }

        var db = scope.ServiceProvider.GetRequiredService<Web.Infrastructure.Database.LoketDbContext>();
        var tenant = await db.Set<Tenant>().FirstOrDefaultAsync(t => t.Slug == tenantSlug, cancellationToken);
        if (tenant is null)
        {
            await scope.DisposeAsync();
            return null;
        }

        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant.Id, tenant.Slug, tenant.Name);
        return scope;
    }
}
