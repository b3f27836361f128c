using Loket.Policy;

namespace Loket.Web.Declarations;

/// <summary>
/// The engine's verdict as the employee reads it: one sentence that answers "mag ik dit?", the
/// obligations as steps, then each cited article once. Words are derived from the verdict, the
/// obligations and the declaration type; <see cref="Decider"/> is who decides per the routing, so a
/// gemeentesecretaris without a manager is never sent to "je leidinggevende".
/// </summary>
public sealed record VerdictView(Evaluation Evaluation, DeclarationType Type, string Decider)
{
    /// <summary>A sentence about the employee's own situation (no manager, a designated function), or null.</summary>
    public string? Situation { get; init; }

    /// <summary>One article of the code (or the law) with every reason that cited it.</summary>
    public sealed record Article(string Heading, string Excerpt, IReadOnlyList<string> Explanations);

    public string Title => TitleOf(Evaluation.Verdict);

    /// <summary>The colour as a word with a capital, for headings and tables.</summary>
    public static string TitleOf(Verdict verdict) => verdict switch
    {
        Verdict.Groen => "Groen",
        Verdict.Oranje => "Oranje",
        _ => "Rood",
    };

    public string Answer
    {
        get
        {
            var obligations = Evaluation.Obligations;
            var condition = Condition(obligations);
            if (Act(Type) is not var (what, verb))
            {
                return (Evaluation.Verdict, condition) switch
                {
                    (Verdict.Groen, null) => obligations.Count == 0 ? "Dit is geen probleem. Je hoeft niets te doen." : "Dit is geen probleem. Lees hieronder wat je nog moet doen.",
                    (Verdict.Groen, _) => $"Dit is geen probleem {condition}.",
                    (Verdict.Oranje, _) => $"Dit kan een probleem zijn. Bespreek het met {Decider}.",
                    _ => $"Zo kan het niet: er moet iets veranderen. Bespreek met {Decider} wat.",
                };
            }

            return (Evaluation.Verdict, condition) switch
            {
                (Verdict.Groen, null) => obligations.Count == 0 ? $"Je mag {what} {verb}. Je hoeft niets te doen." : $"Je mag {what} {verb}. Lees hieronder wat je nog moet doen.",
                (Verdict.Oranje, null) => $"Of je {what} mag {verb}, hangt af van de omstandigheden: bespreek het eerst met {Decider}.",
                (Verdict.Groen or Verdict.Oranje, _) => $"Je mag {what} {verb} {condition}.",
                _ => $"Je mag {what} niet {verb}.",
            };
        }
    }

    /// <summary>What to do, in the order the engine lists the obligations.</summary>
    public IEnumerable<string> Steps => Evaluation.Obligations.Select(o => o switch
    {
        Obligation.Refuse => "Weiger het.",
        Obligation.ReturnToGiver => "Geef het terug aan de gever.",
        Obligation.HandOverToMunicipality => "Geef het af aan de gemeente.",
        Obligation.DoNotHandleFile => "Behandel het dossier niet zelf.",
        Obligation.WrittenPermission => $"Vraag {Decider} schriftelijk om toestemming. Dat doe je met deze opgave.",
        Obligation.DiscussWithManager => $"Bespreek het met {Decider}.",
        Obligation.ReportToManager => $"Meld het bij {Decider}. Dat doe je met deze opgave.",
        Obligation.Register => "Het wordt geregistreerd.",
        Obligation.Publish => "Het wordt openbaar gemaakt in het register van de gemeente.",
        Obligation.ReportEnd => "Geef het door als je ermee stopt.",
        _ => o.DutchLabel(),
    });

    /// <summary>Each article once, in the order the engine first cited it; the law by its own title.</summary>
    public IEnumerable<Article> Articles => Evaluation.Reasons
        .GroupBy(r => r.ArticleId)
        .Select(g => new Article(
            g.First().Kind == ReasonKind.Law ? g.First().ArticleTitle : $"Artikel {g.Key} – {g.First().ArticleTitle}",
            g.First().Excerpt,
            [.. g.Select(r => r.Explanation).Distinct()]));

    /// <summary>What the employee wants to do, as object and verb ("dit", "aannemen"); null where nothing is done but declared.</summary>
    private static (string What, string Verb)? Act(DeclarationType type) => type switch
    {
        DeclarationType.Gift => ("dit", "aannemen"),
        DeclarationType.Invitation => ("deze uitnodiging", "aannemen"),
        DeclarationType.SideActivity => ("deze nevenwerkzaamheid", "uitoefenen"),
        DeclarationType.FinancialInterest => ("dit belang", "hebben"),
        DeclarationType.FormerColleagueHire => ("deze ex-collega", "inhuren"),
        _ => null,
    };

    /// <summary>The strongest obligation that the answer depends on, as a clause ("als je het meldt bij ...").</summary>
    private string? Condition(IReadOnlyList<Obligation> obligations) =>
        obligations.Contains(Obligation.WrittenPermission) ? $"als je er schriftelijk toestemming voor krijgt van {Decider}"
        : obligations.Contains(Obligation.DiscussWithManager) ? $"als je het eerst bespreekt met {Decider}"
        : obligations.Contains(Obligation.ReportToManager) ? $"als je het meldt bij {Decider}"
        : null;
}
