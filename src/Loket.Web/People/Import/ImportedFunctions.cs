namespace Loket.Web.People.Import;

/// <summary>
/// Which function on the functions map a row's person holds, so their duties (VOG, financial interests, publication,
/// trainings) follow from the map (<see cref="FunctionDuties"/>). By code (<c>functie</c>), or by name alone
/// (<c>functienaam</c>) compared as the employee form compares names (<see cref="JobFunctionNames"/>: case, accents
/// and spaces do not count). The import assigns a function; it does not change one the map holds: designations are
/// changed on /beheer/functies, which shows whom a change touches first (issue 19 point 1), so a file that states
/// other designations than the map is refused on that line, and a file without those columns leaves them alone.
/// </summary>
internal static class ImportedFunctions
{
    /// <summary>Rewrites name-only rows to their function's code; returns every problem, "Regel n: …".</summary>
    public static List<string> Resolve(List<PersonRow> rows, IReadOnlyDictionary<string, JobFunction> mapped)
    {
        var errors = new List<string>();
        // Functions this file makes (a new code with a name) can be named on other rows too.
        var made = rows.Where(r => r.FunctionCode is not null && r.FunctionName is not null && !mapped.ContainsKey(r.FunctionCode))
            .GroupBy(r => JobFunctionNames.Fold(r.FunctionName!)).ToDictionary(g => g.Key, g => g.First().FunctionCode!);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.FunctionCode is null && row.FunctionName is { } name)
            {
                if (JobFunctionNames.Same(mapped.Values, name) is { } same)
                {
                    // The map's own spelling stays; the file only chose the function.
                    rows[i] = row = row with { FunctionCode = same.Code, FunctionName = null };
                }
                else if (made.TryGetValue(JobFunctionNames.Fold(name), out var code))
                {
                    rows[i] = row with { FunctionCode = code, FunctionName = null };
                    continue;
                }
                else
                {
                    errors.Add($"Regel {row.Line}: {Unknown(name, mapped.Values)}");
                    continue;
                }
            }

            if (row.FunctionCode is not { } rowCode)
            {
                continue;
            }

            if (mapped.GetValueOrDefault(rowCode) is { } function)
            {
                errors.AddRange(Disagreements(row, function).Select(e => $"Regel {row.Line}: {e}"));
            }
            else if (row.FunctionName is not null && JobFunctionNames.Same(mapped.Values, row.FunctionName) is { } twin)
            {
                errors.Add($"Regel {row.Line}: functie '{rowCode}' bestaat nog niet, maar '{twin.Name}' staat al op de functiekaart met code '{twin.Code}'. "
                    + "Gebruik die code of laat de kolom 'functie' leeg; een tweede functie met dezelfde naam krijgt niet de plichten van de functiekaart.");
            }
        }

        return errors;
    }

    private static string Unknown(string name, IEnumerable<JobFunction> mapped)
    {
        var near = JobFunctionNames.Near(mapped, name);
        var guess = near.Count == 0 ? "" : $" Bedoel je {string.Join(" of ", near.Select(f => $"'{f.Name}'"))}?";
        return $"functie '{name}' staat niet op de functiekaart.{guess} Gebruik een naam van de functiekaart (/beheer/functies), "
            + "of zet in de kolom 'functie' een nieuwe code om de functie aan te maken.";
    }

    private static IEnumerable<string> Disagreements(PersonRow row, JobFunction function)
    {
        if (row.Designated is { } designated && designated != function.DesignatedForFinancialInterests)
        {
            yield return $"functie '{function.Name}' is op de functiekaart {(function.DesignatedForFinancialInterests ? "wel" : "niet")} aangewezen voor financiële belangen, "
                + $"het bestand zegt '{(designated ? "ja" : "nee")}'. Wijzig dat op de functiekaart (/beheer/functies), waar je ziet wie het raakt, of laat de kolom 'aangewezen_functie' leeg.";
        }

        if (row.TopOfficial is { } top && top != function.TopOfficial)
        {
            yield return $"van functie '{function.Name}' worden de nevenwerkzaamheden volgens de functiekaart {(function.TopOfficial ? "wel" : "niet")} openbaar gemaakt, "
                + $"het bestand zegt '{(top ? "ja" : "nee")}'. Wijzig dat op de functiekaart (/beheer/functies), waar je ziet wie het raakt, of laat de kolom 'topfunctionaris' leeg.";
        }
    }
}
