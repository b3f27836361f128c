using Loket.Web.People;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Tests.People;

/// <summary>The one "are these two related" rule (People/Relatedness) that routing, decisions and the desk's exclusion ask.</summary>
public sealed class RelatednessTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task A_declared_relation_relates_both_people_in_both_directions_in_sql_and_in_memory(DatabaseKind kind)
    {
        var line = await LineBuilder.StartAsync(await SharedApps.GetAsync(kind));
        await line.RelateAsync(line.Employee, line.Manager);

        var inSql = await line.InLeidenAsync(async db => (
            await Relatedness.AreRelatedAsync(db, line.TenantId, line.Employee, line.Manager),
            await Relatedness.AreRelatedAsync(db, line.TenantId, line.Manager, line.Employee),
            await Relatedness.AreRelatedAsync(db, line.TenantId, line.Employee, line.Top)));
        var relation = await line.InLeidenAsync(db => db.Relations.SingleAsync(r => r.EmployeeId == line.Employee));

        Assert.Equal((true, true, false), inSql);
        Assert.True(Relatedness.Links(relation, line.Manager, line.Employee));
        Assert.False(Relatedness.Links(relation, line.Manager, line.Top));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_relation_recorded_in_another_municipality_does_not_relate_them_here(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        var line = await LineBuilder.StartAsync(app);
        var leiderdorp = await app.WithDbAsync(db => db.Tenants.Where(t => t.Slug == "leiderdorp").Select(t => t.Id).SingleAsync());
        await line.RelateAsync(line.Employee, line.Manager, inTenant: leiderdorp);

        var related = await app.WithDbAsync(db => Relatedness.AreRelatedAsync(db, line.TenantId, line.Employee, line.Manager));

        Assert.False(related);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Everyone_related_to_a_group_is_found_from_either_side_of_the_relation(DatabaseKind kind)
    {
        var line = await LineBuilder.StartAsync(await SharedApps.GetAsync(kind));
        var partner = await line.ColleagueAsync();
        await line.RelateAsync(partner, line.Manager);

        var circle = await line.InLeidenAsync(db => Relatedness.WithRelationsAsync(Relatedness.In(db, line.TenantId), [line.Manager]));

        Assert.Equal(new HashSet<Guid> { line.Manager, partner }, circle);
    }
}
