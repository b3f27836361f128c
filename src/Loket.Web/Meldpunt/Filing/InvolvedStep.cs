using System.Security.Cryptography;
using System.Text;
using Loket.Web.Meldpunt.Exclusion;

namespace Loket.Web.Meldpunt.Filing;

/// <summary>
/// What the involved-people part of a report form shows: the people picked so far, the results of a
/// search without JavaScript, and, before sending, whom the names and the text matched.
/// </summary>
public sealed record InvolvedView(
    IReadOnlyList<PickerPerson> Picked,
    string? Searched = null,
    IReadOnlyList<PickerPerson>? Found = null,
    IReadOnlyList<Excluded>? Matches = null,
    IReadOnlyList<string>? Unmatched = null);

/// <summary>
/// The steps every report form shares for the people it names: search (without JavaScript), and the
/// check before sending. A report is sent only once the reporter has seen the matches of exactly
/// these names, picks and text: the form carries a stamp of what was checked.
/// </summary>
public sealed class InvolvedStep(PeopleSearch search, Exclusions exclusions)
{
    public async Task<InvolvedView> SearchAsync(Guid tenantId, ReportForm input, CancellationToken cancellationToken = default) =>
        new(await search.PickedAsync(tenantId, input.Picked, cancellationToken), input.Search?.Trim(),
            await search.FindAsync(tenantId, input.Search, cancellationToken));

    public async Task<InvolvedView> ShowAsync(Guid? tenantId, ReportForm input, CancellationToken cancellationToken = default) =>
        new(tenantId is { } id ? await search.PickedAsync(id, input.Picked, cancellationToken) : []);

    /// <summary>Null when the reporter has seen these matches (or there is nothing to show); otherwise the view of the check.</summary>
    public async Task<InvolvedView?> CheckAsync(Guid tenantId, ReportForm input, CancellationToken cancellationToken = default)
    {
        var matches = await exclusions.FindAsync(tenantId, input.InvolvedNames, input.Picked, input.Text, cancellationToken);
        var mentions = NameMatcher.Mentions(input.InvolvedNames);
        var stamp = Stamp(tenantId, input);
        if ((matches.Count == 0 && mentions.Count == 0) || input.Checked == stamp)
        {
            return null;
        }

        input.Checked = stamp;
        var unmatched = mentions.Where(m => !matches.Any(x => x.Because.Contains($"‘{m}’", StringComparison.Ordinal))).ToList();
        return new InvolvedView(await search.PickedAsync(tenantId, input.Picked, cancellationToken), Matches: matches, Unmatched: unmatched);
    }

    private static string Stamp(Guid tenantId, ReportForm input)
    {
        var checkedText = string.Join('\u001f', tenantId, input.InvolvedNames?.Trim(), string.Join(',', input.Picked.Order()), input.Text?.Trim());
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(checkedText)))[..32];
    }
}
