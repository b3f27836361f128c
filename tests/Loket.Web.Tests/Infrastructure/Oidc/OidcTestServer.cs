using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Loket.Web.Tests.Infrastructure.Oidc;

/// <summary>
/// A municipality's identity provider for tests: OpenIddict on a real Kestrel port, speaking the
/// real protocol (discovery, JWKS, authorization code with PKCE, a confidential client, signed
/// ID tokens, end session). The app under test reaches it over its own backchannel, so it must be
/// real HTTP; the browser's side of the dance is <see cref="Browser"/>. There is no login UI:
/// whoever <see cref="SignedInAs"/> names is signed in at once.
/// </summary>
public sealed class OidcTestServer : IAsyncDisposable
{
    public const string ClientId = "integriteitsloket";
    public const string ClientSecret = "geheim-van-de-test-idp";

    /// <summary>Where the app under test lives as far as the browser is concerned (its TestServer base address).</summary>
    public static readonly Uri AppBaseAddress = new("https://localhost");

    private readonly ConcurrentQueue<string> identityTokens = new();
    private readonly ConcurrentQueue<OpenIddictRequest> endSessionRequests = new();
    private readonly SqliteConnection storeKeepAlive;
    private readonly WebApplication host;

    private OidcTestServer(string tenantSlug)
    {
        TenantSlug = tenantSlug;
        // A named in-memory database lives as long as one connection to it is open; each request
        // gets its own connection, so concurrent requests don't share one.
        var storeConnectionString = $"Data Source=oidc-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
        storeKeepAlive = new SqliteConnection(storeConnectionString);
        storeKeepAlive.Open();
        host = BuildHost(storeConnectionString);
    }

    public string TenantSlug { get; }

    /// <summary>The person at the provider's keyboard; null means the provider refuses (access_denied).</summary>
    public OidcTestPerson? SignedInAs { get; set; }

    /// <summary>The issuer, e.g. http://127.0.0.1:41234/ (the authority the app is configured with).</summary>
    public Uri Issuer => new(host.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single() + "/");

    public Uri AuthorizationEndpoint => new(Issuer, "connect/authorize");

    public Uri EndSessionEndpoint => new(Issuer, "connect/endsession");

    /// <summary>The browser's requests to the provider: real HTTP, no cookies, redirects left to the test.</summary>
    public HttpClient Browser { get; } = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, UseProxy = false });

    /// <summary>Every ID token the token endpoint handed out, as sent (compact JWS).</summary>
    public IReadOnlyCollection<string> IssuedIdentityTokens => identityTokens;

    /// <summary>Every end-session (logout) request that reached the provider.</summary>
    public IReadOnlyCollection<OpenIddictRequest> EndSessionRequests => endSessionRequests;

    /// <summary>Starts a provider with one confidential client: the app's scheme for <paramref name="tenantSlug"/>.</summary>
    public static async Task<OidcTestServer> StartAsync(string tenantSlug = "leiden")
    {
        var server = new OidcTestServer(tenantSlug);
        await server.RegisterClientAsync();
        await server.host.StartAsync();
        return server;
    }

    /// <summary>The app configuration for this provider, as an operator would set it for the municipality.</summary>
    public Dictionary<string, string?> AppSettings(string displayName) => new()
    {
        [$"Identity:Oidc:{TenantSlug}:Authority"] = Issuer.AbsoluteUri,
        [$"Identity:Oidc:{TenantSlug}:ClientId"] = ClientId,
        [$"Identity:Oidc:{TenantSlug}:ClientSecret"] = ClientSecret,
        [$"Identity:Oidc:{TenantSlug}:DisplayName"] = displayName,
        [$"Identity:Oidc:{TenantSlug}:RequireHttpsMetadata"] = "false",
    };

    public async ValueTask DisposeAsync()
    {
        Browser.Dispose();
        await host.StopAsync();
        await host.DisposeAsync();
        await storeKeepAlive.DisposeAsync();
    }

    private WebApplication BuildHost(string storeConnectionString)
    {
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true"); // as LoketApp: no inotify instance per server
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        builder.Services.AddDbContext<OidcTestStore>(o => o.UseSqlite(storeConnectionString).UseOpenIddict());
        builder.Services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<OidcTestStore>())
            .AddServer(o =>
            {
                o.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetEndSessionEndpointUris("connect/endsession");
                o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                o.RegisterScopes(Scopes.Email, Scopes.Profile, Scopes.Roles);
                // Keys live as long as the test; the app learns the signing key from the JWKS endpoint.
                o.AddEphemeralEncryptionKey().AddEphemeralSigningKey().DisableAccessTokenEncryption();
                o.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .DisableTransportSecurityRequirement();
                o.AddEventHandler<ApplyTokenResponseContext>(handler => handler.UseInlineHandler(context =>
                {
                    if (context.Response.IdToken is { } idToken)
                    {
                        identityTokens.Enqueue(idToken);
                    }

                    return default;
                }));
            });

        var app = builder.Build();
        app.UseAuthentication();
        app.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], Authorize);
        app.MapMethods("/connect/endsession", [HttpMethods.Get, HttpMethods.Post], EndSession);
        return app;
    }

    private async Task RegisterClientAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OidcTestStore>().Database.EnsureCreatedAsync();
        var client = new OpenIddictApplicationDescriptor
        {
            ClientId = ClientId,
            ClientSecret = ClientSecret,
            ClientType = ClientTypes.Confidential,
            DisplayName = "Integriteitsloket",
            RedirectUris = { new Uri(AppBaseAddress, $"/signin-oidc-{TenantSlug}") },
            PostLogoutRedirectUris = { new Uri(AppBaseAddress, $"/signout-callback-oidc-{TenantSlug}") },
            Permissions =
            {
                Permissions.Endpoints.Authorization,
                Permissions.Endpoints.Token,
                Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode,
                Permissions.ResponseTypes.Code,
                Permissions.Scopes.Email,
                Permissions.Scopes.Profile,
                Permissions.Scopes.Roles,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        await scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>().CreateAsync(client);
    }

    // The authorization endpoint: no login page, the configured person is signed in at once.
    private IResult Authorize(HttpContext http)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        if (SignedInAs is not { } person)
        {
            var refusal = new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = OpenIddictConstants.Errors.AccessDenied,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "Nobody is signed in at the provider.",
            });
            return Results.Forbid(refusal, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        var identity = new ClaimsIdentity("test-idp", Claims.Name, Claims.Role);
        identity.AddClaim(new Claim(Claims.Subject, person.Subject));
        identity.AddClaim(new Claim(Claims.Email, person.Email));
        identity.AddClaim(new Claim(Claims.Name, person.Name));
        if (person.EmailVerified is { } verified)
        {
            identity.AddClaim(new Claim(Claims.EmailVerified, verified ? "true" : "false", ClaimValueTypes.Boolean));
        }
        foreach (var role in person.Roles)
        {
            // The spellings providers use for roles: OpenIddict's "role", Entra ID's "roles", and the
            // .NET claim type that is also the one our cookie uses for roles.
            identity.AddClaim(new Claim(Claims.Role, role));
            identity.AddClaim(new Claim("roles", role));
            identity.AddClaim(new Claim(ClaimTypes.Role, role));
        }

        identity.SetScopes(request.GetScopes());
        identity.SetDestinations(static _ => [Destinations.IdentityToken, Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    // The end-session endpoint: ends the (stateless) session and returns to the client's post-logout URI.
    private IResult EndSession(HttpContext http)
    {
        endSessionRequests.Enqueue(http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an end-session request."));
        return Results.SignOut(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }
}
