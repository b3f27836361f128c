using Loket.Policy;

namespace Loket.Web.Declarations;

/// <summary>
/// What a top official is told before declaring a side activity: it will be published in the public
/// register. The law requires it everywhere (Ambtenarenwet 2017 art. 5 lid 1 c, what the public
/// register implements); where the municipality's code says so too, the engine cites that article.
/// </summary>
public static class PublicationNotice
{
    private const string Law = "Ambtenarenwet 2017, artikel 5, eerste lid, onder c";

    public static string? For(PolicyEngine engine, Declarant declarant, DeclarationType type, DateOnly today)
    {
        if (type != DeclarationType.SideActivity || !declarant.TopOfficial)
        {
            return null;
        }

        // Asked of the engine with no answers yet: a rule on the function alone, as 's-Hertogenbosch 4.1 rule 6.
        var evaluation = engine.Evaluate(declarant, type, new Dictionary<string, string?>(), today).Evaluation;
        // The law's own rule (Leiden, Leiderdorp, Leidschendam-Voorburg) cites the same article as Law: name it once.
        var articles = evaluation?.Reasons.Where(r => r.Obligations.Contains(Obligation.Publish)).Select(r => r.Kind == ReasonKind.Law ? r.ArticleTitle : $"artikel {r.ArticleId} van de gedragscode") ?? [];
        return "Je hebt een topfunctie. Daarom wordt deze nevenwerkzaamheid, nadat de integriteitscoördinator haar heeft bekeken, "
            + "openbaar gemaakt in het register van nevenwerkzaamheden op de website van de gemeente: je naam, je functie, de organisatie, "
            + $"je rol, of het betaald is en de periode ({string.Join("; ", new[] { Law }.Concat(articles).Distinct())}).";
    }
}
