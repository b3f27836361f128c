using System.Text.RegularExpressions;
using Loket.Web.Infrastructure.Domain;
using Loket.Web.Infrastructure.Tenancy;

namespace Loket.Web.AnnualReport;

/// <summary>
/// One saved version of the coordinator's own text for a year's report (developments, evaluation, goals for
/// next year). Every save is a new row with the next version number, so the history is kept and the version
/// that was adopted is known. Made only by <see cref="Write"/>.
/// </summary>
public sealed partial class ReportDraft : ITenantOwned
{
    public const int LongestText = 20_000;

    public static readonly IReadOnlyList<(string Key, string Heading)> Headings =
    [
        ("ontwikkelingen", "Ontwikkelingen"),
        ("evaluatie", "Evaluatie van het beleid"),
        ("doelen", "Doelen voor volgend jaar"),
    ];

    private ReportDraft()
    {
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; set; }

    public int Year { get; private set; }

    public int Version { get; private set; }

    public string Developments { get; private set; } = "";

    public string Evaluation { get; private set; } = "";

    public string Goals { get; private set; } = "";

    public Guid WrittenByUserId { get; private set; }

    public DateTimeOffset WrittenAt { get; private set; }

    public IReadOnlyList<ReportText> Texts =>
        [.. Headings.Zip(new[] { Developments, Evaluation, Goals }).Where(p => p.Second.Length > 0).Select(p => new ReportText(p.First.Key, p.First.Heading, p.Second))];

    /// <summary>
    /// The next version. <paramref name="names"/> finds a person's name in a text (the roster of the municipality);
    /// a case reference ("M-7K3Q9P") is refused by its pattern: the report names nobody and no case.
    /// </summary>
    public static Outcome<ReportDraft> Write(Guid tenantId, int year, ReportDraft? latest, bool adopted, IReadOnlyList<string?> texts,
        Func<string, bool> names, Guid by, DateTimeOffset now)
    {
        if (adopted)
        {
            return new ReportAlreadyAdopted(year);
        }

        var cleaned = texts.Select(t => t?.Trim() ?? "").ToList();
        for (var i = 0; i < Headings.Count; i++)
        {
            if (cleaned[i].Length > LongestText)
            {
                return new TextTooLong(Headings[i].Heading);
            }

            if (CaseReference().IsMatch(cleaned[i]) || names(cleaned[i]))
            {
                return new TextNamesSomeone(Headings[i].Heading);
            }
        }

        return new ReportDraft
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenantId,
            Year = year,
            Version = (latest?.Version ?? 0) + 1,
            Developments = cleaned[0],
            Evaluation = cleaned[1],
            Goals = cleaned[2],
            WrittenByUserId = by,
            WrittenAt = now,
        };
    }

    [GeneratedRegex(@"\b[A-Z]-[0-9A-Z]{6}\b")]
    private static partial Regex CaseReference();
}
