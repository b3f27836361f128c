using Loket.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.People.Import;

/// <summary>
/// Brings the register in step with the relations a people file states (<see cref="RelationColumns"/>),
/// so that importing the same file again changes nothing:
/// <list type="bullet">
/// <item>A pair named on either of the two rows is one relation. When the register already has a relation
/// between them that has not ended, it is kept, whoever recorded it; a different kind is corrected with
/// the reason "Import", and so is a different <c>relatie_vanaf</c> of a relation the import itself recorded.</item>
/// <item>Otherwise the relation is recorded (source Import) from <c>relatie_vanaf</c>, else the day of the import.</item>
/// <item>A file with the <c>relatie</c> column states the imported relations of every person on it in full:
/// a relation the import recorded earlier for one of them that the file no longer names is ended per the
/// day of the import. Relations recorded by HR, the integrity officer or an approved declaration are never
/// ended by an import; a file without the column touches no relation at all.</item>
/// </list>
/// Every refusal of the register (a period that overlaps an ended relation, say) is an error on the row's line.
/// </summary>
internal sealed class ImportedRelations(LoketDbContext db, Guid tenantId, Guid? byId, DateTimeOffset now, DateOnly today)
{
    public const string CorrectionReason = "Import";

    public const string EndReason = "Import: de relatie staat niet meer in het bestand";

    public int Recorded { get; private set; }

    public int Corrected { get; private set; }

    public int Ended { get; private set; }

    public int Kept { get; private set; }

    /// <summary>The pairs of the file, each once: contradicting statements of one pair on two rows are errors.</summary>
    public static IEnumerable<string> CrossCheck(List<PersonRow> rows, IReadOnlySet<string> knownNumbers)
    {
        var fileNumbers = rows.Select(r => r.EmployeeNumber).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var pairs = new Dictionary<(string, string), (int Line, StatedRelation Relation)>();
        foreach (var row in rows)
        {
            foreach (var stated in row.Relations)
            {
                if (!knownNumbers.Contains(stated.Number) && !fileNumbers.Contains(stated.Number))
                {
                    yield return $"Regel {row.Line}: relatie met personeelsnummer '{stated.Number}' bestaat niet (niet in dit bestand en niet bij de gemeente).";
                }
                else if (pairs.TryGetValue(Key(row.EmployeeNumber, stated.Number), out var first))
                {
                    if (first.Relation.Kind != stated.Kind)
                    {
                        yield return $"Regel {row.Line}: de relatie met {stated.Number} staat ook op regel {first.Line}, met een andere soort.";
                    }
                    else if (first.Relation.Start is { } a && stated.Start is { } b && a != b)
                    {
                        yield return $"Regel {row.Line}: de relatie met {stated.Number} staat ook op regel {first.Line}, met een andere datum in relatie_vanaf.";
                    }
                }
                else
                {
                    pairs[Key(row.EmployeeNumber, stated.Number)] = (row.Line, stated);
                }
            }
        }
    }

    /// <summary>
    /// Records, corrects and ends relations after the employees were upserted (new ones have their ids);
    /// returns the errors, and changes nothing that is saved when there are any (the caller does not save).
    /// </summary>
    public async Task<List<string>> ApplyAsync(List<PersonRow> rows, IReadOnlyDictionary<string, Employee> employees, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var register = await db.Relations.ToListAsync(cancellationToken);
        var before = register.ToList();
        var stated = new Dictionary<(Guid, Guid), (int Line, Employee Employee, Employee Colleague, StatedRelation Relation)>();
        foreach (var row in rows)
        {
            foreach (var relation in row.Relations)
            {
                var (employee, colleague) = (employees[row.EmployeeNumber], employees[relation.Number]);
                var key = Key(employee.Id, colleague.Id);

                // Named on both rows, the same (CrossCheck): one relation, whose first day is the one either row gives.
                if (!stated.TryGetValue(key, out var first) || (first.Relation.Start is null && relation.Start is not null))
                {
                    stated[key] = (row.Line, employee, colleague, relation);
                }
            }
        }

        foreach (var (line, employee, colleague, relation) in stated.Values.OrderBy(s => s.Line))
        {
            if (Apply(employee, colleague, relation, register) is { } refusal)
            {
                errors.Add($"Regel {line}: relatie met {relation.Number}: {refusal}");
            }
        }

        var inFile = rows.Select(r => employees[r.EmployeeNumber].Id).ToHashSet();
        foreach (var gone in before.Where(r => r.Source == RelationSource.Import && r.EndDate is null
            && (inFile.Contains(r.EmployeeId) || inFile.Contains(r.RelatedEmployeeId)) && !stated.ContainsKey(Key(r.EmployeeId, r.RelatedEmployeeId))))
        {
            // Per the import day (from that day on they are no longer related); one that starts later never starts.
            if (gone.End(gone.StartDate > today ? gone.StartDate : today, EndReason, byId, now) is null)
            {
                Ended++;
            }
        }

        return errors;
    }

    private string? Apply(Employee employee, Employee colleague, StatedRelation relation, List<Relation> register)
    {
        var between = register.Where(r => r.Involves(employee.Id, colleague.Id)).ToList();
        var lasting = between.Where(r => r.EndDate is null || r.EndDate > today).OrderBy(r => r.IsInForceOn(today) ? 0 : 1).ThenBy(r => r.StartDate).FirstOrDefault();
        if (lasting is not null)
        {
            var start = relation.Start is { } s && lasting.Source == RelationSource.Import ? s : lasting.StartDate;
            if (lasting.Kind == relation.Kind && lasting.StartDate == start)
            {
                Kept++;
                return null;
            }

            var refusal = lasting.Correct(relation.Kind, start, lasting.EndDate, CorrectionReason, byId, now, register);
            Corrected += refusal is null ? 1 : 0;
            return refusal?.Message;
        }

        var recorded = Relation.Record(tenantId, employee, colleague, relation.Kind, relation.Start ?? today, new RelationOrigin(RelationSource.Import, byId, now), register);
        if (recorded.Value is not { } added)
        {
            return recorded.Refusal!.Message;
        }

        db.Relations.Add(added);
        register.Add(added);
        Recorded++;
        return null;
    }

    private static (string, string) Key(string a, string b) =>
        string.Compare(a, b, StringComparison.OrdinalIgnoreCase) < 0 ? (a.ToUpperInvariant(), b.ToUpperInvariant()) : (b.ToUpperInvariant(), a.ToUpperInvariant());

    private static (Guid, Guid) Key(Guid a, Guid b) => a.CompareTo(b) < 0 ? (a, b) : (b, a);
}
