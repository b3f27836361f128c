using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Tests.Infrastructure.Oidc;

/// <summary>The test identity provider's own database: OpenIddict's clients, codes and tokens, nothing of ours.</summary>
internal sealed class OidcTestStore(DbContextOptions<OidcTestStore> options) : DbContext(options);
