namespace Loket.Web.Meldpunt;

/// <summary>What the shared report fields need to render.</summary>
public sealed record ReportFieldsView(ReportForm Input, IReadOnlyList<(string Slug, string Name)> Municipalities, bool AllowRetaliation = false);
