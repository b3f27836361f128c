using System.Linq.Expressions;
using Loket.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace Loket.Web.People;

/// <summary>
/// The one rule for "are these two people related": a declared <see cref="Relation"/> of the
/// municipality links them, in either direction (Leiden 7.2, 's-Hertogenbosch 9.1: nobody decides on
/// or sees the affairs of a relation). Relations have no end in the model; when one is added, the
/// rule below is the only place that must learn it. Routing, escalation, the declaration's need to
/// know, the reporting desk's exclusion and its roster all ask here.
/// </summary>
public static class Relatedness
{
    // The rule, as an expression so the database evaluates it inside larger queries.
    private static readonly Expression<Func<Relation, Guid?, Guid?, DateOnly, bool>> Rule =
        (r, a, b, day) => ((r.EmployeeId == a && r.RelatedEmployeeId == b) || (r.EmployeeId == b && r.RelatedEmployeeId == a))
            && r.StartDate <= day && (r.EndDate == null || day < r.EndDate);

    private static readonly Func<Relation, Guid?, Guid?, DateOnly, bool> CompiledRule = Rule.Compile();

    /// <summary>
    /// The rule for one relation and one pair. Inside a query given to <see cref="Inline{T}"/> (a
    /// compiled query cannot call other expressions), a call to this method becomes the rule itself.
    /// </summary>
    public static bool Links(Relation relation, Guid? a, Guid? b, DateOnly day) => CompiledRule(relation, a, b, day);

    /// <summary>For a where clause: the relation links <paramref name="a"/> and <paramref name="b"/> on <paramref name="day"/>.</summary>
    public static Expression<Func<Relation, bool>> Between(Guid a, Guid? b, DateOnly day) => Inline<Func<Relation, bool>>(r => Links(r, a, b, day));

    /// <summary>For a where clause: the relation is in force on <paramref name="day"/> and has one of <paramref name="people"/> on either side.</summary>
    public static Expression<Func<Relation, bool>> Involving(IReadOnlyCollection<Guid> people, DateOnly day) =>
        r => (people.Contains(r.EmployeeId) || people.Contains(r.RelatedEmployeeId)) && r.StartDate <= day && (r.EndDate == null || day < r.EndDate);

    /// <summary>The relations of one municipality, whether or not the scope has a tenant (jobs, the desk across municipalities).</summary>
    public static IQueryable<Relation> In(LoketDbContext db, Guid tenantId) =>
        db.Relations.IgnoreQueryFilters().Where(r => r.TenantId == tenantId);

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> are relations of each other in the municipality on <paramref name="day"/>.</summary>
    public static Task<bool> AreRelatedAsync(LoketDbContext db, Guid tenantId, Guid a, Guid b, DateOnly day, CancellationToken cancellationToken = default) =>
        In(db, tenantId).AnyAsync(Between(a, b, day), cancellationToken);

    /// <summary>
    /// <paramref name="people"/> and everyone related to any of them on <paramref name="day"/>, in any
    /// municipality (the relations are read as they are visible to the query).
    /// </summary>
    public static async Task<HashSet<Guid>> WithRelationsAsync(IQueryable<Relation> relations, IReadOnlyCollection<Guid> people, DateOnly day, CancellationToken cancellationToken = default)
    {
        var pairs = await relations.Where(Involving(people, day)).Select(r => new { r.EmployeeId, r.RelatedEmployeeId }).ToListAsync(cancellationToken);
        return [.. people, .. pairs.Select(p => p.EmployeeId), .. pairs.Select(p => p.RelatedEmployeeId)];
    }

    /// <summary>Replaces each call to <see cref="Links"/> in <paramref name="query"/> by the rule, so EF translates it to SQL.</summary>
    public static Expression<T> Inline<T>(Expression<T> query) => (Expression<T>)new Inliner().Visit(query);

    private sealed class Inliner : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node) =>
            node.Method.DeclaringType == typeof(Relatedness) && node.Method.Name == nameof(Links)
                ? new ReplacingExpressionVisitor(Rule.Parameters, [.. node.Arguments.Select(a => Visit(a))]).Visit(Rule.Body)
                : base.VisitMethodCall(node);
    }
}
