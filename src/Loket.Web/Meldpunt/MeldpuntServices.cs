using Loket.Web.Identity;
using Loket.Web.Infrastructure.Crypto;
using Loket.Web.Infrastructure.Jobs;
using Loket.Web.Meldpunt.Case;
using Loket.Web.Meldpunt.Desk;
using Loket.Web.Meldpunt.Filing;
using Loket.Web.Meldpunt.Reporting;
using Microsoft.AspNetCore.Authorization;

namespace Loket.Web.Meldpunt;

/// <summary>The reporting desk's services; registered once for the web app and the command line.</summary>
public static class MeldpuntServices
{
    /// <summary>Integrity officers and the gemeentesecretaris (who decides in some codes and reviews).</summary>
    public const string CaseWork = nameof(CaseWork);

    /// <summary>Who may open a case's measures register at all; the register itself admits only HR, the case's officer and a recorded decider.</summary>
    public const string MeasureWork = nameof(MeasureWork);

    /// <summary>Managers and the gemeentesecretaris: who record a report that reached them (<c>/meldpunt/doorgeven</c>); the page offers only their code's routes.</summary>
    public const string LineIntake = nameof(LineIntake);

    public static IServiceCollection AddMeldpunt(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MeldpuntOptions>().Bind(configuration.GetSection(MeldpuntOptions.Section));
        services.AddOptions<CryptoOptions>().Bind(configuration.GetSection(CryptoOptions.Section));
        services.AddSingleton<KeyRing>();
        services.AddSingleton<CaseCrypto>();
        services.AddSingleton<ReceiptCodes>();
        services.AddScoped<ReceiptCheck>();
        services.AddSingleton<ReceiptAttempts>();
        services.AddScoped<GuessingWaveAlert>();
        services.AddSingleton<ReporterFiles.Allowance>();
        services.AddScoped<ReporterFiles>();
        services.AddScoped<ReportIntake>();
        services.AddScoped<Exclusion.Roster>();
        services.AddScoped<Exclusion.Exclusions>();
        services.AddScoped<Exclusion.PeopleSearch>();
        services.AddScoped<InvolvedStep>();
        services.AddScoped<CaseAccess>();
        services.AddScoped<HandlerCandidates>();
        services.AddScoped<Investigation.InvestigatorCandidates>();
        services.AddScoped<Measures.MeasureAccess>();
        services.AddScoped<KeyRotation>();
        services.AddScoped<KeyStatus>();
        services.AddScoped<IScheduledJob, CaseClockJob>();
        services.Configure<AuthorizationOptions>(o =>
        {
            o.AddPolicy(CaseWork, p => p.RequireAuthenticatedUser().RequireClaim(LoketClaims.Role, nameof(Role.IntegrityOfficer), nameof(Role.Secretary)));
            o.AddPolicy(MeasureWork, p => p.RequireAuthenticatedUser()
                .RequireClaim(LoketClaims.Role, nameof(Role.IntegrityOfficer), nameof(Role.HrAdviser), nameof(Role.Secretary), nameof(Role.Manager)));
            o.AddPolicy(LineIntake, p => p.RequireAuthenticatedUser().RequireClaim(LoketClaims.Role, nameof(Role.Manager), nameof(Role.Secretary)));
        });
        return services;
    }
}
