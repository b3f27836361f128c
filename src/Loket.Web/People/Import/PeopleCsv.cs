using System.Globalization;
using Loket.Web.Infrastructure.Csv;

namespace Loket.Web.People.Import;

/// <summary>
/// Reads and validates a people CSV (header row, ";" or ","). Every problem is reported with its
/// line number, in Dutch, so an HR administrator can fix the file in Excel and try again.
/// </summary>
internal static class PeopleCsv
{
    public static readonly string[] Columns =
    [
        "personeelsnummer", "naam", "email", "dienstverband", "startdatum", "einddatum",
        "afdeling", "afdelingsnaam", "bovenliggende_afdeling", "functie", "functienaam",
        "aangewezen_functie", "topfunctionaris", "leidinggevende",
        RelationColumns.Colleagues, RelationColumns.Kinds, RelationColumns.Starts,
    ];

    private static readonly string[] Required = ["personeelsnummer", "naam", "dienstverband", "startdatum"];

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d-M-yyyy", "dd-MM-yyyy"];

    /// <summary>
    /// The rows and every error; <c>StatesRelations</c> when the header has the <c>relatie</c> column, so
    /// each row states that person's imported relations in full (see <see cref="ImportedRelations"/>).
    /// </summary>
    public static (List<PersonRow> Rows, List<string> Errors, bool StatesRelations) Read(TextReader text)
    {
        var rows = new List<PersonRow>();
        var errors = new List<string>();
        using var records = CsvRecords.Read(text).GetEnumerator();
        if (!records.MoveNext())
        {
            return (rows, ["Regel 1: het bestand is leeg of heeft geen kopregel."], false);
        }

        var header = records.Current.Fields.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        errors.AddRange(Required.Where(c => !header.Contains(c)).Select(c => $"Regel 1: de verplichte kolom '{c}' ontbreekt."));
        errors.AddRange(header.Where(h => !Columns.Contains(h)).Select(h => $"Regel 1: onbekende kolom '{h}'. Toegestaan: {string.Join(", ", Columns)}."));
        var statesRelations = header.Contains(RelationColumns.Colleagues);
        if (!statesRelations && (header.Contains(RelationColumns.Kinds) || header.Contains(RelationColumns.Starts)))
        {
            errors.Add($"Regel 1: de kolommen '{RelationColumns.Kinds}' en '{RelationColumns.Starts}' horen bij de kolom '{RelationColumns.Colleagues}', die ontbreekt.");
        }

        if (errors.Count > 0)
        {
            return (rows, errors, statesRelations);
        }

        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        while (records.MoveNext())
        {
            var (line, fields) = records.Current;
            string? Field(string name) => Array.IndexOf(header, name) is var i and >= 0 && i < fields.Count && !string.IsNullOrWhiteSpace(fields[i]) ? fields[i].Trim() : null;
            var lineErrors = new List<string>();
            void Error(string message) => lineErrors.Add($"Regel {line}: {message}");

            var number = Field("personeelsnummer");
            var name = Field("naam");
            if (number is null)
            {
                Error("personeelsnummer ontbreekt.");
            }
            else if (seen.TryGetValue(number, out var firstLine))
            {
                Error($"personeelsnummer {number} staat ook op regel {firstLine}.");
            }
            else
            {
                seen[number] = line;
            }

            if (name is null)
            {
                Error("naam ontbreekt.");
            }

            var email = Field("email");
            if (email is not null && !email.Contains('@', StringComparison.Ordinal))
            {
                Error($"'{email}' is geen geldig e-mailadres.");
            }

            var type = ParseEmploymentType(Field("dienstverband"), Error);
            var start = ParseDate(Field("startdatum"), "startdatum", required: true, Error);
            var end = ParseDate(Field("einddatum"), "einddatum", required: false, Error);
            if (start is { } s && end is { } e && e < s)
            {
                Error("einddatum ligt voor de startdatum.");
            }

            var designated = ParseYesNo(Field("aangewezen_functie"), "aangewezen_functie", Error);
            var top = ParseYesNo(Field("topfunctionaris"), "topfunctionaris", Error);
            var manager = Field("leidinggevende");
            if (manager is not null && string.Equals(manager, number, StringComparison.OrdinalIgnoreCase))
            {
                Error("iemand kan niet zijn of haar eigen leidinggevende zijn.");
            }

            var relations = RelationColumns.Parse(number, Field(RelationColumns.Colleagues), Field(RelationColumns.Kinds), Field(RelationColumns.Starts), Error);
            if (lineErrors.Count > 0)
            {
                errors.AddRange(lineErrors);
                continue;
            }

            rows.Add(new PersonRow(line, number!, name!, email, type!.Value, start!.Value, end, Field("afdeling"), Field("afdelingsnaam"),
                Field("bovenliggende_afdeling"), Field("functie"), Field("functienaam"), designated, top, manager, relations));
        }

        if (rows.Count == 0 && errors.Count == 0)
        {
            errors.Add("Regel 2: het bestand bevat geen medewerkers.");
        }

        return (rows, errors, statesRelations);
    }

    private static EmploymentType? ParseEmploymentType(string? value, Action<string> error)
    {
        if (value is not null && Enum.TryParse<EmploymentType>(value, ignoreCase: true, out var type) && Enum.IsDefined(type) && !int.TryParse(value, out _))
        {
            return type;
        }

        error($"dienstverband '{value}' is onbekend; kies ambtenaar, inhuurkracht, uitzendkracht of stagiair.");
        return null;
    }

    internal static DateOnly? ParseDate(string? value, string column, bool required, Action<string> error)
    {
        if (value is null)
        {
            if (required)
            {
                error($"{column} ontbreekt.");
            }

            return null;
        }

        if (DateOnly.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        error($"{column} '{value}' is geen datum; gebruik jjjj-mm-dd, bijvoorbeeld 2026-01-31.");
        return null;
    }

    // Empty is "the file says nothing": a function already on the map keeps its designations (ImportedFunctions).
    private static bool? ParseYesNo(string? value, string column, Action<string> error)
    {
        switch (value?.ToLowerInvariant())
        {
            case null:
                return null;
            case "nee" or "n" or "0" or "false":
                return false;
            case "ja" or "j" or "1" or "true":
                return true;
            default:
                error($"{column} '{value}' moet 'ja' of 'nee' zijn.");
                return null;
        }
    }
}
