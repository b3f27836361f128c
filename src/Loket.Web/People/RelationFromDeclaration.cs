using Loket.Policy;
using Loket.Web.Declarations;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.People;

/// <summary>
/// A relationship declaration (opgave van een privérelatie) that names a colleague keeps the register in
/// step: its approval records the relation from the declared start (else the day of submission), linked to
/// the declaration; its end ends it. Called by every route that decides or ends a declaration (the page,
/// the API), in the same save as the decision.
/// </summary>
public static class RelationFromDeclaration
{
    private static bool Records(EmployeeDeclaration d) =>
        d.Type == DeclarationType.Relationship && d.RelatedEmployeeId is not null
        && d.Status is DeclarationStatus.Approved or DeclarationStatus.ApprovedWithConditions;

    /// <summary>After a decision: an approval records the relation, unless the register already has it for that period.</summary>
    public static async Task RecordAsync(LoketDbContext db, EmployeeDeclaration declaration, Guid? userId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        if (!Records(declaration))
        {
            return;
        }

        var pair = new[] { declaration.EmployeeId, declaration.RelatedEmployeeId!.Value };
        var people = await db.Employees.IgnoreQueryFilters().Where(e => e.TenantId == declaration.TenantId && pair.Contains(e.Id)).ToListAsync(cancellationToken);
        var known = await Relatedness.In(db, declaration.TenantId).Where(r => pair.Contains(r.EmployeeId) && pair.Contains(r.RelatedEmployeeId)).ToListAsync(cancellationToken);
        var start = declaration.StartDate ?? DutchTime.Day(declaration.SubmittedAt);
        var recorded = Relation.Record(declaration.TenantId, people.Find(e => e.Id == pair[0]), people.Find(e => e.Id == pair[1]), declaration.RelationKind ?? RelationKind.Partner, start,
            new RelationOrigin(RelationSource.Declaration, userId, now, DeclarationId: declaration.Id), known);

        // Refused only when HR or the officer already recorded it (or the colleague left the records): the register holds it then.
        if (recorded.Value is { } relation)
        {
            db.Relations.Add(relation);
        }
    }

    /// <summary>After the employee ended the declaration: the relation it recorded ends on the same day.</summary>
    public static async Task EndAsync(LoketDbContext db, EmployeeDeclaration declaration, Guid? userId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        if (declaration.Type != DeclarationType.Relationship || declaration.EndDate is not { } end)
        {
            return;
        }

        var relations = await Relatedness.In(db, declaration.TenantId).Where(r => r.DeclarationId == declaration.Id && r.EndDate == null).ToListAsync(cancellationToken);
        foreach (var relation in relations)
        {
            // A relation that started after the declared end (corrected by HR) is no longer this declaration's to end.
            relation.End(end < relation.StartDate ? relation.StartDate : end, "De medewerker heeft het einde van de opgave doorgegeven.", userId, now);
        }
    }
}
