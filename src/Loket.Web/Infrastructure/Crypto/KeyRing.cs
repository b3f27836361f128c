using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Loket.Web.Infrastructure.Crypto;

/// <summary>
/// Wraps and unwraps per-case data keys with the key-encryption key from the key file, and makes
/// keyed tags (HMAC-SHA256) for values that must be findable without being readable.
/// A missing or unreadable key file stops whoever needs it (<see cref="KeyFileException"/>); the first
/// one is made on purpose by `loket keys init` (<see cref="Init"/>). Every node reads the file again at
/// least every <see cref="RereadAfter"/>, so after `loket keys rotate` on one node all nodes wrap new
/// case keys with the new key within a minute.
/// </summary>
public sealed class KeyRing
{
    public static readonly TimeSpan RereadAfter = TimeSpan.FromSeconds(30);

    private readonly string path;
    private readonly TimeProvider time;
    private readonly Lock gate = new();
    private KeyFile file;
    private DateTimeOffset readAt;

    public KeyRing(IOptions<CryptoOptions> options, TimeProvider time, ILogger<KeyRing> logger)
    {
        path = options.Value.KeyFile;
        this.time = time;
        if (options.Value.CreateMissingKeyFile && !File.Exists(path))
        {
            Init(path, time.GetUtcNow());
            logger.LogWarning("Missing key file created for a new demo database at {Path}; back it up apart from the database.", Path.GetFullPath(path));
        }

        file = Load(path);
        readAt = time.GetUtcNow();
    }

    /// <summary>`loket keys init`: writes the first key file, never over an existing one. Returns its key id.</summary>
    public static string Init(string path, DateTimeOffset now)
    {
        if (File.Exists(path))
        {
            throw KeyFileException.AlreadyThere(path);
        }

        var first = KeyFile.New(now);
        first.Write(path);
        return first.Keys[^1].Id;
    }

    /// <summary>The ids of the key-encryption keys in the file, oldest first (the last one wraps).</summary>
    public IReadOnlyList<string> KeyIds
    {
        get
        {
            lock (gate)
            {
                return [.. Fresh().Keys.Select(k => k.Id)];
            }
        }
    }

    public string CurrentKeyId
    {
        get
        {
            lock (gate)
            {
                return Fresh().Keys[^1].Id;
            }
        }
    }

    // Call under the gate. Another node (or the CLI) may have rotated: the file is read again when the last read is old.
    private KeyFile Fresh()
    {
        if (time.GetUtcNow() - readAt >= RereadAfter)
        {
            file = Load(path);
            readAt = time.GetUtcNow();
        }

        return file;
    }

    private static KeyFile Load(string path)
    {
        if (!File.Exists(path))
        {
            throw KeyFileException.Missing(path);
        }

        try
        {
            var read = KeyFile.Read(path);
            if (read.Keys is not { Count: > 0 } || Convert.FromBase64String(read.LookupKey).Length != 32 || read.Keys.Any(k => Convert.FromBase64String(k.Key).Length != 32))
            {
                throw new FormatException("geen geldige sleutels");
            }

            return read;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or FormatException or InvalidOperationException or ArgumentNullException)
        {
            throw KeyFileException.Unreadable(path, e);
        }
    }

    /// <summary>A fresh random 256-bit data key.</summary>
    public static byte[] NewDataKey() => RandomNumberGenerator.GetBytes(32);

    public (string KeyId, byte[] Wrapped) Wrap(byte[] dataKey)
    {
        KeyFile.Kek kek;
        lock (gate)
        {
            kek = Fresh().Keys[^1];
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
                file = Load(path);
                readAt = time.GetUtcNow();
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
            var current = Load(path);
            var kek = KeyFile.NewKek(now);
            var next = current with { Keys = [.. current.Keys, kek] };
            next.Write(path);
            file = next;
            readAt = time.GetUtcNow();
            return kek.Id;
        }
    }
}
