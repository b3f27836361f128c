using Loket.Web.Identity;

namespace Loket.Web.Home;

/// <summary>
/// One line of a role's work: how many, and the link to the list that shows exactly those. The list's
/// own filter defines the items (DecisionQueue, OwnDeclarations, ClocksDue, …), so count and list agree.
/// </summary>
/// <param name="Urgent">Overdue, or escalated: puts the section first.</param>
public sealed record WorkItem(string Text, int Count, string Href, string? Note = null, bool Urgent = false);

/// <summary>A link that is not a count (the public register, a page to start from).</summary>
public sealed record WorkLink(string Text, string Href);

/// <summary>The work of one role the user holds in the current municipality.</summary>
public sealed record WorkSection(Role Role, string Title, IReadOnlyList<WorkItem> Items, IReadOnlyList<WorkLink> Links)
{
    public int Urgent => Items.Where(i => i.Urgent).Sum(i => i.Count);

    public int Waiting => Items.Sum(i => i.Count);

    /// <summary>Most urgent first: overdue or escalated work, then the most work, then the order of the roles.</summary>
    public static IReadOnlyList<WorkSection> MostUrgentFirst(IEnumerable<WorkSection> sections) =>
        [.. sections.OrderByDescending(s => s.Urgent).ThenByDescending(s => s.Waiting).ThenBy(s => s.Role)];
}
