using System.Text.RegularExpressions;
using Loket.Policy;
using Loket.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Registers;

/// <summary>
/// Full-text search of a register: every word typed must start a word of the subject, the giver or
/// organisation, or the role ("wijn" finds "Wijnhandel", "fles wijn" needs both). Answered by the
/// database's own text index, so a search that matches little does not read the municipality's whole
/// register: SQLite's FTS5 table <c>DeclarationSearch</c> (kept by triggers), PostgreSQL's GIN index
/// <c>IX_Declarations_Search</c> on a 'simple' tsvector (both created by the RegisterSearch migration).
/// </summary>
internal static partial class RegisterSearch
{
    /// <summary>Letters and digits only: whatever else is typed separates words and never reaches the query syntax.</summary>
    public static IReadOnlyList<string> Words(string text) =>
        [.. NotAWordCharacter().Split(text.ToLowerInvariant()).Where(w => w.Length > 0).Select(w => w.Length > 50 ? w[..50] : w).Distinct().Take(8)];

    /// <summary>The ids of this municipality's declarations of <paramref name="type"/> whose text has every word.</summary>
    public static IQueryable<Guid> MatchingIds(LoketDbContext db, DeclarationType type, IReadOnlyList<string> words)
    {
        var typeName = type.ToString();
        if (db.Database.IsNpgsql())
        {
            // The same expression as the index, or PostgreSQL will not use it.
            var query = string.Join(" & ", words.Select(w => w + ":*"));
            Guid? tenantId = db.CurrentTenantId;
            return db.Database.SqlQuery<Guid>($"""
                SELECT "Id" AS "Value" FROM "Declarations"
                WHERE "TenantId" = {tenantId} AND "Type" = {typeName}
                  AND to_tsvector('simple'::regconfig, coalesce("Subject", '') || ' ' || coalesce("Counterparty", '') || ' ' || coalesce("Role", '')) @@ to_tsquery('simple'::regconfig, {query})
                """);
        }

        var match = string.Join(" AND ", words.Select(w => $"\"{w}\"*"));
        // EF stores a Guid on SQLite as upper-case text.
        var tenant = db.CurrentTenantId?.ToString().ToUpperInvariant();
        return db.Database.SqlQuery<Guid>($"""
            SELECT d."Id" AS "Value" FROM "DeclarationSearch" AS s JOIN "Declarations" AS d ON d.rowid = s.rowid
            WHERE "DeclarationSearch" MATCH {match} AND d."TenantId" = {tenant} AND d."Type" = {typeName}
            """);
    }

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NotAWordCharacter();
}
