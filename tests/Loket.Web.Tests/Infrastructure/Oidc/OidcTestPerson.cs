namespace Loket.Web.Tests.Infrastructure.Oidc;

/// <summary>
/// Who is signed in at the test identity provider: the claims it puts in the ID token.
/// <paramref name="Roles"/> are what the provider believes; our app must not believe them.
/// </summary>
public sealed record OidcTestPerson(string Subject, string Email, string Name, params string[] Roles)
{
    /// <summary>The provider's email_verified claim (true, as Keycloak sends for a checked address); not sent when null, as Entra ID does by default.</summary>
    public bool? EmailVerified { get; init; } = true;
}
