namespace Loket.Web.Confidants;

/// <summary>
/// A confidant's own contacts still running (outcome "loopt nog"), as the home page counts them and
/// <c>/vertrouwenspersoon/contacten?lopend=true</c> lists them: one definition for both.
/// </summary>
public static class OpenContacts
{
    public static IQueryable<ConfidantContact> Of(IQueryable<ConfidantContact> contacts, Guid confidantUserId) =>
        contacts.Where(c => c.ConfidantUserId == confidantUserId && c.Outcome == ContactOutcome.Ongoing);
}
