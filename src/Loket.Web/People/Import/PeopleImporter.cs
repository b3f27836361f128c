using Loket.Web.Audit;
using Loket.Web.Infrastructure;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.People.Import;

/// <summary>
/// Upserts employees of the current tenant by employee number, creating units and functions the
/// file names; a function is found by code or by name on the functions map (<see cref="ImportedFunctions"/>). All or nothing: any error leaves the database untouched. Values that did not change
/// are not written, so importing the same file twice changes nothing (and audits nothing). The relation
/// columns keep the relations register in step (<see cref="ImportedRelations"/>), in the same save.
/// </summary>
public sealed class PeopleImporter(LoketDbContext db, TenantContext tenant, CurrentActor actor, TimeProvider time)
{
    /// <summary>
    /// Imports <paramref name="csv"/>. <paramref name="mayRecordRelations"/>: the importer may see and change the
    /// relations register (HR, the integrity officer, the operator's command line); for anyone else a file with
    /// relation columns is refused as a whole, since the import's answers would tell who is related to whom.
    /// </summary>
    public async Task<ImportResult> ImportAsync(TextReader csv, bool mayRecordRelations, CancellationToken cancellationToken = default)
    {
        var tenantId = tenant.TenantId ?? throw new InvalidOperationException("Import needs a tenant.");
        var (rows, errors, statesRelations) = PeopleCsv.Read(csv);
        if (statesRelations && !mayRecordRelations)
        {
            return ImportResult.Failed([$"Regel 1: alleen HR en de integriteitscoördinator importeren relaties; laat de kolommen {RelationColumns.Colleagues}, {RelationColumns.Kinds} en {RelationColumns.Starts} weg."]);
        }

        var units = await db.OrgUnits.ToDictionaryAsync(u => u.Code, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var functions = await db.JobFunctions.ToDictionaryAsync(f => f.Code, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var employees = await db.Employees.ToDictionaryAsync(e => e.EmployeeNumber, StringComparer.OrdinalIgnoreCase, cancellationToken);

        // All problems in one go, in file order: one round of fixing in Excel, not one per error.
        errors.AddRange(ImportedFunctions.Resolve(rows, functions));
        errors.AddRange(CrossCheck(rows, units, functions, employees));
        errors.AddRange(Cycles(rows, units, employees));
        errors.AddRange(ImportedRelations.CrossCheck(rows, employees.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase)));
        if (errors.Count > 0)
        {
            return ImportResult.Failed([.. errors.OrderBy(LineOf)]);
        }

        foreach (var row in rows.Where(r => r.UnitCode is not null))
        {
            var unit = units.GetValueOrDefault(row.UnitCode!) ?? (units[row.UnitCode!] = db.OrgUnits.Add(new OrgUnit { Code = row.UnitCode!, Name = row.UnitName! }).Entity);
            unit.Name = row.UnitName ?? unit.Name;
        }

        foreach (var row in rows.Where(r => r.UnitCode is not null && r.ParentUnitCode is not null))
        {
            units[row.UnitCode!].ParentId = units[row.ParentUnitCode!].Id;
        }

        foreach (var row in rows.Where(r => r.FunctionCode is not null))
        {
            var function = functions.GetValueOrDefault(row.FunctionCode!) ?? (functions[row.FunctionCode!] = db.JobFunctions.Add(new JobFunction { Code = row.FunctionCode!, Name = row.FunctionName! }).Entity);
            function.Name = row.FunctionName ?? function.Name;
            // A function on the map agrees with the file or the file says nothing (ImportedFunctions); a new one starts from the file.
            function.DesignatedForFinancialInterests = row.Designated ?? function.DesignatedForFinancialInterests;
            function.TopOfficial = row.TopOfficial ?? function.TopOfficial;
        }

        var created = 0;
        foreach (var row in rows)
        {
            if (!employees.TryGetValue(row.EmployeeNumber, out var employee))
            {
                // The tenant now rather than at the save: the relations register checks both people are of this municipality.
                employee = db.Employees.Add(new Employee { TenantId = tenantId, EmployeeNumber = row.EmployeeNumber, Name = row.Name }).Entity;
                employees[row.EmployeeNumber] = employee;
                created++;
            }

            employee.Name = row.Name;
            employee.Email = row.Email;
            employee.EmploymentType = row.EmploymentType;
            employee.StartDate = row.StartDate;
            employee.EndDate = row.EndDate;
            employee.OrgUnitId = row.UnitCode is null ? null : units[row.UnitCode].Id;
            employee.JobFunctionId = row.FunctionCode is null ? null : functions[row.FunctionCode].Id;
        }

        foreach (var row in rows)
        {
            employees[row.EmployeeNumber].ManagerId = row.ManagerNumber is null ? null : employees[row.ManagerNumber].Id;
        }

        RelationCounts? relationCounts = null;
        if (statesRelations)
        {
            var relations = new ImportedRelations(db, tenantId, actor.UserId, time.GetUtcNow(), time.Today());
            var refused = await relations.ApplyAsync(rows, employees, cancellationToken);
            if (refused.Count > 0)
            {
                // Nothing was saved; forget the upserted rows too, so nothing can save them later in this scope.
                db.ChangeTracker.Clear();
                return ImportResult.Failed(refused);
            }

            relationCounts = new RelationCounts(relations.Recorded, relations.Corrected, relations.Ended, relations.Kept);
        }

        db.ChangeTracker.DetectChanges();
        var updated = db.ChangeTracker.Entries<Employee>().Count(e => e.State == EntityState.Modified);
        await db.SaveChangesAsync(cancellationToken);
        return new ImportResult([], created, updated, rows.Count - created - updated, relationCounts);
    }

    /// <summary>
    /// Someone who is, through the chain, their own manager (or a unit its own parent) would send a
    /// declaration round forever and make routing and the four-eyes check meaningless: refused, with the
    /// chain as it would be after the import (the file over what is already stored).
    /// </summary>
    private static IEnumerable<string> Cycles(List<PersonRow> rows, Dictionary<string, OrgUnit> units, Dictionary<string, Employee> employees)
    {
        var numberOf = employees.Values.ToDictionary(e => e.Id, e => e.EmployeeNumber);
        var managerOf = employees.Values.ToDictionary(e => e.EmployeeNumber, e => e.ManagerId is { } id ? numberOf.GetValueOrDefault(id) : null, StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            managerOf[row.EmployeeNumber] = row.ManagerNumber;
        }

        // Someone who is their own manager directly already has an error of their own (PeopleCsv).
        foreach (var row in rows.Where(r => !string.Equals(r.ManagerNumber, r.EmployeeNumber, StringComparison.OrdinalIgnoreCase)))
        {
            if (Loop(row.EmployeeNumber, managerOf) is { } chain)
            {
                yield return $"Regel {row.Line}: {string.Join(" → ", chain)}: iemand kan niet (via anderen) zijn eigen leidinggevende zijn.";
            }
        }

        var codeOf = units.Values.ToDictionary(u => u.Id, u => u.Code);
        var parentOf = units.Values.ToDictionary(u => u.Code, u => u.ParentId is { } id ? codeOf.GetValueOrDefault(id) : null, StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows.Where(r => r.UnitCode is not null && r.ParentUnitCode is not null))
        {
            parentOf[row.UnitCode!] = row.ParentUnitCode;
        }

        foreach (var row in rows.Where(r => r.UnitCode is not null && r.ParentUnitCode is not null))
        {
            if (Loop(row.UnitCode!, parentOf) is { } chain)
            {
                yield return $"Regel {row.Line}: afdeling {string.Join(" → ", chain)}: een afdeling kan niet (via andere) onder zichzelf vallen.";
            }
        }
    }

    /// <summary>The chain from <paramref name="start"/> back to itself, or null when it ends.</summary>
    private static List<string>? Loop(string start, Dictionary<string, string?> up)
    {
        var chain = new List<string> { start };
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { start };
        for (var next = up.GetValueOrDefault(start); next is not null; next = up.GetValueOrDefault(next))
        {
            chain.Add(next);
            if (string.Equals(next, start, StringComparison.OrdinalIgnoreCase))
            {
                return chain;
            }

            if (!seen.Add(next))
            {
                return null; // a loop further up, reported on its own rows
            }
        }

        return null;
    }

    private static bool Differ(bool? a, bool? b) => a is { } x && b is { } y && x != y;

    private static int LineOf(string error) =>
        int.TryParse(error.AsSpan("Regel ".Length, error.IndexOf(':', StringComparison.Ordinal) - "Regel ".Length), out var line) ? line : 0;

    private static IEnumerable<string> CrossCheck(List<PersonRow> rows, Dictionary<string, OrgUnit> units, Dictionary<string, JobFunction> functions, Dictionary<string, Employee> employees)
    {
        var fileUnits = rows.Where(r => r.UnitCode is not null).Select(r => r.UnitCode!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var fileNumbers = rows.Select(r => r.EmployeeNumber).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            if (row.UnitCode is not null && row.UnitName is null && !units.ContainsKey(row.UnitCode) && !rows.Any(r => r.UnitCode == row.UnitCode && r.UnitName is not null))
            {
                yield return $"Regel {row.Line}: afdeling '{row.UnitCode}' bestaat nog niet; vul ook 'afdelingsnaam' in.";
            }

            if (row.ParentUnitCode is not null && !units.ContainsKey(row.ParentUnitCode) && !fileUnits.Contains(row.ParentUnitCode))
            {
                yield return $"Regel {row.Line}: bovenliggende afdeling '{row.ParentUnitCode}' bestaat niet.";
            }

            if (row.FunctionCode is not null && row.FunctionName is null && !functions.ContainsKey(row.FunctionCode) && !rows.Any(r => r.FunctionCode == row.FunctionCode && r.FunctionName is not null))
            {
                yield return $"Regel {row.Line}: functie '{row.FunctionCode}' bestaat nog niet; vul ook 'functienaam' in.";
            }

            if (row.FunctionCode is not null && rows.FirstOrDefault(r => r.FunctionCode == row.FunctionCode && (Differ(r.Designated, row.Designated) || Differ(r.TopOfficial, row.TopOfficial))) is { } other)
            {
                yield return $"Regel {row.Line}: functie '{row.FunctionCode}' heeft andere kenmerken dan op regel {other.Line}.";
            }

            if (row.ManagerNumber is not null && !employees.ContainsKey(row.ManagerNumber) && !fileNumbers.Contains(row.ManagerNumber))
            {
                yield return $"Regel {row.Line}: leidinggevende met personeelsnummer '{row.ManagerNumber}' bestaat niet.";
            }
        }
    }
}
