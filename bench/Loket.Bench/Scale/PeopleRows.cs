using Loket.Web.Identity;

namespace Loket.Bench.Scale;

/// <summary>
/// Municipalities with their organisation: a gemeentesecretaris, 5 directors, 30 heads of department,
/// 120 team leaders and staff in teams, each with a manager; declared relations, substitutes, and the
/// accounts the load run signs in with.
/// </summary>
internal sealed class PeopleRows
{
    private static readonly (string Code, string Name, bool Designated, bool Top)[] Functions =
    [
        ("GS", "Gemeentesecretaris", true, true), ("DIR", "Directeur", true, false), ("AH", "Afdelingshoofd", false, false),
        ("TL", "Teamleider", false, false), ("BM", "Beleidsmedewerker", false, false), ("INK", "Inkoper", true, false),
        ("FA", "Financieel adviseur", true, false), ("VV", "Vergunningverlener", false, false), ("HH", "Handhaver", false, false),
        ("JUR", "Jurist", false, false), ("ICT", "ICT-specialist", false, false), ("BOA", "Buitengewoon opsporingsambtenaar", false, false),
        ("KCC", "Klantcontactmedewerker", false, false), ("PM", "Projectmanager", false, false), ("SB", "Secretaresse", false, false),
    ];

    private const int Directors = 5, DepartmentsPerDirector = 6, TeamsPerDepartment = 4, DeclarersPerTenant = 4;

    public GeneratedTable Desks { get; } = new("Desks", ["Id", "Slug", "Name", "Email"]);

    public GeneratedTable Tenants { get; } = new("Tenants", ["Id", "Slug", "Name", "PolicySlug", "PrimaryColor", "DeskId"]);

    public GeneratedTable OrgUnits { get; } = new("OrgUnits", ["Id", "TenantId", "Code", "Name", "ParentId", "NoGiftsAtAll"]);

    public GeneratedTable JobFunctions { get; } = new("JobFunctions", ["Id", "TenantId", "Code", "Name", "DesignatedForFinancialInterests", "TopOfficial"]);

    public GeneratedTable Employees { get; } = new("Employees", ["Id", "TenantId", "EmployeeNumber", "Name", "Email", "EmploymentType", "StartDate", "EndDate", "OrgUnitId", "JobFunctionId", "ManagerId"]);

    public GeneratedTable Relations { get; } = new("Relations", ["Id", "TenantId", "EmployeeId", "RelatedEmployeeId", "Kind", "StartDate", "Source", "RecordedAt"]);

    public GeneratedTable Substitutions { get; } = new("Substitutions", ["Id", "TenantId", "ManagerId", "SubstituteId", "From", "Until"]);

    public GeneratedTable Users { get; } = new("Users", ["Id", "UserName", "DisplayName", "Email", "PasswordHash", "AccessFailedCount", "LockoutEnd", "TotpSecret", "TotpEnabled", "IsDemo", "SecurityStamp"]);

    public GeneratedTable Memberships { get; } = new("Memberships", ["Id", "TenantId", "UserId", "EmployeeId", "Roles"]);

    public List<TenantPlan> Plans { get; } = [];

    public IEnumerable<GeneratedTable> Tables => [Desks, Tenants, OrgUnits, JobFunctions, Employees, Relations, Substitutions, Users, Memberships];

    public static PeopleRows Generate(ScaleOptions options, IReadOnlyList<string> policySlugs, DateTimeOffset now, string passwordHash, Random random)
    {
        var rows = new PeopleRows();
        for (var t = 0; t < options.Tenants; t++)
        {
            var name = DutchWords.Municipalities[t % DutchWords.Municipalities.Length];
            var slug = TenantPlan.SlugOf(name, t, DutchWords.Municipalities.Length);
            // The five municipalities whose codes we have use their own; the others borrow one in turn.
            var policy = policySlugs.Contains(slug) ? slug : policySlugs[t % policySlugs.Count];
            rows.Plans.Add(rows.AddTenant(name, slug, policy, options.EmployeesPerTenant, now, passwordHash, random));
        }

        return rows;
    }

    private TenantPlan AddTenant(string name, string slug, string policySlug, int employeeCount, DateTimeOffset now, string passwordHash, Random random)
    {
        Guid Id() => SeededGuid.Version7(now, random);
        var tenantId = Id();
        var deskId = Id();
        Desks.Add(deskId, $"meldpunt-{slug}", $"Meldpunt integriteit {name}", $"integriteit@{slug}.example");
        Tenants.Add(tenantId, slug, $"Gemeente {name}", policySlug, $"#{random.Next(0x1000000):x6}", deskId);

        var functions = Functions.Select(f => (Id: Id(), f.Top)).ToArray();
        foreach (var (f, i) in Functions.Select((f, i) => (f, i)))
        {
            JobFunctions.Add(functions[i].Id, tenantId, f.Code, f.Name, f.Designated, f.Top);
        }

        // Units: the organisation, directorates, departments, teams. Unit i is led by employee i, whose
        // manager leads the parent unit; a function per level.
        var units = new List<(Guid Id, int Parent, int Function)>();
        void Unit(string code, string unitName, int parent, int function)
        {
            units.Add((Id(), parent, function));
            OrgUnits.Add(units[^1].Id, tenantId, code, unitName, parent < 0 ? null : units[parent].Id, false);
        }

        Unit("GEM", $"Gemeente {name}", -1, 0);
        for (var d = 0; d < Directors; d++)
        {
            Unit($"D{d + 1}", $"Directie {d + 1}", 0, 1);
        }

        for (var a = 0; a < Directors * DepartmentsPerDirector; a++)
        {
            Unit($"A{a + 1}", $"Afdeling {a + 1}", 1 + (a / DepartmentsPerDirector), 2);
        }

        var firstTeam = units.Count;
        for (var team = 0; team < Directors * DepartmentsPerDirector * TeamsPerDepartment; team++)
        {
            Unit($"T{team + 1}", $"Team {team + 1}", 1 + Directors + (team / TeamsPerDepartment), 3);
        }

        var employees = new Guid[employeeCount];
        var managers = new Guid?[employeeCount];
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        for (var i = 0; i < employeeCount; i++)
        {
            employees[i] = Id();
            var (unit, manager, function) = i < units.Count
                ? (i, units[i].Parent, units[i].Function)
                : (firstTeam + random.Next(units.Count - firstTeam), -1, 4 + random.Next(Functions.Length - 4));
            manager = i < units.Count ? manager : unit;
            managers[i] = manager >= 0 && manager < i ? employees[manager] : null;
            var person = $"{random.Pick(DutchWords.FirstNames)} {random.Pick(DutchWords.Surnames)}";
            Employees.Add(employees[i], tenantId, $"P{100_000 + i}", person, $"{person.Replace(' ', '.').ToLowerInvariant()}.{i}@{slug}.example",
                random.NextDouble() switch { < 0.85 => "Ambtenaar", < 0.95 => "Inhuurkracht", < 0.98 => "Uitzendkracht", _ => "Stagiair" },
                today.AddDays(-random.Next(30, 9_000)), null, units[unit].Id, functions[function].Id, managers[i]);
        }

        AddRelationsAndSubstitutes(tenantId, employees, firstTeam, now, random);
        var officer = employees[Math.Min(units.Count, employeeCount - 1)];
        var officerUser = AddAccount(tenantId, $"integriteit@{slug}", "Integriteitscoördinator", officer, Role.IntegrityOfficer | Role.Employee, passwordHash, now, random);
        var declarers = Enumerable.Range(1, DeclarersPerTenant).Select(k => employees[Math.Min(units.Count + k, employeeCount - 1)]).ToArray();
        for (var k = 0; k < declarers.Length; k++)
        {
            AddAccount(tenantId, $"medewerker{k + 1}@{slug}", $"Medewerker {k + 1}", declarers[k], Role.Employee, passwordHash, now, random);
        }

        return new TenantPlan
        {
            Id = tenantId,
            Slug = slug,
            Name = name,
            PolicySlug = policySlug,
            Employees = employees,
            Managers = managers,
            Officer = officer,
            Declarers = declarers,
            TopOfficials = [employees[0]],
            OrgUnits = [.. units.Select(u => u.Id)],
            OfficerUser = officerUser,
        };
    }

    private void AddRelationsAndSubstitutes(Guid tenantId, Guid[] employees, int leaders, DateTimeOffset now, Random random)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var pairs = new HashSet<(int, int)>();
        while (employees.Length > leaders + 1 && pairs.Count < employees.Length / 100)
        {
            var a = random.Next(employees.Length);
            var b = random.Next(employees.Length);
            if (a != b && !pairs.Contains((b, a)) && pairs.Add((a, b)))
            {
                // Imported, as a municipality's first relations would be, from some day in the last years.
                Relations.Add(SeededGuid.Version7(now, random), tenantId, employees[a], employees[b], random.Pick(["Partner", "Family", "Friend"]),
                    today.AddDays(-random.Next(30, 3000)), "Import", now);
            }
        }

        // A few managers away now (their substitute decides), more in the past.
        for (var s = 0; s < Math.Min(20, leaders - 2); s++)
        {
            var manager = 1 + random.Next(leaders - 2);
            var from = today.AddDays(s < 5 ? -3 : -random.Next(30, 700));
            Substitutions.Add(SeededGuid.Version7(now, random), tenantId, employees[manager], employees[manager + 1], from, from.AddDays(14));
        }
    }

    private Guid AddAccount(Guid tenantId, string userName, string displayName, Guid employee, Role roles, string passwordHash, DateTimeOffset now, Random random)
    {
        var userId = SeededGuid.Version7(now, random);
        // A privileged role reaches its pages only with a second factor (Identity/SecondFactorRequired): those
        // accounts get the bench's TOTP secret, and BenchSession answers the code step with it.
        var totp = (roles & SecondFactorRequired.Privileged) != 0;
        Users.Add(userId, userName, displayName, null, passwordHash, 0, null, totp ? BenchSettings.TotpSecret : null, totp, false, Convert.ToHexString(userId.ToByteArray()));
        Memberships.Add(SeededGuid.Version7(now, random), tenantId, userId, employee, (int)roles);
        return userId;
    }
}
