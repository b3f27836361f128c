using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Loket.Web.Registers;

/// <summary>
/// Whether two names typed as a gift's giver are one giver: "Bouwbedrijf De Vries B.V." and "De Vries Bouw"
/// are, "De Vries Bouw" and "Jansen Bouw" are not. Each name is read into the words that name the giver: without
/// case, accents and punctuation, without legal forms (B.V., N.V., V.O.F., Holding, Groep …) and small words
/// (de, van, en …), and with its trade (Bouw, Bouwbedrijf, Aannemer …) set apart. Two names are one giver when
/// their trades agree (or one names none) and their words are the same, spelled alike (Janssen/Jansen,
/// Hendrikx/Hendriks, Bijl/Byl, one typo in a long word), or written together (Vandenberg/Van den Berg); or
/// when one name's two or more words all come back in the other (Albert Heijn / Albert Heijn Leiden). One shared
/// word is never enough, so a surname alone does not pull in every firm that carries it. Pure: no database.
/// </summary>
public static partial class GiverNames
{
    /// <summary>A name as compared: its own words, its trades, and its letters written together.</summary>
    public sealed record Reading(string Name, IReadOnlyList<string> Words, IReadOnlySet<string> Trades, string Joined);

    // Legal forms and the words around them say what kind of entity it is, not which.
    private static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal)
    {
        "bv", "nv", "vof", "cv", "ua", "wa", "ba", "bvba", "gmbh", "ltd", "inc", "llc", "sa", "plc", "holding", "holdings",
        "groep", "group", "beheer", "stichting", "vereniging", "cooperatie", "maatschap", "eenmanszaak", "zn", "zonen",
    };

    // Articles and joining words: "De Vries" and "Vries", "Smit en Zn" and "Smit".
    private static readonly HashSet<string> SmallWords = new(StringComparer.Ordinal)
    {
        "de", "het", "t", "een", "van", "der", "den", "ter", "ten", "te", "op", "in", "en", "and", "the", "of",
    };

    // A trade's words and the trade they name: two firms of one family name in different trades stay two.
    private static readonly Dictionary<string, string> Trades = new(StringComparer.Ordinal)
    {
        ["bouw"] = "bouw",
        ["bouwbedrijf"] = "bouw",
        ["bouwonderneming"] = "bouw",
        ["bouwgroep"] = "bouw",
        ["bouwbedrijven"] = "bouw",
        ["aannemer"] = "bouw",
        ["aannemers"] = "bouw",
        ["aannemersbedrijf"] = "bouw",
        ["aannemingsbedrijf"] = "bouw",
        ["bouwers"] = "bouw",
        ["installatie"] = "installatie",
        ["installaties"] = "installatie",
        ["installatiebedrijf"] = "installatie",
        ["installatietechniek"] = "installatie",
        ["advies"] = "advies",
        ["adviesbureau"] = "advies",
        ["adviseurs"] = "advies",
        ["consultancy"] = "advies",
        ["consultants"] = "advies",
        ["ingenieursbureau"] = "ingenieurs",
        ["ingenieurs"] = "ingenieurs",
        ["architecten"] = "architecten",
        ["architectenbureau"] = "architecten",
        ["makelaardij"] = "makelaardij",
        ["makelaars"] = "makelaardij",
        ["makelaar"] = "makelaardij",
        ["schilder"] = "schilder",
        ["schilders"] = "schilder",
        ["schildersbedrijf"] = "schilder",
        ["transport"] = "transport",
        ["transportbedrijf"] = "transport",
        ["logistiek"] = "transport",
        ["accountants"] = "accountants",
        ["accountantskantoor"] = "accountants",
        ["advocaten"] = "advocaten",
        ["advocatenkantoor"] = "advocaten",
        ["catering"] = "catering",
        ["cateraar"] = "catering",
        ["drukkerij"] = "drukkerij",
        ["hoveniers"] = "hovenier",
        ["hovenier"] = "hovenier",
        ["hoveniersbedrijf"] = "hovenier",
        ["schoonmaak"] = "schoonmaak",
        ["schoonmaakbedrijf"] = "schoonmaak",
        ["ict"] = "ict",
        ["software"] = "ict",
    };

    // Words that say a business is one but not which trade: dropped without a trade.
    private static readonly HashSet<string> BusinessWords = new(StringComparer.Ordinal)
    {
        "bedrijf", "bedrijven", "onderneming", "handelsonderneming", "handel", "firma", "fa", "services", "service", "diensten",
        "dienstverlening", "bureau", "kantoor", "company", "co", "partners",
    };

    /// <summary>
    /// The names grouped as givers, each group in the order given (put the most used spelling first: it starts its
    /// group); groups in the order of their first name.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> Group(IEnumerable<string> names)
    {
        var groups = new List<List<Reading>>();
        // Only groups sharing a key are compared, so a municipality's thousands of givers are not each held
        // against all others. Two names that are one giver share a word's first letters or their joined letters.
        var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var reading in names.Distinct(StringComparer.Ordinal).Select(Read))
        {
            var keys = Keys(reading).ToList();
            // Complete linkage: a name joins a group only when it is one giver with every name in it, so a short
            // name ("De Vries") cannot chain two firms of different trades ("De Vries Bouw", "De Vries Installaties").
            var home = keys.SelectMany(k => byKey.GetValueOrDefault(k) ?? []).Distinct().Order()
                .Where(g => groups[g].All(member => Same(member, reading))).Cast<int?>().FirstOrDefault();
            if (home is not { } found)
            {
                groups.Add([]);
                found = groups.Count - 1;
            }

            groups[found].Add(reading);
            foreach (var key in keys)
            {
                if (!byKey.TryGetValue(key, out var list))
                {
                    list = [];
                    byKey[key] = list;
                }

                if (!list.Contains(found))
                {
                    list.Add(found);
                }
            }
        }

        return [.. groups.Select(group => (IReadOnlyList<string>)[.. group.Select(r => r.Name)])];
    }

    private static IEnumerable<string> Keys(Reading reading) => reading.Words.Count == 0
        ? [$"t:{string.Join(',', reading.Trades.Order(StringComparer.Ordinal))}"]
        : reading.Words.Select(w => $"w:{(w.Length > 3 ? w[..3] : w)}").Append($"j:{reading.Joined}").Distinct(StringComparer.Ordinal);

    public static bool SameGiver(string first, string second) => Same(Read(first), Read(second));

    public static Reading Read(string name)
    {
        var words = new List<string>();
        var trades = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in Words(name))
        {
            if (Trades.TryGetValue(word, out var trade))
            {
                trades.Add(trade);
            }
            else if (!LegalForms.Contains(word) && !BusinessWords.Contains(word))
            {
                words.Add(word);
            }
        }

        var named = words.Where(w => !SmallWords.Contains(w)).Select(Spelling).ToList();
        // A name of small words only ("De Kroon" is not; "Van Der" would be) keeps them, or it would name nothing.
        return new Reading(name, named.Count > 0 ? named : [.. words.Select(Spelling)], trades, string.Concat(words.Select(Spelling)));
    }

    private static bool Same(Reading a, Reading b)
    {
        if (a.Trades.Count > 0 && b.Trades.Count > 0 && !a.Trades.Overlaps(b.Trades))
        {
            return false;
        }

        if (a.Words.Count == 0 || b.Words.Count == 0)
        {
            // Only a legal form and a trade ("Bouwbedrijf B.V."): nothing names the giver, so only the same words match.
            return a.Words.Count == b.Words.Count && a.Trades.SetEquals(b.Trades);
        }

        if (a.Joined.Length >= 6 && a.Joined == b.Joined)
        {
            return true;
        }

        var (shorter, longer) = a.Words.Count <= b.Words.Count ? (a.Words, b.Words) : (b.Words, a.Words);
        return (shorter.Count == longer.Count || shorter.Count >= 2) && AllFound(shorter, longer);
    }

    /// <summary>Every word of <paramref name="shorter"/> matches its own word of <paramref name="longer"/>.</summary>
    private static bool AllFound(IReadOnlyList<string> shorter, IReadOnlyList<string> longer)
    {
        var used = new bool[longer.Count];
        foreach (var word in shorter)
        {
            var match = Enumerable.Range(0, longer.Count).Where(i => !used[i] && Alike(word, longer[i]))
                .OrderBy(i => longer[i] == word ? 0 : 1).Cast<int?>().FirstOrDefault();
            if (match is not { } i)
            {
                return false;
            }

            used[i] = true;
        }

        return true;
    }

    /// <summary>The same word, or one slip in a long one (8 letters or more): "Vermeulen" typed "Vermeulem".</summary>
    private static bool Alike(string a, string b) =>
        a == b || (Math.Min(a.Length, b.Length) >= 8 && OneEditApart(a, b));

    /// <summary>One letter added, left out, changed, or two neighbours swapped.</summary>
    private static bool OneEditApart(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var start = 0;
        while (start < a.Length && start < b.Length && a[start] == b[start])
        {
            start++;
        }

        var (restA, restB) = (a[start..], b[start..]);
        if (restA.Length == 0 || restB.Length == 0)
        {
            return true;
        }

        return restA.Length == restB.Length
            ? restA[1..] == restB[1..] || (restA.Length >= 2 && restA[0] == restB[1] && restA[1] == restB[0] && restA[2..] == restB[2..])
            : restA.Length > restB.Length ? restA[1..] == restB : restB[1..] == restA;
    }

    /// <summary>Lower case, accents off, split at anything not a letter or digit; "B.V." and "v.o.f." stay one word.</summary>
    private static IEnumerable<string> Words(string name)
    {
        var plain = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                plain.Append(char.ToLowerInvariant(c));
            }
        }

        foreach (var part in Separator().Split(plain.ToString()))
        {
            // Letters with dots between them are an abbreviation (b.v., n.v., v.o.f.); else a dot separates words.
            var pieces = part.Split('.', StringSplitOptions.RemoveEmptyEntries);
            if (pieces.Length > 1 && pieces.All(p => p.Length == 1))
            {
                yield return string.Concat(pieces);
            }
            else
            {
                foreach (var piece in pieces)
                {
                    yield return piece;
                }
            }
        }
    }

    /// <summary>The Dutch spellings of one sound written one way, doubled letters single: Janssen/Jansen, Hendrikx/Hendriks, Bijl/Byl.</summary>
    private static string Spelling(string word)
    {
        var folded = word.Replace("ij", "y", StringComparison.Ordinal).Replace("cks", "x", StringComparison.Ordinal)
            .Replace("ks", "x", StringComparison.Ordinal).Replace("kx", "x", StringComparison.Ordinal).Replace("ck", "k", StringComparison.Ordinal)
            .Replace("ph", "f", StringComparison.Ordinal).Replace("th", "t", StringComparison.Ordinal);
        if (folded.EndsWith("dt", StringComparison.Ordinal))
        {
            folded = folded[..^2] + "t";
        }

        var single = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (single.Length == 0 || single[^1] != c)
            {
                single.Append(c);
            }
        }

        return single.ToString();
    }

    [GeneratedRegex(@"[^\p{L}\p{N}.]+")]
    private static partial Regex Separator();
}
