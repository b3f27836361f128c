using OtpNet;

namespace Loket.Web.Identity;

/// <summary>RFC 6238 codes (30 s, 6 digits) as authenticator apps make them; time from TimeProvider so tests can move it.</summary>
public static class Totp
{
    public static string NewSecret() => Base32Encoding.ToString(KeyGeneration.GenerateRandomKey(20));

    public static string ProvisioningUri(string secret, string account) =>
        $"otpauth://totp/Integriteitsloket:{Uri.EscapeDataString(account)}?secret={secret}&issuer=Integriteitsloket";

    /// <summary>A secret as <see cref="NewSecret"/> makes it: base32 (A–Z, 2–7), 16 to 64 characters; anything else is not ours.</summary>
    public static bool IsWellFormed(string? secret) =>
        secret is { Length: >= 16 and <= 64 } && secret.TrimEnd('=').All(c => c is (>= 'A' and <= 'Z') or (>= '2' and <= '7'));

    public static bool IsValid(string secret, string code, TimeProvider time)
    {
        var digits = new string(code.Where(char.IsDigit).ToArray());
        if (digits.Length != 6)
        {
            return false;
        }

        var totp = new OtpNet.Totp(Base32Encoding.ToBytes(secret), timeCorrection: new TimeCorrection(time.GetUtcNow().UtcDateTime));
        // One step either way allows for a phone clock that is a little off.
        return totp.VerifyTotp(digits, out _, new VerificationWindow(previous: 1, future: 1));
    }

    public static string CodeAt(string secret, TimeProvider time) =>
        new OtpNet.Totp(Base32Encoding.ToBytes(secret), timeCorrection: new TimeCorrection(time.GetUtcNow().UtcDateTime)).ComputeTotp();
}
