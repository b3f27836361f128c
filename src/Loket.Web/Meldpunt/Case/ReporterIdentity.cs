using Loket.Web.Infrastructure.Tenancy;

namespace Loket.Web.Meldpunt.Case;

/// <summary>
/// The vault: who reported, sealed under its own data key (not the case's), so a handler who can
/// read the case still cannot read the identity. Readable by the confidant who filed it, and by the
/// desk only with the reporter's consent (Wbk art. 1a).
/// </summary>
public sealed class ReporterIdentity : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid ReportId { get; set; }

    public required string KeyId { get; set; }

    public required byte[] WrappedKey { get; set; }

    public required byte[] SealedIdentity { get; set; }

    public Guid? ConfidantUserId { get; set; }

    public bool ConsentToDesk { get; set; }

    public bool MayBeReadBy(Guid? userId) => ConsentToDesk || (userId is not null && userId == ConfidantUserId);
}
