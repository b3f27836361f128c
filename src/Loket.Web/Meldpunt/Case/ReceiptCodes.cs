using System.Security.Cryptography;
using System.Text;
using Loket.Web.Infrastructure.Crypto;
using Loket.Web.Meldpunt.Reporting;

namespace Loket.Web.Meldpunt.Case;

/// <summary>
/// Receipt codes of anonymous reporters: 16 digits from a CSPRNG, shown once. Stored only as a slow
/// hash (PBKDF2-SHA256) whose salt is a keyed tag of the code, so the same code always gives the same
/// hash: one hash and one indexed look-up answer every attempt, right or wrong, in the same time,
/// and without the key file the hashes cannot even be brute-forced offline. Online guessing is held
/// by the space (10^16 codes) and the rate limits in <see cref="ReceiptAttempts"/>, never by locking a
/// code: a lock on a code is a lock an attacker can aim at someone else's case.
/// </summary>
public sealed class ReceiptCodes(KeyRing ring)
{
    public const int Iterations = 150_000;

    public static string Generate() => RandomNumberGenerator.GetString("0123456789", 16);

    /// <summary>"1234 5678 9012 3456": easier to copy by hand.</summary>
    public static string Format(string code) => string.Join(' ', Enumerable.Range(0, 4).Select(i => code.Substring(i * 4, 4)));

    /// <summary>The digits of what was typed, or null when it is not 16 digits.</summary>
    public static string? Normalize(string? typed)
    {
        var digits = new string((typed ?? string.Empty).Where(char.IsAsciiDigit).ToArray());
        return digits.Length == 16 ? digits : null;
    }

    public byte[] Hash(string code) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.ASCII.GetBytes(code), Encoding.ASCII.GetBytes(ring.Tag("receipt-salt", code)), Iterations, HashAlgorithmName.SHA256, 32);
}
