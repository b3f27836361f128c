namespace Loket.Web.Identity;

/// <summary>
/// One municipality's OpenID Connect provider, from configuration "Identity:Oidc:&lt;slug&gt;".
/// The secret comes from the environment or a secret store, never from the repository.
/// </summary>
public sealed class TenantOidcOptions
{
    public const string Section = "Identity:Oidc";

    public string Authority { get; set; } = string.Empty;

    public string ClientId { get; set; } = string.Empty;

    public string? ClientSecret { get; set; }

    /// <summary>Button text on the login page, e.g. "Inloggen met je Leiden-account".</summary>
    public string? DisplayName { get; set; }

    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>
    /// "acr" values of this provider that mean a second factor was used (besides amr "mfa", which always counts),
    /// e.g. "http://schemas.microsoft.com/claims/multipleauthn" or an eHerkenning/DigiD level the municipality trusts.
    /// </summary>
    public List<string> MultiFactorAcrValues { get; set; } = [];

    public static string SchemeFor(string slug) => $"oidc-{slug}";

    public static Dictionary<string, TenantOidcOptions> Read(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<Dictionary<string, TenantOidcOptions>>() ?? [];
}
