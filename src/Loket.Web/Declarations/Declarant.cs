using Loket.Policy;
using Loket.Web.Infrastructure.Database;
using Loket.Web.People;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Declarations;

/// <summary>
/// What the engine must know about the employee besides the answers: the code of their municipality,
/// their function's flags and their department's stricter rule; and who is above them, for the route
/// of a declaration submitted on <see cref="Day"/>. Always read from our records, never taken from the
/// form or the API caller.
/// </summary>
public sealed record Declarant(string PolicySlug, bool Designated, bool TopOfficial, DepartmentRules? Department)
{
    /// <summary>The first level of the line above the employee; set by <see cref="LoadAsync(LoketDbContext, Guid, Guid, DateOnly, CancellationToken)"/>, where routing starts.</summary>
    public DeclarationRouting.Level? Above { get; init; }

    /// <summary>The day the facts are read for (substitutions are dated).</summary>
    public DateOnly Day { get; init; }

    /// <summary>The employee's municipality: the line, its substitutes and relations are read there only.</summary>
    public Guid TenantId { get; init; }

    /// <summary>The declarant in the scope's municipality (a page, the API).</summary>
    public static Task<Declarant> LoadAsync(LoketDbContext db, Guid employeeId, DateOnly day, CancellationToken cancellationToken = default) =>
        LoadAsync(db, db.CurrentTenantId ?? throw new InvalidOperationException("A declarant is read in a municipality."), employeeId, day, cancellationToken);

    /// <summary>
    /// One query for all of it: submitting is the busiest write of the product and every round trip
    /// it saves is throughput (bench/results.md). A department rule costs a second query only where
    /// the municipality has one. The municipality is explicit, so a job without one reads the same facts.
    /// </summary>
    public static async Task<Declarant> LoadAsync(LoketDbContext db, Guid tenantId, Guid employeeId, DateOnly day, CancellationToken cancellationToken = default)
    {
        var facts = await Facts.For(db)(db, tenantId, employeeId, employeeId, day, cancellationToken)
            ?? throw new InvalidOperationException($"Employee {employeeId} is not in this municipality.");
        var department = facts.AnyDepartmentRule ? await DepartmentGiftRule.ForUnitAsync(db, facts.OrgUnitId, cancellationToken) : null;
        return new Declarant(facts.PolicySlug, facts.Designated, facts.TopOfficial, department) { Above = facts.Level(employeeId), Day = day, TenantId = tenantId };
    }

    /// <summary>The level above <paramref name="personId"/> (a manager in the declarant's line), seen from the declarant.</summary>
    internal static async Task<DeclarationRouting.Level?> LevelAboveAsync(LoketDbContext db, Guid personId, Declarant declarant, CancellationToken cancellationToken) =>
        (await Facts.For(db)(db, declarant.TenantId, personId, declarant.Above!.PersonId, declarant.Day, cancellationToken))?.Level(personId);

    private sealed class Row
    {
        public required string PolicySlug { get; init; }

        public bool Designated { get; init; }

        public bool TopOfficial { get; init; }

        public Guid? OrgUnitId { get; init; }

        public bool AnyDepartmentRule { get; init; }

        public Guid? ManagerId { get; init; }

        public Guid? Substitute { get; init; }

        public bool ManagerIsRelation { get; init; }

        public bool SubstituteIsRelation { get; init; }

        public DeclarationRouting.Level Level(Guid personId) => new(personId, ManagerId, Substitute, ManagerIsRelation, SubstituteIsRelation);
    }

    // Compiled once: the expression is not rebuilt and parameterised on every request. The person is
    // the declarant, or a manager further up when routing walks the line; relations are always the
    // declarant's (Relatedness, inlined into the SQL). The municipality is a parameter rather than the
    // scope's filter, so the escalation job, which has none, walks the same line.
    private static readonly CompiledPerModel<Func<LoketDbContext, Guid, Guid, Guid, DateOnly, CancellationToken, Task<Row?>>> Facts = new(() => EF.CompileAsyncQuery(
        Relatedness.Inline<Func<LoketDbContext, Guid, Guid, Guid, DateOnly, CancellationToken, Row?>>(
        (db, tenantId, personId, declarantId, day, cancellationToken) => db.Employees.IgnoreQueryFilters()
            .Where(e => e.Id == personId && e.TenantId == tenantId)
            .Select(e => new Row
            {
                PolicySlug = db.Tenants.Where(t => t.Id == tenantId).Select(t => t.PolicySlug).First(),
                Designated = (bool?)e.JobFunction!.DesignatedForFinancialInterests ?? false,
                TopOfficial = (bool?)e.JobFunction!.TopOfficial ?? false,
                OrgUnitId = e.OrgUnitId,
                AnyDepartmentRule = db.OrgUnits.IgnoreQueryFilters().Any(u => u.TenantId == tenantId && u.NoGiftsAtAll),
                ManagerId = e.ManagerId,
                Substitute = db.Substitutions.IgnoreQueryFilters()
                    .Where(s => s.TenantId == tenantId && s.ManagerId == e.ManagerId && s.From <= day && s.Until >= day)
                    .Select(s => (Guid?)s.SubstituteId).FirstOrDefault(),
                ManagerIsRelation = db.Relations.IgnoreQueryFilters().Any(r => r.TenantId == tenantId && Relatedness.Links(r, declarantId, e.ManagerId, day)),
                SubstituteIsRelation = db.Substitutions.IgnoreQueryFilters()
                    .Where(s => s.TenantId == tenantId && s.ManagerId == e.ManagerId && s.From <= day && s.Until >= day)
                    .Any(s => db.Relations.IgnoreQueryFilters().Any(r => r.TenantId == tenantId && Relatedness.Links(r, declarantId, s.SubstituteId, day))),
            })
            .FirstOrDefault())));
}
