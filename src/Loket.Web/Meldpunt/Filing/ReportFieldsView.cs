namespace Loket.Web.Meldpunt.Filing;

/// <summary>
/// What the shared report fields need to render. <paramref name="AskMunicipality"/>: the public form
/// starts without a municipality, so nobody reports to the first one in the list by accident; the
/// desk's own forms know theirs. <paramref name="OnBehalf"/>: an officer or a confidant records what
/// someone else reported, so the hints speak about the melder instead of to them.
/// <paramref name="Involved"/>: the picked people, search results and the check before sending.
/// </summary>
public sealed record ReportFieldsView(ReportForm Input, IReadOnlyList<(string Slug, string Name)> Municipalities, bool AllowRetaliation = false, bool AskMunicipality = false, bool OnBehalf = false,
    InvolvedView? Involved = null);
