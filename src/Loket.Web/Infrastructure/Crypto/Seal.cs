using System.Security.Cryptography;
using System.Text;

namespace Loket.Web.Infrastructure.Crypto;

/// <summary>
/// AES-256-GCM: nonce (12) | tag (16) | ciphertext. The associated data binds a ciphertext to the
/// row it belongs to, so a sealed text copied into another case does not open there.
/// </summary>
public static class Seal
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

    public static byte[] Encrypt(byte[] key, byte[] plaintext, byte[] associatedData)
    {
        var output = new byte[NonceSize + TagSize + plaintext.Length];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, plaintext, output.AsSpan(NonceSize + TagSize), output.AsSpan(NonceSize, TagSize), associatedData);
        return output;
    }

    public static byte[] Decrypt(byte[] key, byte[] sealedBytes, byte[] associatedData)
    {
        var plaintext = new byte[sealedBytes.Length - NonceSize - TagSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize), plaintext, associatedData);
        return plaintext;
    }

    public static byte[] EncryptText(byte[] key, string text, Guid boundTo) =>
        Encrypt(key, Encoding.UTF8.GetBytes(text), boundTo.ToByteArray());

    public static string DecryptText(byte[] key, byte[] sealedBytes, Guid boundTo) =>
        Encoding.UTF8.GetString(Decrypt(key, sealedBytes, boundTo.ToByteArray()));
}
