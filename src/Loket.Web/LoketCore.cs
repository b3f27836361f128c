using Loket.Web.Audit;
using Loket.Web.Demo;
using Loket.Web.Identity;
using Loket.Web.Infrastructure.Crypto;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Mail;
using Loket.Web.Infrastructure.Tenancy;
using Loket.Web.Meldpunt;
using Loket.Web.People.Import;
using Loket.Web.PolicyVersions;
using Microsoft.AspNetCore.Identity;

namespace Loket.Web;

/// <summary>Services shared by the web app and the `loket` command line: database, tenancy, audit, time.</summary>
public static class LoketCore
{
    public static IServiceCollection AddLoketCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<TenantContext>();
        services.AddScoped<CurrentActor>();
        services.AddLoketDatabase(configuration);
        services.AddScoped<AuditVerifier>();
        services.AddOptions<AuditOptions>().Bind(configuration.GetSection(AuditOptions.Section));
        services.AddSingleton<AuditAnchors>();
        services.AddScoped<PeopleImporter>();
        services.AddScoped<DemoSeeder>();
        services.AddScoped<Tenants.TenantSetup>();
        services.AddScoped<Tenants.FirstAdministrator>();
        services.AddSingleton<IPasswordHasher<UserAccount>, PasswordHasher<UserAccount>>();
        services.AddOptions<DemoOptions>().Bind(configuration.GetSection(DemoOptions.Section));
        services.AddOptions<MailOptions>().Bind(configuration.GetSection(MailOptions.Section)).ValidateDataAnnotations();
        services.AddScoped<Mailer>();
        services.AddMeldpunt(configuration);
        return services;
    }

    /// <summary>
    /// Read the key file (a missing or unreadable one stops the start, <see cref="KeyFileException"/>), migrate,
    /// read in codes of conduct the database does not know yet, load the engine's catalogue, then load the
    /// demo municipalities when demo mode is on (idempotent).
    /// </summary>
    public static async Task PrepareDatabaseAsync(this IServiceProvider services, IConfiguration configuration, CancellationToken cancellationToken = default)
    {
        services.GetRequiredService<KeyRing>();
        await DatabaseServices.MigrateAsync(services, cancellationToken);
        var demo = configuration.GetSection(DemoOptions.Section).Get<DemoOptions>() ?? new DemoOptions();
        await using var scope = services.CreateAsyncScope();
        // The folder seeds each code's history once; the engine (web only) then loads the approved versions.
        await PolicyHistory.SeedAsync(scope.ServiceProvider.GetRequiredService<LoketDbContext>(), PolicyHistory.Folder(configuration),
            services.GetRequiredService<TimeProvider>(), services.GetRequiredService<ILogger<LoketDbContext>>(), cancellationToken);
        if (services.GetService<PolicyCatalogRefresh>() is { } policies)
        {
            await policies.ReloadAsync(cancellationToken);
        }

        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().ApplyAsync(demo.Enabled, cancellationToken);
    }
}
