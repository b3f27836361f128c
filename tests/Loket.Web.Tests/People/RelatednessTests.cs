using Loket.Web.People;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Tests.People;

/// <summary>The one "are these two related" rule (People/Relatedness) that routing, decisions and the desk's exclusion ask.</summary>
public sealed class RelatednessTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Theory, OnSqlite, OnPostgres]
    public async Task A_declared_relation_relates_both_people_in_both_directions_in_sql_and_in_memory(DatabaseKind kind)
    {
        var line = await LineBuilder.StartAsync(await SharedApps.GetAsync(kind));
        await line.RelateAsync(line.Employee, line.Manager);

        var inSql = await line.InLeidenAsync(async db => (
            await Relatedness.AreRelatedAsync(db, line.TenantId, line.Employee, line.Manager, Today),
            await Relatedness.AreRelatedAsync(db, line.TenantId, line.Manager, line.Employee, Today),
            await Relatedness.AreRelatedAsync(db, line.TenantId, line.Employee, line.Top, Today)));
        var relation = await line.InLeidenAsync(db => db.Relations.SingleAsync(r => r.EmployeeId == line.Employee));

        Assert.Equal((true, true, false), inSql);
        Assert.True(Relatedness.Links(relation, line.Manager, line.Employee, Today));
        Assert.False(Relatedness.Links(relation, line.Manager, line.Top, Today));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_relation_recorded_in_another_municipality_does_not_relate_them_here(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        var line = await LineBuilder.StartAsync(app);
        var leiderdorp = await app.WithDbAsync(db => db.Tenants.Where(t => t.Slug == "leiderdorp").Select(t => t.Id).SingleAsync());
        await line.RelateAsync(line.Employee, line.Manager, inTenant: leiderdorp);

        var related = await app.WithDbAsync(db => Relatedness.AreRelatedAsync(db, line.TenantId, line.Employee, line.Manager, Today));

        Assert.False(related);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Everyone_related_to_a_group_is_found_from_either_side_of_the_relation(DatabaseKind kind)
    {
        var line = await LineBuilder.StartAsync(await SharedApps.GetAsync(kind));
        var partner = await line.ColleagueAsync();
        await line.RelateAsync(partner, line.Manager);

        var circle = await line.InLeidenAsync(db => Relatedness.WithRelationsAsync(Relatedness.In(db, line.TenantId), [line.Manager], Today));

        Assert.Equal(new HashSet<Guid> { line.Manager, partner }, circle);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_relation_relates_from_its_first_day_until_the_day_it_ended_in_sql_and_in_memory(DatabaseKind kind)
    {
        var line = await LineBuilder.StartAsync(await SharedApps.GetAsync(kind));
        var id = await line.RelateAsync(line.Employee, line.Manager, from: new DateOnly(2026, 3, 1));
        await line.InLeidenAsync(async db =>
        {
            var relation = await db.Relations.SingleAsync(r => r.Id == id);
            Assert.Null(relation.End(new DateOnly(2026, 9, 1), "Relatie is verbroken.", null, LoketApp.Start));
            return await db.SaveChangesAsync();
        });

        DateOnly[] days = [new(2026, 2, 28), new(2026, 3, 1), new(2026, 8, 31), new(2026, 9, 1)];
        var inSql = await line.InLeidenAsync(async db =>
        {
            var answers = new List<bool>();
            foreach (var day in days)
            {
                answers.Add(await Relatedness.AreRelatedAsync(db, line.TenantId, line.Manager, line.Employee, day));
            }

            return answers;
        });
        var stored = await line.InLeidenAsync(db => db.Relations.SingleAsync(r => r.Id == id));

        Assert.Equal([false, true, true, false], inSql);
        Assert.Equal(inSql, days.Select(day => Relatedness.Links(stored, line.Employee, line.Manager, day)));
    }
}
