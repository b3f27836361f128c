namespace Loket.Web.Identity;

/// <summary>
/// What a new password must be (BIO2 / NIST SP 800-63B): long rather than complicated, at least 12
/// characters; not the user name; not a well-known or one-character-repeated password. No rules about
/// digits or symbols and no expiry: those make people write passwords down, not choose better ones.
/// </summary>
public static class PasswordPolicy
{
    public const int MinLength = 12;

    public const int MaxLength = 256;

    // The most used passwords of at least 12 characters in Dutch and English breach lists, and the product's own names.
    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        "wachtwoord123", "wachtwoord1234", "welkom123456", "welkomwelkom", "123456789012", "qwertyuiop12",
        "password1234", "passwordpassword", "qwertyuiopas", "1q2w3e4r5t6y", "iloveyou1234", "zomer2026zomer",
        "integriteitsloket", "integriteit123", "gemeente12345", "wachtwoordwachtwoord", "abcdefghijkl", "welkom2026!!",
    };

    /// <summary>Why <paramref name="password"/> cannot be the new password of <paramref name="user"/>, or null.</summary>
    public static string? Refusal(string password, UserAccount user)
    {
        if (password.Length < MinLength)
        {
            return $"Een wachtwoord heeft minstens {MinLength} tekens. Een zin van een paar woorden is sterk en goed te onthouden.";
        }

        if (password.Length > MaxLength)
        {
            return $"Een wachtwoord is hoogstens {MaxLength} tekens.";
        }

        var name = user.UserName.Split('@')[0];
        if (name.Length >= 3 && password.Contains(name, StringComparison.OrdinalIgnoreCase))
        {
            return "Gebruik je gebruikersnaam niet in je wachtwoord.";
        }

        if (password.Distinct().Count() < 5 || Known.Contains(password))
        {
            return "Dit wachtwoord is te bekend of te eenvoudig. Kies een ander, bijvoorbeeld een zin van een paar woorden.";
        }

        return null;
    }
}
