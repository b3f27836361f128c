using Loket.Web.Meldpunt.Case;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Meldpunt.Investigation;

// What the protocol page reads: the decision, the investigation with its interviews opened with the case key, the people to choose from.
public sealed partial class ProtocolModel
{
    public sealed record Person(Guid Group, string Name);

    public sealed record InterviewView(Interview Row, string Interviewee, string Record, string? Correction);

    public Procedures.Procedure Procedure { get; private set; } = null!;

    public ProtocolRule Rule { get; private set; } = null!;

    /// <summary>The decision to investigate in the words it was recorded with (the case's Decision entry).</summary>
    public string? Decision { get; private set; }

    public CaseInvestigation? Investigation { get; private set; }

    public string? Investigator { get; private set; }

    public string? PersonConcerned { get; private set; }

    public List<Person> Involved { get; private set; } = [];

    public List<(Guid Id, string Name)> Candidates { get; private set; } = [];

    public List<InterviewView> Interviews { get; private set; } = [];

    /// <summary>Opened texts of the investigation by field: postponement, delay, draft, draft-reaction, report.</summary>
    public Dictionary<string, string> Texts { get; private set; } = [];

    /// <summary>Only for the date fields' names: the handlers bind the posted days themselves.</summary>
    public DateOnly? InformedOn { get; set; }

    public DateOnly? HeldOn { get; set; }

    public DateOnly? ReactionDue { get; set; }

    public DateOnly Today => Infrastructure.Time.DutchTime.Day(time.GetUtcNow());

    protected override async Task<IActionResult?> DenyAsync() =>
        await Access.MayReadAsync(Report.Id, UserId) ? null : Forbid();

    protected override async Task LoadAsync()
    {
        Procedure = Procedures.For(PolicySlug);
        Rule = ProtocolRules.For(PolicySlug);
        var decision = await Db.CaseEntries.Where(e => e.ReportId == Report.Id && e.Kind == EntryKind.Decision).OrderByDescending(e => e.At).FirstOrDefaultAsync();
        Decision = decision is null ? null : Crypto.Text(Report, decision);
        Investigation = await Db.Investigations.Include(i => i.Interviews).Where(i => i.ReportId == Report.Id)
            .OrderByDescending(i => i.StartedAt).FirstOrDefaultAsync();
        Involved = await InvolvedAsync();
        if (Investigation is not { } investigation)
        {
            Db.RecordRead(nameof(Report), Report.Id.ToString(), "Onderzoek gelezen (nog niet gestart)");
            return;
        }

        Candidates = investigation.IsAssigned ? [] : await candidates.InternalAsync(Report);
        Investigator = investigation.InvestigatorUserId is { } user
            ? await Db.Users.Where(u => u.Id == user).Select(u => u.DisplayName).FirstOrDefaultAsync()
            : investigation.IsAssigned ? $"{investigation.ExternalInvestigator} ({investigation.Bureau})" : null;
        PersonConcerned = Involved.FirstOrDefault(p => p.Group == investigation.PersonConcernedGroup)?.Name;
        Interviews = [.. investigation.Interviews.OrderBy(i => i.HeldOn).ThenBy(i => i.RecordedAt).Select(i => new InterviewView(i,
            Open(i.Id, "interviewee", i.SealedInterviewee), Open(i.Id, "record", i.SealedRecord),
            i.SealedCorrection is null ? null : Open(i.Id, "correction", i.SealedCorrection)))];
        foreach (var (field, sealedText) in new[]
        {
            ("postponement", investigation.SealedPostponement), ("delay", investigation.SealedDelayReason), ("draft", investigation.SealedDraft),
            ("draft-reaction", investigation.SealedDraftReaction), ("report", investigation.SealedReport),
        })
        {
            if (sealedText is not null)
            {
                Texts[field] = Open(investigation.Id, field, sealedText);
            }
        }

        Db.RecordRead(nameof(CaseInvestigation), investigation.Id.ToString(), "Onderzoek gelezen");
    }

    private Task<CaseInvestigation?> RunningAsync() =>
        Db.Investigations.Include(i => i.Interviews).Where(i => i.ReportId == Report.Id && i.ConcludedAt == null).OrderByDescending(i => i.StartedAt).FirstOrDefaultAsync();

    /// <summary>The people the report names and who were not ruled out ("niet bedoeld"): the person concerned is one of them.</summary>
    private async Task<List<Person>> InvolvedAsync()
    {
        var tags = await Db.InvolvedTags.Where(i => i.ReportId == Report.Id && i.Meant != false && i.InheritedFromReportId == null).OrderBy(i => i.Id).ToListAsync();
        return [.. tags.GroupBy(t => t.Group).Select(g => new Person(g.Key, Crypto.Note(Report, g.First()) ?? "genoemd"))];
    }
}
