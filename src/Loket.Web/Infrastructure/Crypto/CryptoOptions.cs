namespace Loket.Web.Infrastructure.Crypto;

/// <summary>Where the key-encryption keys live: a file outside the database, so a stolen database alone reveals nothing.</summary>
public sealed class CryptoOptions
{
    public const string Section = "Crypto";

    public string KeyFile { get; set; } = Path.Combine("data", "keys", "kek.json");
}
