using Loket.Web.People;

namespace Loket.Web.Demo;

/// <summary>One small but realistic organisation per demo municipality: units, functions, people, a substitute, a relation.</summary>
internal static class DemoOrganisation
{
    public static IEnumerable<object> For(Guid tenantId)
    {
        var board = Unit(tenantId, "DIR", "Directie", null);
        var space = Unit(tenantId, "RUI", "Afdeling Ruimte", board);
        var service = Unit(tenantId, "DV", "Afdeling Dienstverlening", board);
        var operations = Unit(tenantId, "BV", "Afdeling Bedrijfsvoering", board);
        var permits = Unit(tenantId, "RUI-VG", "Team Vergunningen", space);

        var secretaryFn = Function(tenantId, "GS", "Gemeentesecretaris", designated: true, top: true);
        var directorFn = Function(tenantId, "DIR", "Directeur", designated: true, top: true);
        var managerFn = Function(tenantId, "AM", "Afdelingsmanager", designated: true, top: false);
        var leadFn = Function(tenantId, "TL", "Teamleider", designated: true, top: false);
        var policyFn = Function(tenantId, "BM", "Beleidsmedewerker", designated: false, top: false);
        var permitFn = Function(tenantId, "VV", "Vergunningverlener", designated: false, top: false);
        var purchaseFn = Function(tenantId, "IA", "Inkoopadviseur", designated: true, top: false);
        var integrityFn = Function(tenantId, "IC", "Integriteitscoördinator", designated: false, top: false);
        var hrFn = Function(tenantId, "HR", "HR-adviseur", designated: false, top: false);
        var internFn = Function(tenantId, "ST", "Stagiair", designated: false, top: false);

        var start = new DateOnly(2020, 1, 1);
        var secretary = Person(tenantId, "1001", "Sander Secretaris", board, secretaryFn, null, start);
        var manager = Person(tenantId, "1002", "Mark Manager", space, managerFn, secretary, start);
        var employee = Person(tenantId, "1003", "Mila Medewerker", space, policyFn, manager, start);
        var officer = Person(tenantId, "1004", "Iris Integriteit", operations, integrityFn, secretary, start);
        var confidant = Person(tenantId, "1005", "Vera Vertrouwenspersoon", service, policyFn, secretary, start);
        var hr = Person(tenantId, "1006", "Hanna HR-adviseur", operations, hrFn, secretary, start);
        var auditor = Person(tenantId, "1007", "Aart Auditor", operations, policyFn, secretary, start);
        var director = Person(tenantId, "1009", "Diederik Directeur", board, directorFn, secretary, start);
        var lead = Person(tenantId, "1010", "Tamara Teamleider", permits, leadFn, manager, start);
        var permitOfficer = Person(tenantId, "1011", "Victor Vergunningverlener", permits, permitFn, lead, start);
        var buyer = Person(tenantId, "1012", "Ingrid Inkoop", operations, purchaseFn, secretary, start);
        var hired = Person(tenantId, "1013", "Ivo Inhuur", space, policyFn, manager, new DateOnly(2026, 3, 1));
        hired.EmploymentType = EmploymentType.Inhuurkracht;
        var intern = Person(tenantId, "1014", "Sam Stagiair", service, internFn, manager, new DateOnly(2026, 9, 1));
        intern.EmploymentType = EmploymentType.Stagiair;
        intern.EndDate = new DateOnly(2027, 1, 31);

        object[] rows =
        [
            board, space, service, operations, permits,
            secretaryFn, directorFn, managerFn, leadFn, policyFn, permitFn, purchaseFn, integrityFn, hrFn, internFn,
            secretary, manager, employee, officer, confidant, hr, auditor, director, lead, permitOfficer, buyer, hired, intern,
            // The team leader stands in for the manager during the Christmas holidays.
            // Planned on its first day, so the demo's arrangement stands whatever day the demo is made. The team
            // leader has no demo account yet (DemoCatalog); TODO issue 16 point 7: give her one, the demo is planned as if she had.
            Substitution.Plan(manager.Id, lead, substituteHasAccount: true, new DateOnly(2026, 12, 21), new DateOnly(2027, 1, 3), plannedOn: new DateOnly(2026, 12, 21), planned: []).Value!,
            // The permit officer is the team leader's partner: she never decides on his declarations.
            Relation.Record(tenantId, lead, permitOfficer, RelationKind.Partner, start,
                new RelationOrigin(RelationSource.Hr, null, new DateTimeOffset(start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)), []).Value!,
            .. DemoDeclarations.For(tenantId, secretary, officer),
        ];
        return rows;
    }

    private static OrgUnit Unit(Guid tenantId, string code, string name, OrgUnit? parent) =>
        new() { TenantId = tenantId, Code = code, Name = name, ParentId = parent?.Id };

    private static JobFunction Function(Guid tenantId, string code, string name, bool designated, bool top) =>
        new() { TenantId = tenantId, Code = code, Name = name, DesignatedForFinancialInterests = designated, TopOfficial = top };

    private static Employee Person(Guid tenantId, string number, string name, OrgUnit unit, JobFunction function, Employee? manager, DateOnly start) => new()
    {
        TenantId = tenantId,
        EmployeeNumber = number,
        Name = name,
        Email = $"{number}@demo.invalid",
        EmploymentType = EmploymentType.Ambtenaar,
        StartDate = start,
        OrgUnitId = unit.Id,
        JobFunctionId = function.Id,
        ManagerId = manager?.Id,
    };
}
