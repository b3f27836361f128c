using Loket.Web.Identity;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Tenancy;
using Loket.Web.Meldpunt.Case;
using Loket.Web.Meldpunt.Investigation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Meldpunt.Measures;

/// <summary>
/// The register of measures and police reports of one case. Only HR, the integrity officer who reads the
/// case and a recorded decider see it (<see cref="MeasureAccess"/>); anyone else who reaches the page, the
/// person concerned's manager included, gets 404 as if the case had none. Every read is audited.
/// </summary>
[Authorize(Policy = MeldpuntServices.MeasureWork)]
public sealed class RegisterModel(LoketDbContext db, TenantContext tenant, CaseAccess access, CaseCrypto crypto, MeasureAccess measures, TimeProvider time)
    : CaseSubpage(db, tenant, access, crypto)
{
    public sealed record Row(CaseMeasure Measure, string Decider, string HrAdviser, string? Description);

    public ProtocolRule Rule { get; private set; } = null!;

    public bool MayRecord { get; private set; }

    /// <summary>Whether this user works on the desk's case page (HR does not): only then the link back is shown.</summary>
    public bool OnDesk => (Roles & (Role.IntegrityOfficer | Role.Secretary)) != 0;

    public List<Row> Rows { get; private set; } = [];

    public List<PoliceReport> PoliceReports { get; private set; } = [];

    public List<(Guid Id, string Name)> Deciders { get; private set; } = [];

    public List<(Guid Id, string Name)> HrAdvisers { get; private set; } = [];

    /// <summary>Only for the date fields' names.</summary>
    public DateOnly? DecidedOn { get; set; }

    public DateOnly? FiledOn { get; set; }

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    public Task<IActionResult> OnPostMeasureAsync(MeasureKind? kind, DateOnly? decidedOn, Guid? decider, Guid? hrAdviser, string? description) => ActAsync(async () =>
    {
        if (!MayRecord)
        {
            ModelState.AddModelError(string.Empty, "Alleen HR of de integriteitscoördinator van dit dossier legt een maatregel vast.");
            return null;
        }

        var rule = ProtocolRules.For(PolicySlug);
        var deciderIds = (await measures.PeopleWithAsync(Report, rule.MeasureDecider)).Select(p => p.Id).ToList();
        var hrIds = (await measures.PeopleWithAsync(Report, Role.HrAdviser)).Select(p => p.Id).ToList();
        var recorded = CaseMeasure.Record(Report, kind, decidedOn, decider, hrAdviser, deciderIds, hrIds, rule, description, Seal, UserId, time.GetUtcNow());
        if (Refused(recorded.Refusal))
        {
            return null;
        }

        Db.CaseMeasures.Add(recorded.Value!);
        return $"Vastgelegd: {recorded.Value!.Kind.Dutch()}.";
    });

    public Task<IActionResult> OnPostPoliceAsync(DateOnly? filedOn, string? filedBy, string? policeReference) => ActAsync(() =>
    {
        if (!MayRecord)
        {
            ModelState.AddModelError(string.Empty, "Alleen HR of de integriteitscoördinator van dit dossier legt een aangifte vast.");
            return Task.FromResult<string?>(null);
        }

        var recorded = PoliceReport.Record(Report, filedOn, filedBy, policeReference, UserId, time.GetUtcNow());
        if (Refused(recorded.Refusal))
        {
            return Task.FromResult<string?>(null);
        }

        Db.PoliceReports.Add(recorded.Value!);
        return Task.FromResult<string?>("De aangifte is vastgelegd.");
    });

    protected override async Task<IActionResult?> DenyAsync()
    {
        MayRecord = await measures.MayRecordAsync(Report, UserId, Roles);
        return MayRecord || await measures.MaySeeAsync(Report, UserId, Roles) ? null : NotFound();
    }

    protected override async Task LoadAsync()
    {
        Rule = ProtocolRules.For(PolicySlug);
        var rows = await Db.CaseMeasures.Where(m => m.ReportId == Report.Id).OrderBy(m => m.DecidedOn).ThenBy(m => m.RecordedAt).ToListAsync();
        var people = rows.SelectMany(r => new[] { r.DeciderUserId, r.HrAdviserUserId }).Distinct().ToList();
        var names = await Db.Users.Where(u => people.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        Rows = [.. rows.Select(m => new Row(m, names.GetValueOrDefault(m.DeciderUserId, "onbekend"), names.GetValueOrDefault(m.HrAdviserUserId, "onbekend"),
            m.SealedDescription is null ? null : Open(m.Id, "measure", m.SealedDescription)))];
        PoliceReports = await Db.PoliceReports.Where(p => p.ReportId == Report.Id).OrderBy(p => p.FiledOn).ToListAsync();
        if (MayRecord)
        {
            Deciders = await measures.PeopleWithAsync(Report, Rule.MeasureDecider);
            HrAdvisers = await measures.PeopleWithAsync(Report, Role.HrAdviser);
        }

        Db.RecordRead(nameof(CaseMeasure), Report.Id.ToString(), "Maatregelen gelezen");
    }
}
