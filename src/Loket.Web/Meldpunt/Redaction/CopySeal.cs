using Loket.Web.Infrastructure.Crypto;
using Loket.Web.Meldpunt.Case;

namespace Loket.Web.Meldpunt.Redaction;

/// <summary>
/// Seals a copy's text, recipient and purpose with its case's data key, each bound to the copy's id
/// and field, so key rotation (which re-wraps the case key) covers copies too and fields cannot be swapped.
/// </summary>
public sealed class CopySeal(KeyRing ring, Report report)
{
    private readonly byte[] key = ring.Unwrap(report.KeyId, report.WrappedKey);

    public void Seal(RedactedCopy copy, string text, string? recipientName, string purpose)
    {
        copy.SealedText = Infrastructure.Crypto.Seal.Encrypt(key, System.Text.Encoding.UTF8.GetBytes(text), Bind(copy, "text"));
        copy.SealedPurpose = Infrastructure.Crypto.Seal.Encrypt(key, System.Text.Encoding.UTF8.GetBytes(purpose), Bind(copy, "purpose"));
        copy.SealedRecipientName = recipientName is null ? null
            : Infrastructure.Crypto.Seal.Encrypt(key, System.Text.Encoding.UTF8.GetBytes(recipientName), Bind(copy, "recipient"));
    }

    public string Text(RedactedCopy copy) => Open(copy.SealedText, copy, "text");

    public string Purpose(RedactedCopy copy) => Open(copy.SealedPurpose, copy, "purpose");

    public string? RecipientName(RedactedCopy copy) => copy.SealedRecipientName is null ? null : Open(copy.SealedRecipientName, copy, "recipient");

    private string Open(byte[] sealedBytes, RedactedCopy copy, string field) =>
        System.Text.Encoding.UTF8.GetString(Infrastructure.Crypto.Seal.Decrypt(key, sealedBytes, Bind(copy, field)));

    private static byte[] Bind(RedactedCopy copy, string field) => [.. copy.Id.ToByteArray(), .. System.Text.Encoding.UTF8.GetBytes("|redacted-copy|" + field)];
}
