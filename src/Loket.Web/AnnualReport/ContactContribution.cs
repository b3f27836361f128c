using System.Text.Json;
using Loket.Web.Confidants;
using Loket.Web.Infrastructure.Domain;
using Loket.Web.Infrastructure.Tenancy;
using Loket.Web.Meldpunt.Case;

namespace Loket.Web.AnnualReport;

/// <summary>
/// A confidant's figures for one year, handed to the integrity coordinator (Leidschendam-Voorburg 2.3: the
/// confidant "houdt een anonieme registratie bij ... op grond waarvan gegevens kunnen worden verstrekt voor de
/// jaarlijkse rapportage"). Frozen when handed: counts by theme, route and outcome as they were then, so a
/// contact registered or changed later does not alter what the coordinator received. Once per confidant and year.
/// </summary>
public sealed class ContactContribution : ITenantOwned
{
    private ContactContribution()
    {
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; set; }

    public int Year { get; private set; }

    public Guid ConfidantUserId { get; private set; }

    public DateTimeOffset HandedAt { get; private set; }

    public int Total { get; private set; }

    /// <summary>The counts as JSON: {"themes":{"Corruption":2},"routes":{…},"outcomes":{…}}, enum names as keys.</summary>
    public string Counts { get; private set; } = "{}";

    internal static Outcome<ContactContribution> Hand(Guid tenantId, int year, Guid confidant, ContactCounts counts, bool alreadyHanded, DateTimeOffset now, int currentYear)
    {
        if (alreadyHanded)
        {
            return new AlreadyHanded(year);
        }

        if (year > currentYear || year < currentYear - 10)
        {
            return new HandOnlyAPastOrThisYear();
        }

        var figures = new Dictionary<string, Dictionary<string, long>>
        {
            ["themes"] = Enum.GetValues<ReportCategory>().ToDictionary(c => c.ToString(), c => counts.Themes.Of(c)[^1]),
            ["routes"] = Enum.GetValues<ContactRoute>().ToDictionary(r => r.ToString(), r => counts.Routes.Of(r)[^1]),
            ["outcomes"] = Enum.GetValues<ContactOutcome>().ToDictionary(o => o.ToString(), o => counts.Outcomes.Of(o)[^1]),
        };
        return new ContactContribution
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenantId,
            Year = year,
            ConfidantUserId = confidant,
            HandedAt = now,
            Total = (int)figures["themes"].Values.Sum(),
            Counts = JsonSerializer.Serialize(figures),
        };
    }

    /// <summary>Adds this contribution to <paramref name="counts"/> in the column <paramref name="column"/>.</summary>
    internal void AddTo(ContactCounts counts, int column)
    {
        var figures = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, long>>>(Counts) ?? [];
        foreach (var (name, count) in figures.GetValueOrDefault("themes") ?? [])
        {
            counts.Themes.Add(Enum.Parse<ReportCategory>(name), column, count);
        }

        foreach (var (name, count) in figures.GetValueOrDefault("routes") ?? [])
        {
            counts.Routes.Add(Enum.Parse<ContactRoute>(name), column, count);
        }

        foreach (var (name, count) in figures.GetValueOrDefault("outcomes") ?? [])
        {
            counts.Outcomes.Add(Enum.Parse<ContactOutcome>(name), column, count);
        }
    }
}
