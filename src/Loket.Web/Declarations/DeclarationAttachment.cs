using Loket.Web.Infrastructure.Tenancy;

namespace Loket.Web.Declarations;

/// <summary>
/// A file with a declaration: an invitation letter, a photo of the gift, a side activity's contract.
/// Uploaded with the form; until the declaration is filed it belongs only to the uploader
/// (<see cref="DeclarationId"/> null), so a failed submission keeps its files. The type is the sniffed
/// one (<see cref="Infrastructure.Files.FileSignature"/>), never the uploader's claim.
/// </summary>
public sealed class DeclarationAttachment : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    /// <summary>Null while the form has not been filed yet.</summary>
    public Guid? DeclarationId { get; set; }

    /// <summary>The employee who uploaded it; only they can attach it to a declaration.</summary>
    public Guid UploadedById { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long SizeBytes { get; set; }

    public required byte[] Content { get; set; }

    public DateTimeOffset UploadedAt { get; set; }
}
