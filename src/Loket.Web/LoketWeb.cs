using System.Threading.RateLimiting;
using Loket.Web.AnnualReport;
using Loket.Web.Declarations;
using Loket.Web.Identity;
using Loket.Web.Infrastructure.Crypto;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Jobs;
using Loket.Web.Infrastructure.Web;
using Loket.Web.Public;
using Loket.Web.Registers;
using Loket.Web.Tenants;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc;

namespace Loket.Web;

/// <summary>The web host: pages, sign-in, security and error handling.</summary>
public static class LoketWeb
{
    public static WebApplicationBuilder AddLoketWeb(this WebApplicationBuilder builder)
    {
        var services = builder.Services;

        // Razor Pages live in their capability folders (Identity/, Admin/, ...), not under /Pages.
        services.AddRazorPages(o => o.RootDirectory = "/")
            // Dates read as typed in Dutch (never the browser's locale); every binding error in Dutch.
            .AddMvcOptions(DutchValidationMessages.Apply);
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            var status = ctx.ProblemDetails.Status ?? ctx.HttpContext.Response.StatusCode;
            ctx.ProblemDetails.Title = ApiErrors.DutchTitle(status);
            if (status >= 500)
            {
                // Whatever went wrong inside stays in the log, not in the answer.
                ctx.ProblemDetails.Detail = null;
                ctx.ProblemDetails.Extensions.Remove("exception");
            }
        });
        services.AddHttpContextAccessor();

        // Keys in the database: any number of stateless nodes can read each other's cookies. Sealed with the
        // key file, and only sealed ones are used, so a copy of the database cannot mint a cookie.
        services.AddDataProtection().SetApplicationName("Integriteitsloket");
        services.AddOptions<KeyManagementOptions>().Configure<KeyRing, IServiceProvider, ILoggerFactory>((o, ring, provider, logs) =>
        {
            o.XmlRepository = new EncryptedKeysOnly(new EntityFrameworkCoreXmlRepository<LoketDbContext>(provider, logs));
            o.XmlEncryptor = new KeyFileXmlEncryptor(ring);
        });
        // The temp-data cookie carries a fresh receipt code from the intake to the page that shows it once.
        services.Configure<CookieTempDataProviderOptions>(o =>
        {
            o.Cookie.Name = "__Host-loket-td";
            o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.Path = "/";
            o.Cookie.IsEssential = true;
        });

        services.AddScoped<LocalLogin>();
        services.AddScoped<Identity.Passwords.PasswordMail>();
        services.AddScoped<Identity.Passwords.ResetRequest>();
        services.AddScoped<IClaimsTransformation, MembershipClaims>();
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.Cookie.Name = "__Host-loket";
                o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.HttpOnly = true;
                o.LoginPath = "/inloggen";
                o.LogoutPath = "/uitloggen";
                o.AccessDeniedPath = "/fout/403";
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.Events.OnRedirectToLogin = ctx => ApiOr(ctx, StatusCodes.Status401Unauthorized);
                o.Events.OnValidatePrincipal = MembershipClaims.ValidateAsync;
                // A role-gated page answers 403 in place (rendered as the Dutch error page), not a redirect.
                o.Events.OnRedirectToAccessDenied = ctx =>
                {
                    ctx.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                };
            })
            .AddCookie(TwoStepLogin.Scheme, o =>
            {
                o.Cookie.Name = "__Host-loket-tweestaps";
                o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
                o.ExpireTimeSpan = TimeSpan.FromMinutes(5);
            })
            .AddTenantOidc(builder.Configuration);
        services.AddAuthorization(Policies.Register);
        services.AddOperatorAccess();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "__Host-loket-af";
            o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
        });

        // The codes of conduct: every form and the API ask this one catalogue, loaded from the database at
        // start (PrepareDatabaseAsync) and again whenever a version is approved, here or on another node.
        services.AddSingleton(_ => new Declarations.PolicyEngine(Loket.Policy.PolicyCatalog.From([])));
        services.AddSingleton<PolicyVersions.PolicyCatalogRefresh>();
        services.AddHostedService(sp => sp.GetRequiredService<PolicyVersions.PolicyCatalogRefresh>());
        services.AddAnnualReport();
        services.AddScoped<Infrastructure.Jobs.JobNotifications>();
        services.AddSingleton<Infrastructure.Jobs.NoticeSender>();
        services.AddHostedService(sp => sp.GetRequiredService<Infrastructure.Jobs.NoticeSender>());
        services.AddScoped<IScheduledJob, Declarations.DecisionReminderJob>();
        services.AddScoped<IScheduledJob, Declarations.AbandonedAttachmentsJob>();
        services.AddScoped<IScheduledJob, Onboarding.OnboardingReminderJob>();
        services.AddScoped<IScheduledJob, Infrastructure.Database.SqliteStatistics>();
        services.AddSingleton<JobRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<JobRunner>());
        services.AddOpenApi();
        // Enums by name in the API ("Approved", "Keep"), as the OpenAPI document lists them.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Slows password guessing per address on top of the per-account lockout; reading the page is free.
            o.AddPolicy("login", PostsPerAddress("login", builder.Configuration.GetValue("Security:LoginAttemptsPerMinute", 20)));
            // The public report form and the receipt-code inbox. The address is only a key in memory here;
            // it is never stored with a report or logged by these pages.
            o.AddPolicy("meldpunt", PostsPerAddress("meldpunt", builder.Configuration.GetValue("Security:ReportPostsPerMinute", 10)));
            // The report forms' people picker: every request counts, so the staff list cannot be read out by searching.
            o.AddPolicy(Meldpunt.Exclusion.PeopleModel.SearchLimit, ctx => RateLimitPartition.GetFixedWindowLimiter(
                $"zoeken:{ctx.Connection.RemoteIpAddress?.ToString() ?? "onbekend"}",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = builder.Configuration.GetValue("Security:PeopleSearchesPerMinute", 60), Window = TimeSpan.FromMinutes(1) }));
        });
        services.AddSingleton<Meldpunt.Reporting.InboxSession>();
        services.Configure<ForwardedHeadersOptions>(o => o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);
        return builder;
    }

    /// <summary>
    /// A fixed window of form posts per client per minute; reading pages is never limited. The client is
    /// known only by a keyed hash of its address (<see cref="AddressKey"/>), so not even the limiter's
    /// memory holds an address.
    /// </summary>
    private static Func<HttpContext, RateLimitPartition<string>> PostsPerAddress(string name, int perMinute) => ctx =>
        HttpMethods.IsPost(ctx.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(
                $"{name}:{AddressKey.Of(ctx)}",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1) })
            : RateLimitPartition.GetNoLimiter("lezen");

    private static Task ApiOr(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (ApiErrors.IsApi(context.HttpContext))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        // Relative, so the loopback-as-secure scheme never leaks into an absolute https:// address.
        var target = Uri.TryCreate(context.RedirectUri, UriKind.Absolute, out var absolute) ? absolute.PathAndQuery : context.RedirectUri;
        context.Response.Redirect(target);
        return Task.CompletedTask;
    }

    public static WebApplication UseLoketPipeline(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseLoopbackAsSecureContext();
        app.UseSecurityHeaders(app.Configuration);
        // Never a stack trace: people get a Dutch page under /fout, API callers ProblemDetails.
        app.UseWhen(ApiErrors.IsApi, api =>
        {
            api.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = ApiErrors.StatusFor });
            api.UseStatusCodePages();
        });
        app.UseWhen(context => !ApiErrors.IsApi(context), pages =>
        {
            pages.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/fout", StatusCodeSelector = ApiErrors.StatusFor });
            pages.UseStatusCodePagesWithReExecute("/fout/{0}");
        });
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseStaticFiles();
        app.UseRouting();
        app.UseRequestBodyLimits();
        app.UseNulCharacterRefusal();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseSecondFactorRequired();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapLoketEndpoints(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapBranding();
        app.MapRegisterExports();
        app.MapAnnualReportDownloads();
        app.MapPublicSideActivities();
        app.MapDeclarationApi();
        app.MapDeclarationAttachments();
        // The API description is for signed-in members of a municipality, like the API itself.
        app.MapOpenApi().RequireAuthorization(Policies.Member);
        return app;
    }
}
