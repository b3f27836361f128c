namespace Loket.Web.Infrastructure.Crypto;

/// <summary>
/// The key file is missing or cannot be read. The app and the command line stop with this message:
/// a silently made new key would leave every stored tag unmatched, and exclusion would fail open.
/// </summary>
public sealed class KeyFileException(string message, Exception? inner = null) : InvalidOperationException(message, inner)
{
    public static KeyFileException Missing(string path) => new(
        $"Het sleutelbestand {Path.GetFullPath(path)} ontbreekt. Zonder dit bestand zijn meldingen niet te lezen en is niet te controleren wie is uitgesloten, "
        + "dus Integriteitsloket start niet. Zet Crypto:KeyFile naar het bestaande sleutelbestand (of zet het terug uit de back-up). "
        + "Alleen voor een nieuwe installatie maak je het eerste sleutelbestand met `loket keys init`.");

    public static KeyFileException Unreadable(string path, Exception reason) => new(
        $"Het sleutelbestand {Path.GetFullPath(path)} is niet te lezen ({reason.Message}). Integriteitsloket start niet zonder. "
        + "Controleer de rechten op het bestand of zet het terug uit de back-up; maak geen nieuw.", reason);

    public static KeyFileException AlreadyThere(string path) => new(
        $"Er is al een sleutelbestand op {Path.GetFullPath(path)}; `loket keys init` maakt alleen het eerste. "
        + "Een nieuwe sleutel maak je met `loket keys rotate`.");
}
