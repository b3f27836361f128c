using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using Loket.Web.Audit;
using Loket.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Loket.Web.Identity;

/// <summary>
/// One OpenID Connect scheme per municipality that configured a provider. The provider proves who
/// someone is; whether they may enter, and with which roles, is decided by our own memberships.
/// </summary>
internal static class OidcLogin
{
    public static AuthenticationBuilder AddTenantOidc(this AuthenticationBuilder auth, IConfiguration configuration)
    {
        foreach (var (slug, options) in TenantOidcOptions.Read(configuration))
        {
            auth.AddOpenIdConnect(TenantOidcOptions.SchemeFor(slug), options.DisplayName ?? slug, oidc =>
            {
                oidc.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                oidc.Authority = options.Authority;
                oidc.ClientId = options.ClientId;
                oidc.ClientSecret = options.ClientSecret;
                oidc.RequireHttpsMetadata = options.RequireHttpsMetadata;
                oidc.ResponseType = OpenIdConnectResponseType.Code;
                oidc.UsePkce = true;
                oidc.CallbackPath = $"/signin-oidc-{slug}";
                oidc.SignedOutCallbackPath = $"/signout-callback-oidc-{slug}";
                // Front-channel logout, one path per provider (the default /signout-oidc would be shared
                // by every scheme, and the first one would answer for all of them).
                oidc.RemoteSignOutPath = $"/signout-oidc-{slug}";
                // By default the handler deletes "iss" after sign-in, and with it the check it makes on
                // front-channel logout requests; our principal carries it for that check (see below).
                oidc.ClaimActions.Remove(JwtRegisteredClaimNames.Iss);
                oidc.Scope.Clear();
                oidc.Scope.Add("openid");
                oidc.Scope.Add("profile");
                oidc.Scope.Add("email");
                oidc.SaveTokens = true;
                oidc.GetClaimsFromUserInfoEndpoint = false;
                oidc.MapInboundClaims = false;
                oidc.Events.OnTokenValidated = context => MapToMembershipAsync(context, slug, options);
                oidc.Events.OnRemoteSignOut = SkipUnlessSignedInHereAsync;
                oidc.Events.OnRemoteFailure = context =>
                {
                    // The person sees only "not possible"; why (no membership, refused at the provider,
                    // correlation lost, bad token) goes to the log for the administrator.
                    context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(OidcLogin))
                        .LogWarning(context.Failure, "Sign-in through {Scheme} failed: {Reason}", context.Scheme.Name, context.Failure?.Message);
                    context.Response.Redirect("/inloggen?fout=sso");
                    context.HandleResponse();
                    return Task.CompletedTask;
                };
            });
        }

        return auth;
    }

    /// <summary>
    /// BIO2 for privileged roles: the provider's word that it asked for more than a password is trusted when
    /// the ID token's amr says "mfa" (RFC 8176), or its acr is one the municipality listed as multi-factor.
    /// Anything else counts as one factor, and a privileged role then sets up or enters our own TOTP code.
    /// </summary>
    internal static bool ProvenSecondFactor(ClaimsPrincipal? token, TenantOidcOptions options) =>
        token is not null && (token.FindAll("amr").Any(a => a.Value == "mfa")
            || (token.FindFirst("acr")?.Value is { } acr && options.MultiFactorAcrValues.Contains(acr, StringComparer.Ordinal)));

    private static async Task MapToMembershipAsync(TokenValidatedContext context, string slug, TenantOidcOptions options)
    {
        var db = context.HttpContext.RequestServices.GetRequiredService<LoketDbContext>();
        var issuer = context.SecurityToken.Issuer;
        var subject = context.Principal?.FindFirst("sub")?.Value;
        var email = context.Principal?.FindFirst("email")?.Value?.Trim().ToLowerInvariant();
        // Only an address the provider says it verified may link: one that does not send the claim (Entra ID
        // by default) vouches for nothing, and anyone can type someone else's address into a self-service account.
        var emailVerified = string.Equals(context.Principal?.FindFirst("email_verified")?.Value, "true", StringComparison.OrdinalIgnoreCase);
        var tenant = await db.Tenants.FirstOrDefaultAsync(t => t.Slug == slug);
        if (tenant is null || subject is null)
        {
            context.Fail("Onbekende gemeente of identiteit.");
            return;
        }

        var user = await db.Users.FirstOrDefaultAsync(u => u.ExternalLogins.Any(l => l.Issuer == issuer && l.Subject == subject));
        if (user is null && email is not null && emailVerified)
        {
            // First SSO login: link to the account an administrator of THIS municipality created with the same
            // e-mail address; an address shared by two accounts links neither (nobody can be taken over by a duplicate).
            // An account already linked to a subject is never linked to a second one: whoever controls another
            // identity with the same address (a renamed or recycled mailbox, a second provider) does not take it over.
            var candidates = await db.Users
                .Where(u => u.Email == email && db.Memberships.IgnoreQueryFilters().Any(m => m.UserId == u.Id && m.TenantId == tenant.Id))
                .OrderBy(u => u.Id).Take(2).Select(u => new { User = u, Linked = u.ExternalLogins.Any() }).ToListAsync();
            user = candidates is [{ Linked: false } only] ? only.User : null;
            if (user is not null)
            {
                // Added through the DbSet: the key is set client-side (Version 7 GUID), so EF would take a
                // row added to the navigation of a loaded user for an existing one and UPDATE it.
                db.ExternalLogins.Add(new ExternalLogin { UserId = user.Id, TenantId = tenant.Id, Issuer = issuer, Subject = subject });
            }
        }

        var time = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        var isMember = user is not null && await db.Memberships.IgnoreQueryFilters().AnyAsync(m => m.UserId == user.Id && m.TenantId == tenant.Id && m.Roles != Role.None)
            && await Employment.EmploymentAccess.AllowsAsync(db, user.Id, tenant.Id, time);
        if (!isMember)
        {
            context.Fail("Geen toegang voor deze gemeente.");
            return;
        }

        context.HttpContext.RequestServices.GetRequiredService<CurrentActor>().Set(user!.Id, user.DisplayName);
        await db.SaveChangesAsync();
        await db.RecordEventAsync("Login", nameof(UserAccount), user.Id.ToString(), "SSO", tenant.Id);
        var principal = LoketClaims.Create(user, tenant.Id, "oidc", context.Scheme.Name, ProvenSecondFactor(context.Principal, options) ? SecondFactorRequired.Provider : null);
        // Kept in the cookie so the handler can match a front-channel logout request to this session:
        // it ignores one whose iss (and sid, when the provider has sessions) differ from these.
        var identity = (ClaimsIdentity)principal.Identity!;
        identity.AddClaim(new Claim(JwtRegisteredClaimNames.Iss, issuer));
        if (context.Principal?.FindFirst(JwtRegisteredClaimNames.Sid)?.Value is { } sessionId)
        {
            identity.AddClaim(new Claim(JwtRegisteredClaimNames.Sid, sessionId));
        }

        context.Principal = principal;
    }

    // A front-channel logout request is a plain GET anyone can cause; it may only end a session that
    // this provider started. Otherwise the handler would sign out whoever is signed in, even with a password.
    private static async Task SkipUnlessSignedInHereAsync(RemoteSignOutContext context)
    {
        var session = await context.HttpContext.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        if (session.Principal?.FindFirst(LoketClaims.Scheme)?.Value != context.Scheme.Name)
        {
            context.SkipHandler();
        }
    }
}
