using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Loket.Web.Infrastructure.Crypto;

/// <summary>
/// Wraps and unwraps per-case data keys with the key-encryption key from the key file, and makes
/// keyed tags (HMAC-SHA256) for values that must be findable without being readable.
/// The file is created with owner-only permissions on first use when it is missing.
/// </summary>
public sealed class KeyRing
{
    private readonly string path;
    private readonly Lock gate = new();
    private KeyFile file;

    public KeyRing(IOptions<CryptoOptions> options, TimeProvider time)
    {
        path = options.Value.KeyFile;
        if (!File.Exists(path))
        {
            KeyFile.New(time.GetUtcNow()).Write(path);
        }

        file = KeyFile.Read(path);
    }

    public string CurrentKeyId
    {
        get
        {
            lock (gate)
            {
                return file.Keys[^1].Id;
            }
        }
    }

    /// <summary>A fresh random 256-bit data key.</summary>
    public static byte[] NewDataKey() => RandomNumberGenerator.GetBytes(32);

    public (string KeyId, byte[] Wrapped) Wrap(byte[] dataKey)
    {
        KeyFile.Kek kek;
        lock (gate)
        {
            kek = file.Keys[^1];
        }

        return (kek.Id, Seal.Encrypt(Convert.FromBase64String(kek.Key), dataKey, Encoding.UTF8.GetBytes(kek.Id)));
    }

    public byte[] Unwrap(string keyId, byte[] wrapped)
    {
        KeyFile.Kek kek;
        lock (gate)
        {
            // `loket keys rotate` may have run in another process (or on another node): read the file again.
            if (!file.Keys.Any(k => k.Id == keyId))
            {
                file = KeyFile.Read(path);
            }

            kek = file.Keys.FirstOrDefault(k => k.Id == keyId) ?? throw new CryptographicException($"Key {keyId} is not in the key file.");
        }

        return Seal.Decrypt(Convert.FromBase64String(kek.Key), wrapped, Encoding.UTF8.GetBytes(kek.Id));
    }

    /// <summary>HMAC-SHA256 of a purpose and a value under the lookup key, as hex: equal inputs give equal tags.</summary>
    public string Tag(string purpose, string value)
    {
        string key;
        lock (gate)
        {
            key = file.LookupKey;
        }

        return Convert.ToHexString(HMACSHA256.HashData(Convert.FromBase64String(key), Encoding.UTF8.GetBytes($"{purpose}\n{value}"))).ToLowerInvariant();
    }

    /// <summary>
    /// A 256-bit key for one purpose (HKDF-SHA256 from the lookup key, which never rotates): it seals the
    /// data-protection keys and keys the audit chain, so neither needs a secret of its own in the database.
    /// </summary>
    public byte[] DeriveKey(string purpose)
    {
        string key;
        lock (gate)
        {
            key = file.LookupKey;
        }

        return HKDF.DeriveKey(HashAlgorithmName.SHA256, Convert.FromBase64String(key), 32, info: Encoding.UTF8.GetBytes($"loket:{purpose}"));
    }

    /// <summary>Adds a new key-encryption key to the file; from now on it wraps. Older keys stay to unwrap until re-wrapped.</summary>
    public string AddKey(DateTimeOffset now)
    {
        lock (gate)
        {
            var current = KeyFile.Read(path);
            var kek = KeyFile.NewKek(now);
            var next = current with { Keys = [.. current.Keys, kek] };
            next.Write(path);
            file = next;
            return kek.Id;
        }
    }
}
