using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.People.Import;

/// <summary>
/// Upserts employees of the current tenant by employee number, creating units and functions the
/// file names. All or nothing: any error leaves the database untouched. Values that did not change
/// are not written, so importing the same file twice changes nothing (and audits nothing).
/// </summary>
public sealed class PeopleImporter(LoketDbContext db, TenantContext tenant)
{
    public async Task<ImportResult> ImportAsync(TextReader csv, CancellationToken cancellationToken = default)
    {
        _ = tenant.TenantId ?? throw new InvalidOperationException("Import needs a tenant.");
        var (rows, errors) = PeopleCsv.Read(csv);
        var units = await db.OrgUnits.ToDictionaryAsync(u => u.Code, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var functions = await db.JobFunctions.ToDictionaryAsync(f => f.Code, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var employees = await db.Employees.ToDictionaryAsync(e => e.EmployeeNumber, StringComparer.OrdinalIgnoreCase, cancellationToken);

        // All problems in one go, in file order: one round of fixing in Excel, not one per error.
        errors.AddRange(CrossCheck(rows, units, functions, employees));
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
            function.DesignatedForFinancialInterests = row.Designated;
            function.TopOfficial = row.TopOfficial;
        }

        var created = 0;
        foreach (var row in rows)
        {
            if (!employees.TryGetValue(row.EmployeeNumber, out var employee))
            {
                employee = db.Employees.Add(new Employee { EmployeeNumber = row.EmployeeNumber, Name = row.Name }).Entity;
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

        db.ChangeTracker.DetectChanges();
        var updated = db.ChangeTracker.Entries<Employee>().Count(e => e.State == EntityState.Modified);
        await db.SaveChangesAsync(cancellationToken);
        return new ImportResult([], created, updated, rows.Count - created - updated);
    }

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

            if (row.FunctionCode is not null && rows.FirstOrDefault(r => r.FunctionCode == row.FunctionCode && (r.Designated != row.Designated || r.TopOfficial != row.TopOfficial)) is { } other)
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
