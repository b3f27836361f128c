using Loket.Web.Infrastructure.Crypto;

namespace Loket.Web.Meldpunt.Case;

/// <summary>
/// Seals and opens the content of a case with its own data key, and the reporter's identity with
/// the vault's separate key. Ciphertexts are bound to the id of their row.
/// </summary>
public sealed class CaseCrypto(KeyRing ring)
{
    public Report NewReport(Guid tenantId, ReportCategory category, ReportChannel channel, string text, DateTimeOffset now)
    {
        var key = KeyRing.NewDataKey();
        var (keyId, wrapped) = ring.Wrap(key);
        var id = Guid.CreateVersion7();
        return Report.Open(id, tenantId, References.New(), category, channel, now, keyId, wrapped, Seal.EncryptText(key, text, id));
    }

    public string Text(Report report) => Seal.DecryptText(Key(report), report.SealedText, report.Id);

    public byte[] SealInvolved(Report report, string names) => Seal.EncryptText(Key(report), names, Bind(report.Id, "involved"));

    public string? Involved(Report report) => report.SealedInvolved is null ? null : Seal.DecryptText(Key(report), report.SealedInvolved, Bind(report.Id, "involved"));

    /// <summary>Who a tag stands for and why, readable only with the case's key.</summary>
    public byte[] SealNote(Report report, InvolvedTag tag, string note) => Seal.EncryptText(Key(report), note, Bind(tag.Id, "note"));

    public string? Note(Report report, InvolvedTag tag) =>
        tag.SealedNote is null ? null : Seal.DecryptText(Key(report), tag.SealedNote, Bind(tag.Id, "note"));

    public CaseEntry NewEntry(Report report, EntryKind kind, string text, DateTimeOffset now, Guid? author, (string Name, byte[] Content)? file = null)
    {
        var key = Key(report);
        var entry = new CaseEntry { TenantId = report.TenantId, ReportId = report.Id, Kind = kind, At = now, AuthorUserId = author, SealedText = [] };
        entry.SealedText = Seal.EncryptText(key, text, entry.Id);
        if (file is { } f)
        {
            entry.SealedFileName = Seal.EncryptText(key, f.Name, Bind(entry.Id, "name"));
            entry.SealedFile = Seal.Encrypt(key, f.Content, Bind(entry.Id, "file").ToByteArray());
            entry.FileBytes = f.Content.Length;
        }

        return entry;
    }

    public string Text(Report report, CaseEntry entry) => Seal.DecryptText(Key(report), entry.SealedText, entry.Id);

    public string? FileName(Report report, CaseEntry entry) =>
        entry.SealedFileName is null ? null : Seal.DecryptText(Key(report), entry.SealedFileName, Bind(entry.Id, "name"));

    public byte[]? File(Report report, CaseEntry entry) =>
        entry.SealedFile is null ? null : Seal.Decrypt(Key(report), entry.SealedFile, Bind(entry.Id, "file").ToByteArray());

    /// <summary>Seals a text of this case for another table's row and field (an investigation, a measure, an aftercare task).</summary>
    public byte[] SealField(Report report, Guid row, string field, string text) => Seal.EncryptText(Key(report), text, Bind(row, field));

    public string OpenField(Report report, Guid row, string field, byte[] sealedText) => Seal.DecryptText(Key(report), sealedText, Bind(row, field));

    public ReporterIdentity NewIdentity(Report report, string identity, Guid? confidantUserId, bool consent)
    {
        var key = KeyRing.NewDataKey();
        var (keyId, wrapped) = ring.Wrap(key);
        var vault = new ReporterIdentity { TenantId = report.TenantId, ReportId = report.Id, KeyId = keyId, WrappedKey = wrapped, SealedIdentity = [], ConfidantUserId = confidantUserId, ConsentToDesk = consent };
        vault.SealedIdentity = Seal.Encrypt(key, System.Text.Encoding.UTF8.GetBytes(identity), VaultBinding(vault));
        return vault;
    }

    /// <summary>
    /// Opens the vault. Its seal covers who may read it (the consent flag and the filing confidant), so a
    /// flag flipped in the database makes it fail to open instead of showing the name.
    /// </summary>
    public string Identity(ReporterIdentity vault) =>
        System.Text.Encoding.UTF8.GetString(Seal.Decrypt(ring.Unwrap(vault.KeyId, vault.WrappedKey), vault.SealedIdentity, VaultBinding(vault)));

    /// <summary>The reporter consents: the vault is sealed again, now bound to the new flag.</summary>
    public void GiveConsent(ReporterIdentity vault)
    {
        var key = ring.Unwrap(vault.KeyId, vault.WrappedKey);
        var identity = Seal.Decrypt(key, vault.SealedIdentity, VaultBinding(vault));
        vault.ConsentToDesk = true;
        vault.SealedIdentity = Seal.Encrypt(key, identity, VaultBinding(vault));
    }

    /// <summary>Re-wraps a data key under the newest KEK (key rotation); the data itself is untouched.</summary>
    public (string KeyId, byte[] Wrapped) Rewrap(string keyId, byte[] wrapped) => ring.Wrap(ring.Unwrap(keyId, wrapped));

    private byte[] Key(Report report) => ring.Unwrap(report.KeyId, report.WrappedKey);

    // The associated data of a vault: its row, whether the desk may read it, and which confidant may.
    private static byte[] VaultBinding(ReporterIdentity vault) =>
        [.. vault.Id.ToByteArray(), .. System.Text.Encoding.UTF8.GetBytes($"|consent={vault.ConsentToDesk}|confidant={vault.ConfidantUserId?.ToString("N") ?? "-"}")];

    // A distinct associated-data value per field of the same row, so fields cannot be swapped.
    private static Guid Bind(Guid id, string field)
    {
        var bytes = id.ToByteArray();
        var salt = System.Text.Encoding.UTF8.GetBytes(field);
        for (var i = 0; i < salt.Length; i++)
        {
            bytes[i % 16] ^= salt[i];
        }

        return new Guid(bytes);
    }
}
