using Loket.Web.Confidants;
using Loket.Web.Infrastructure;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Meldpunt.Case;
using Loket.Web.Tenants;

namespace Loket.Web.Demo;

/// <summary>
/// A year of the confidant's anonymous register (date, category, route, outcome; never a name), with
/// two contacts still running. The mix differs per municipality, so the annual figures do not look copied.
/// </summary>
internal static class DemoContacts
{
    private static readonly (int DaysAgo, ReportCategory Category, ContactRoute Route, ContactOutcome Outcome)[] Year =
    [
        (340, ReportCategory.UnwantedBehaviour, ContactRoute.InPerson, ContactOutcome.ListenedAndAdvised),
        (300, ReportCategory.ConflictOfInterest, ContactRoute.Phone, ContactOutcome.ReferredToDesk),
        (260, ReportCategory.UnwantedBehaviour, ContactRoute.InPerson, ContactOutcome.ResolvedInformally),
        (215, ReportCategory.MisuseOfResources, ContactRoute.Email, ContactOutcome.ListenedAndAdvised),
        (170, ReportCategory.Wrongdoing, ContactRoute.InPerson, ContactOutcome.ReferredElsewhere),
        (120, ReportCategory.UnwantedBehaviour, ContactRoute.Phone, ContactOutcome.ResolvedInformally),
        (75, ReportCategory.MisuseOfInformation, ContactRoute.InPerson, ContactOutcome.ListenedAndAdvised),
        (30, ReportCategory.Corruption, ContactRoute.InPerson, ContactOutcome.Ongoing),
        (12, ReportCategory.UnwantedBehaviour, ContactRoute.InPerson, ContactOutcome.ReportFiledOnBehalf),
        (4, ReportCategory.Retaliation, ContactRoute.Phone, ContactOutcome.Ongoing),
    ];

    public static void Add(LoketDbContext db, TimeProvider time, Tenant tenant, DemoPeople people)
    {
        var today = time.Today();
        var confidant = people.User("vertrouwenspersoon").Id;
        // Each municipality leaves out a different contact and shifts the days, so no two registers are the same.
        var skip = Math.Abs(tenant.Slug.GetHashCode(StringComparison.Ordinal) % 7);
        var shift = tenant.Slug.Length % 5;
        foreach (var (index, contact) in Year.Index().Where(c => c.Index != skip))
        {
            var day = today.AddDays(-contact.DaysAgo - (contact.DaysAgo > 20 ? shift : 0));
            db.ConfidantContacts.Add(new ConfidantContact { TenantId = tenant.Id, ConfidantUserId = confidant, Date = day, Category = contact.Category, Route = contact.Route, Outcome = contact.Outcome });
        }
    }
}
