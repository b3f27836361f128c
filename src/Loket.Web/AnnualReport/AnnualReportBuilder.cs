using Loket.Policy;
using Loket.Web.AnnualReport.Suppression;
using Loket.Web.Declarations;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Tenants;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.AnnualReport;

/// <summary>
/// Counts a year's report from the data and publishes it through <see cref="Disclosure"/>. A municipality
/// whose desk serves others is always counted and suppressed together with them and with the desk as a
/// whole: each cell of the whole is the sum over the municipalities, so hiding them one municipality at a
/// time would let a reader subtract. Its own report is then the same whether read alone or in the desk's set.
/// Confidants' figures come from their handed-over contributions (<see cref="ContactContributions"/>).
/// The caller has checked that the reader may see each municipality; this reads across them.
/// </summary>
public sealed class AnnualReportBuilder(LoketDbContext db, TimeProvider time, PolicyEngine engine)
{
    /// <summary>One municipality's report, suppressed with its desk when that desk is shared.</summary>
    public async Task<AnnualReportDocument> MunicipalityAsync(Guid tenantId, int year, CancellationToken cancellationToken = default)
    {
        var desk = await db.Tenants.AsNoTracking().Where(t => t.Id == tenantId).Select(t => t.DeskId).SingleAsync(cancellationToken);
        var (tenants, set) = await CountDeskAsync(desk, year, cancellationToken);
        return set[tenants.FindIndex(t => t.Id == tenantId)];
    }

    /// <summary>
    /// A desk's reports: one per municipality, in name order, and for a desk that serves more than one, the
    /// desk as a whole last.
    /// </summary>
    public async Task<IReadOnlyList<AnnualReportDocument>> DeskAsync(Guid deskId, int year, CancellationToken cancellationToken = default) =>
        (await CountDeskAsync(deskId, year, cancellationToken)).Documents;

    private async Task<(List<Tenant> Tenants, IReadOnlyList<AnnualReportDocument> Documents)> CountDeskAsync(Guid deskId, int year, CancellationToken cancellationToken)
    {
        var (tenants, counted, k) = await CountSetAsync(deskId, year, cancellationToken);
        return (tenants, Disclosure.Publish(counted, k));
    }

    /// <summary>The desk's set as counted, with its threshold: the bench times counting and suppression apart.</summary>
    internal async Task<(List<Tenant> Tenants, List<CountedReport> Counted, int K)> CountSetAsync(Guid deskId, int year, CancellationToken cancellationToken)
    {
        var desk = await db.Desks.AsNoTracking().SingleAsync(d => d.Id == deskId, cancellationToken);
        var tenants = await db.Tenants.AsNoTracking().Where(t => t.DeskId == deskId).OrderBy(t => t.Name).ToListAsync(cancellationToken);
        var years = new ReportYears(year, time.GetUtcNow());
        // One threshold for the set, the strictest of its codes: the sums across municipalities tie their cells together.
        var k = tenants.Max(t => Threshold(t, year));
        var counted = new List<CountedReport>();
        foreach (var tenant in tenants)
        {
            counted.Add(await CountAsync(tenant.Name, [tenant.Id], years, k, Code(tenant, year), await UnitsAsync(tenant.Id, cancellationToken), cancellationToken));
        }

        if (tenants.Count > 1)
        {
            counted.Add(await CountAsync(desk.Name, [.. tenants.Select(t => t.Id)], years, k, null, null, cancellationToken));
        }

        return (tenants, counted, k);
    }

    /// <summary>One municipality counted on its own, before suppression: for the tests that check each table against hand counts.</summary>
    internal async Task<CountedReport> CountedAsync(Guid tenantId, int year)
    {
        var tenant = await db.Tenants.AsNoTracking().SingleAsync(t => t.Id == tenantId);
        return await CountAsync(tenant.Name, [tenant.Id], new ReportYears(year, time.GetUtcNow()), Threshold(tenant, year), Code(tenant, year),
            await UnitsAsync(tenant.Id, default), default);
    }

    private async Task<CountedReport> CountAsync(string name, IReadOnlyCollection<Guid> tenants, ReportYears years, int k, string? code,
        IReadOnlyDictionary<Guid, string>? units, CancellationToken cancellationToken)
    {
        var cases = await CaseFigures.CountAsync(db, tenants, years, cancellationToken);
        var registers = await RegisterFigures.CountAsync(db, tenants, years, cancellationToken);
        var measures = await MeasureFigures.CountAsync(db, tenants, years, cancellationToken);
        var (contacts, missing) = await ContactContributions.CountAsync(db, tenants, years, cancellationToken);
        var onboarding = await OnboardingFigures.CountAsync(db, tenants, years, cancellationToken);
        return new CountedReport(name, years.Year, years.Years,
        [
            ReportChapters.Introduction(name, years.Year, code),
            ReportChapters.KeyFigures(cases, registers, measures, contacts, onboarding),
            CaseTables.Reports(cases, units),
            CaseTables.Handling(cases),
            RegisterTables.Measures(measures),
            CaseTables.Whistleblowers(cases),
            RegisterTables.Confidants(contacts, missing),
            RegisterTables.Registers(registers),
            ReportChapters.Onboarding(onboarding),
            ReportChapters.Method(k),
        ]);
    }

    /// <summary>Each department under its top-level unit (directie, afdeling at the top), so small teams disappear into larger wholes.</summary>
    private async Task<IReadOnlyDictionary<Guid, string>> UnitsAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        var units = await db.OrgUnits.IgnoreQueryFilters().AsNoTracking().Where(u => u.TenantId == tenantId)
            .Select(u => new { u.Id, u.ParentId, u.Name }).ToDictionaryAsync(u => u.Id, cancellationToken);
        string Root(Guid id, int depth) => units[id].ParentId is { } parent && units.ContainsKey(parent) && depth < 50 ? Root(parent, depth + 1) : units[id].Name;
        return units.Keys.ToDictionary(id => id, id => Root(id, 0));
    }

    private PolicyVersion? InForce(Tenant tenant, int year)
    {
        try
        {
            return engine.Catalog.InForce(tenant.PolicySlug, new DateOnly(year, 12, 31));
        }
        catch (PolicyNotInForceException)
        {
            return null;
        }
    }

    private string? Code(Tenant tenant, int year) => InForce(tenant, year) is { } code ? $"“{code.Title}” (versie {code.Version})" : null;

    private int Threshold(Tenant tenant, int year) => (InForce(tenant, year)?.SuppressionThreshold ?? SuppressionThreshold.Default).SmallestShown;
}
