namespace Loket.Web.People.Import;

/// <summary>
/// The people file's relation columns: <c>relatie</c> (the colleague's employee number, several separated
/// by "|"), <c>relatie_soort</c> (partner, familie or vriendschap: one for all, or one per colleague) and
/// <c>relatie_vanaf</c> (the first day: one for all, one per colleague, or empty for the day of the import).
/// Checks one row on its own; whether the colleague exists is the importer's question.
/// </summary>
internal static class RelationColumns
{
    public const string Colleagues = "relatie";

    public const string Kinds = "relatie_soort";

    public const string Starts = "relatie_vanaf";

    private const char Separator = '|';

    private const string KindChoices = "kies partner, familie of vriendschap";

    public static IReadOnlyList<StatedRelation> Parse(string? ownNumber, string? colleagues, string? kinds, string? starts, Action<string> error)
    {
        if (colleagues is null)
        {
            if (kinds is not null)
            {
                error($"{Kinds} '{kinds}' staat er zonder collega; vul in '{Colleagues}' het personeelsnummer van de collega in, of maak '{Kinds}' leeg.");
            }

            if (starts is not null)
            {
                error($"{Starts} '{starts}' staat er zonder collega; vul in '{Colleagues}' het personeelsnummer van de collega in, of maak '{Starts}' leeg.");
            }

            return [];
        }

        var numbers = Split(colleagues);
        var valid = true;
        if (numbers.Any(n => n.Length == 0))
        {
            error($"{Colleagues} '{colleagues}' bevat een leeg personeelsnummer; scheid personeelsnummers met '{Separator}'.");
            valid = false;
        }

        foreach (var twice in numbers.Where(n => n.Length > 0).GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            error($"{Colleagues} noemt personeelsnummer {twice.Key} twee keer.");
            valid = false;
        }

        if (ownNumber is not null && numbers.Contains(ownNumber, StringComparer.OrdinalIgnoreCase))
        {
            error($"{Colleagues} {ownNumber} is de medewerker zelf; iemand kan geen relatie met zichzelf hebben.");
            valid = false;
        }

        var kindsPerColleague = PerColleague(kinds, Kinds, numbers.Length, error);
        var parsedKinds = new RelationKind?[numbers.Length];
        if (kinds is null)
        {
            error($"{Kinds} ontbreekt; {KindChoices}.");
            valid = false;
        }
        else if (kindsPerColleague is null)
        {
            valid = false;
        }
        else
        {
            for (var i = 0; i < numbers.Length; i++)
            {
                parsedKinds[i] = RelationWords.ParseKind(kindsPerColleague[i]);
            }

            foreach (var unknown in kindsPerColleague.Where(k => RelationWords.ParseKind(k) is null).Distinct())
            {
                error($"{Kinds} '{unknown}' is onbekend; {KindChoices}.");
                valid = false;
            }
        }

        var startsPerColleague = starts is null ? new string[numbers.Length] : PerColleague(starts, Starts, numbers.Length, error);
        var parsedStarts = new DateOnly?[numbers.Length];
        if (startsPerColleague is null)
        {
            valid = false;
        }
        else
        {
            for (var i = 0; i < numbers.Length; i++)
            {
                var dateValid = true;
                parsedStarts[i] = PeopleCsv.ParseDate(string.IsNullOrEmpty(startsPerColleague[i]) ? null : startsPerColleague[i], Starts, required: false, message =>
                {
                    dateValid = false;
                    error(message);
                });
                valid &= dateValid;
            }
        }

        return valid ? [.. numbers.Select((n, i) => new StatedRelation(n, parsedKinds[i]!.Value, parsedStarts[i]))] : [];
    }

    /// <summary>One value for every colleague, or as many values as colleagues; null (after an error) otherwise.</summary>
    private static string[]? PerColleague(string? value, string column, int colleagues, Action<string> error)
    {
        if (value is null)
        {
            return null;
        }

        var values = Split(value);
        if (values.Length == 1)
        {
            return [.. Enumerable.Repeat(values[0], colleagues)];
        }

        if (values.Length == colleagues)
        {
            return values;
        }

        error($"{column} '{value}' heeft {values.Length} waarden voor {colleagues} collega's; geef één waarde voor allemaal of één per collega, gescheiden door '{Separator}'.");
        return null;
    }

    private static string[] Split(string value) => [.. value.Split(Separator).Select(v => v.Trim())];
}
