using Loket.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Loket.Web.Demo;

/// <summary>
/// Demo mode switched off: every row of the demo municipalities goes, then the municipalities and the
/// demo desks themselves, in one transaction so a failed start leaves the demo whole instead of half.
/// The tables are read from the EF model (every entity with a TenantId), so a table added later cannot
/// be forgotten; a municipality not made by the demo is never touched.
/// </summary>
/// <remarks>
/// Deleted with SQL, not through SaveChanges: the demo's own audit chains are deleted with it (each
/// municipality has its own chain, so no other chain breaks), and one entry in the installation's
/// chain records that it happened.
/// </remarks>
public sealed class DemoRemoval(LoketDbContext db)
{
    private const string TenantColumn = "TenantId";

    public async Task RemoveAsync(CancellationToken cancellationToken = default)
    {
        var tenants = await db.Tenants.Where(t => t.IsDemo).Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken);
        var desks = await db.Desks.Where(d => d.IsDemo && d.Tenants.All(t => t.IsDemo)).Select(d => d.Id).ToListAsync(cancellationToken);
        if (tenants.Count == 0 && desks.Count == 0)
        {
            return;
        }

        var ids = tenants.Select(t => t.Id).ToList();
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (ids.Count > 0)
            {
                var owned = TenantTables();
                foreach (var table in owned)
                {
                    await ClearSelfReferencesAsync(table, ids, cancellationToken);
                }

                foreach (var table in DependentsFirst(owned))
                {
                    await DeleteAsync(table.Name, TenantColumn, ids, cancellationToken);
                }

                await DeleteAsync(Table(db.Model.FindEntityType(typeof(Tenants.Tenant))!).Name, "Id", ids, cancellationToken);
            }

            if (desks.Count > 0)
            {
                await DeleteAsync(Table(db.Model.FindEntityType(typeof(Tenants.Desk))!).Name, "Id", desks, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        });

        await db.RecordEventAsync("DemoRemoved", "Tenant", string.Join(",", ids),
            $"Demomodus uit: {tenants.Count} demogemeenten en {desks.Count} demomeldpunten verwijderd ({string.Join(", ", tenants.Select(t => t.Name))})",
            cancellationToken: cancellationToken);
    }

    private sealed record OwnedTable(IEntityType Type, string Name, IReadOnlyList<IForeignKey> SelfReferences);

    /// <summary>Every table with a TenantId column, whichever entity maps it.</summary>
    private List<OwnedTable> TenantTables() =>
    [
        .. db.Model.GetEntityTypes()
            .Where(t => !t.IsOwned() && t.GetTableName() is not null && t.FindProperty(TenantColumn) is not null)
            .Select(t => new OwnedTable(t, Table(t).Name, [.. t.GetForeignKeys().Where(k => k.PrincipalEntityType == t && !k.IsRequired)]))
            .DistinctBy(t => t.Name),
    ];

    /// <summary>
    /// Tables ordered so that a row is deleted before the rows it refers to. Self-references are
    /// cleared first (<see cref="ClearSelfReferencesAsync"/>); a cycle between tables would be a model
    /// change this removal must learn about, so it stops instead of guessing.
    /// </summary>
    private static List<OwnedTable> DependentsFirst(List<OwnedTable> tables)
    {
        var ordered = new List<OwnedTable>();
        var left = tables.ToList();
        while (left.Count > 0)
        {
            // A table may go once no other remaining table still refers to it.
            var next = left.FirstOrDefault(t => !left.Any(other => other != t
                && other.Type.GetForeignKeys().Any(k => k.PrincipalEntityType == t.Type || k.PrincipalEntityType.GetTableName() == t.Name)))
                ?? throw new InvalidOperationException($"The demo removal found a cycle of references between {string.Join(", ", left.Select(t => t.Name))}.");
            ordered.Add(next);
            left.Remove(next);
        }

        return ordered;
    }

    private async Task ClearSelfReferencesAsync(OwnedTable table, List<Guid> ids, CancellationToken cancellationToken)
    {
        foreach (var key in table.SelfReferences)
        {
            var sets = string.Join(", ", key.Properties.Select(p => $"{Quote(Column(p, table.Type))} = NULL"));
            await ExecuteAsync($"UPDATE {Quote(table.Name)} SET {sets} WHERE {Quote(TenantColumn)} IN", ids, cancellationToken);
        }
    }

    private Task DeleteAsync(string table, string column, List<Guid> ids, CancellationToken cancellationToken) =>
        ExecuteAsync($"DELETE FROM {Quote(table)} WHERE {Quote(column)} IN", ids, cancellationToken);

    // The ids go as parameters, converted by the provider the way it stores a Guid.
    private async Task ExecuteAsync(string sql, List<Guid> ids, CancellationToken cancellationToken)
    {
        // Only names from the EF model are put into the text; the values are parameters {0}, {1}, ...
        var statement = sql + " (" + string.Join(", ", ids.Select((_, i) => "{" + i + "}")) + ")";
        await db.Database.ExecuteSqlRawAsync(statement, ids.Cast<object>(), cancellationToken);
    }

    private static (string Name, string? Schema) Table(IEntityType type) => (type.GetTableName()!, type.GetSchema());

    private static string Column(IProperty property, IEntityType type) =>
        property.GetColumnName(StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema()))!;

    private static string Quote(string name) => $"\"{name.Replace("\"", "\"\"")}\"";
}
