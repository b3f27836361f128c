using Loket.Web.Identity;
using Microsoft.AspNetCore.Authorization;

namespace Loket.Web.AnnualReport;

/// <summary>The annual report's services and who may read it.</summary>
public static class AnnualReportServices
{
    /// <summary>
    /// Who reads the year's report: the integrity coordinators (who write it), the gemeentesecretaris or
    /// algemeen directeur (who receives it) and the auditor (aggregates only, as everyone: the report has no case in it).
    /// </summary>
    public const string Readers = "AnnualReportReaders";

    public static IServiceCollection AddAnnualReport(this IServiceCollection services)
    {
        services.AddScoped<AnnualReportBuilder>();
        services.AddScoped<ReportChain>();
        services.Configure<AuthorizationOptions>(o => o.AddPolicy(Readers, p => p.RequireAuthenticatedUser()
            .RequireClaim(LoketClaims.Role, nameof(Role.IntegrityOfficer), nameof(Role.Secretary), nameof(Role.Auditor))));
        return services;
    }
}
