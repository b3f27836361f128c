using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Loket.Web.People;

/// <summary>
/// Names of functions compared as a person reads them, so a form does not add "beleidsmedewerker " next
/// to "Beleidsmedewerker": the same name up to case, accents and spaces is the same function; a name that
/// differs by a grade ("Beleidsmedewerker I") or a typo or two is near and is only added when confirmed.
/// </summary>
public static partial class JobFunctionNames
{
    /// <summary>"  Beleids­medewerker  II " → "beleidsmedewerker ii".</summary>
    public static string Fold(string name)
    {
        var letters = name.Normalize(NormalizationForm.FormD)
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) is not UnicodeCategory.NonSpacingMark and not UnicodeCategory.Format);
        return Spaces().Replace(new string([.. letters]), " ").Trim().ToLowerInvariant();
    }

    /// <summary>The existing function with the same name, if any.</summary>
    public static JobFunction? Same(IEnumerable<JobFunction> existing, string name) =>
        existing.FirstOrDefault(f => Fold(f.Name) == Fold(name));

    /// <summary>Existing functions whose name is near <paramref name="name"/>: another grade, or at most two letters apart.</summary>
    public static List<JobFunction> Near(IEnumerable<JobFunction> existing, string name)
    {
        var folded = Fold(name);
        return existing.Where(f => Fold(f.Name) != folded
                && (WithoutGrade(Fold(f.Name)) == WithoutGrade(folded) || Distance(Fold(f.Name), folded) <= (folded.Length < 8 ? 1 : 2)))
            .OrderBy(f => f.Name, StringComparer.CurrentCulture).ToList();
    }

    /// <summary>A code for a function made in a form, unique in the municipality: "beleidsmedewerker-i", "beleidsmedewerker-i-2".</summary>
    public static string NewCode(string name, IReadOnlySet<string> taken)
    {
        var slug = NotLetters().Replace(Fold(name), "-").Trim('-');
        slug = slug.Length == 0 ? "functie" : slug[..Math.Min(slug.Length, 56)];
        var code = slug;
        for (var n = 2; taken.Contains(code); n++)
        {
            code = $"{slug}-{n}";
        }

        return code;
    }

    private static string WithoutGrade(string folded) => Grade().Replace(folded, "");

    private static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }

        return row[b.Length];
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"[^a-z0-9]+")]
    private static partial Regex NotLetters();

    /// <summary>A trailing grade: I to V, a number, or A to C.</summary>
    [GeneratedRegex(@"\s+(i{1,3}|iv|v|[0-9]+|[a-c])$")]
    private static partial Regex Grade();
}
