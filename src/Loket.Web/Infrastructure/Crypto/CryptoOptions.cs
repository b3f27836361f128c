namespace Loket.Web.Infrastructure.Crypto;

/// <summary>Where the key-encryption keys live: a file outside the database, so a stolen database alone reveals nothing.</summary>
public sealed class CryptoOptions
{
    public const string Section = "Crypto";

    public string KeyFile { get; set; } = Path.Combine("data", "keys", "kek.json");

    /// <summary>
    /// Only for a new demo database (`./scripts/run` sets it then): create the key file when it is missing,
    /// and say so in the log. Everywhere else a missing key file stops the app (<see cref="KeyFileException"/>).
    /// </summary>
    public bool CreateMissingKeyFile { get; set; }
}
