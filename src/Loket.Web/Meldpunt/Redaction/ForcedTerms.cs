using System.Text.RegularExpressions;
using Loket.Web.Meldpunt.Exclusion;

namespace Loket.Web.Meldpunt.Redaction;

/// <summary>
/// What identifies the reporter and is hidden from every copy, whatever the officer selects: phrases
/// (the identity as written, addresses, the reporter tag, the account id), name words (folded, without
/// particles) and numbers (as digits). Built from the identity vault and a named reporter's account.
/// </summary>
public sealed partial class ForcedTerms
{
    private readonly HashSet<string> phrases = new(StringComparer.Ordinal);
    private readonly HashSet<string> words = new(StringComparer.Ordinal);
    private readonly HashSet<string> numbers = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Phrases => phrases;

    public IReadOnlyCollection<string> Words => words;

    public IReadOnlyCollection<string> Numbers => numbers;

    /// <summary>
    /// The vault's text: a name, perhaps followed by contact details in brackets or after commas
    /// ("Piet Smit (06-12345678)"), or a named reporter's "login (account id)".
    /// </summary>
    public Guid? AddIdentity(string identity)
    {
        Guid? account = null;
        var rest = AccountPart().Replace(identity, m =>
        {
            account = Guid.Parse(m.Groups["id"].Value);
            return " ";
        });
        if (account is { } id)
        {
            AddPhrase(id.ToString("D"));
            AddPhrase(id.ToString("N"));
        }

        var parts = Separators().Split(rest).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        for (var i = 0; i < parts.Count; i++)
        {
            if (i == 0)
            {
                AddName(parts[i]);
            }
            else
            {
                AddContact(parts[i]);
            }
        }

        return account;
    }

    /// <summary>A named reporter's account: the name colleagues know, the login and the address.</summary>
    public void AddAccount(string userName, string displayName, string? email)
    {
        AddName(displayName);
        AddContact(userName);
        if (email is not null)
        {
            AddContact(email);
        }
    }

    public void AddPhrase(string phrase)
    {
        var folded = FoldedText.Fold(phrase);
        if (folded.Length >= 3)
        {
            phrases.Add(folded);
        }
    }

    /// <summary>A name: as written, and each of its words that is not a particle or a form of address.</summary>
    public void AddName(string name)
    {
        // A login or address where a name was expected: its domain ("@leiden") is not the reporter's name.
        if (name.Contains('@'))
        {
            AddContact(name);
            return;
        }

        AddPhrase(name);
        foreach (var word in NameText.Words(name).Where(w => w.Length >= 3))
        {
            words.Add(word);
        }

        AddContact(name);
    }

    /// <summary>Contact details: addresses (and their local part), phone numbers, and capitalised words, which are names.</summary>
    public void AddContact(string contact)
    {
        foreach (var token in contact.Split((char[])[' ', '\t', '\n', '\r', ',', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.Contains('@'))
            {
                AddPhrase(token);
                var local = token[..token.IndexOf('@')];
                AddPhrase(local);
                foreach (var word in NameText.Words(local).Where(w => w.Length >= 3))
                {
                    words.Add(word);
                }
            }
            else if (token.Length > 0 && char.IsUpper(token[0]))
            {
                foreach (var word in NameText.Words(token).Where(w => w.Length >= 3))
                {
                    words.Add(word);
                }
            }
        }

        AddNumber(contact);
    }

    /// <summary>Six digits or more; a Dutch phone number by its last nine, so "+31 6" and "06" both match.</summary>
    public void AddNumber(string text)
    {
        var digits = new string([.. text.Where(char.IsAsciiDigit)]);
        if (digits.Length >= 10 && (digits.StartsWith("31", StringComparison.Ordinal) || digits.StartsWith('0')))
        {
            numbers.Add(digits[^9..]);
        }
        else if (digits.Length >= 6)
        {
            numbers.Add(digits);
        }
    }

    [GeneratedRegex(@"\(?\s*account\s+(?<id>[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12})\s*\)?", RegexOptions.CultureInvariant)]
    private static partial Regex AccountPart();

    [GeneratedRegex(@"[()\[\],;/|\n\r]")]
    private static partial Regex Separators();
}
