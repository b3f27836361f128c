using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Loket.Policy;
using Loket.Web.Declarations;
using Loket.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Registers;

/// <summary>
/// Full-text search of a register: every word typed must start a word of the subject, the giver or
/// organisation, or the role ("wijn" finds "Wijnhandel", "fles wijn" needs both). Answered by the
/// database's own text index, so a search that matches little does not read the municipality's whole
/// register: SQLite's FTS5 table <c>DeclarationSearch</c> over the text and the municipality (kept by triggers;
/// RegisterSearchSql),
/// PostgreSQL's GIN index <c>IX_Declarations_Search</c> on the municipality and a 'simple' tsvector
/// (migrations RegisterSearch and RegisterSearchPerMunicipality).
/// </summary>
internal static partial class RegisterSearch
{
    /// <summary>Letters and digits only: whatever else is typed separates words and never reaches the query syntax.</summary>
    public static IReadOnlyList<string> Words(string text) =>
        [.. NotAWordCharacter().Split(text.ToLowerInvariant()).Where(w => w.Length > 0).Select(w => w.Length > 50 ? w[..50] : w).Distinct().Take(8)];

    /// <summary>
    /// The declarations whose text has every word, as a query the caller narrows further (the tenant filter,
    /// type, status, order and limit): written as the table itself with the text condition, so the database
    /// plans them together.
    /// </summary>
    /// <remarks>
    /// SQLite cannot know how many declarations a word has (FTS5 tells its planner nothing), so this asks first,
    /// counting at most <see cref="FewHits"/> of this municipality's hits, and writes the plan into the statement:
    /// a frequent word walks the register index newest first and stops at the page (<c>+rowid</c> keeps the
    /// planner off the rowids); a rare one reads its few hits from the text index and looks each up by rowid
    /// (<c>CROSS JOIN</c> fixes that order). With the planner's statistics (SqliteStatistics) it chose the
    /// rowids for every word: 44 ms for "van" where the walk takes 3 ms; without them the walk for every
    /// word, reading the municipality's whole register for a word it has no hit for. Plans in bench/plans.
    /// </remarks>
    public static async Task<IQueryable<EmployeeDeclaration>> MatchingAsync(LoketDbContext db, IReadOnlyList<string> words, CancellationToken cancellationToken)
    {
        if (db.OnPostgres)
        {
            return db.Declarations.FromSqlRaw(
                """SELECT * FROM "Declarations" WHERE """ + PostgresText + " @@ to_tsquery('simple'::regconfig, {0})", TsQuery(words));
        }

        // The index holds the municipality as a word of its own column (RegisterSearchSql.UpSqlite), so FTS5 returns
        // only this municipality's hits; the typed words are kept to the text columns, so none can match that word.
        var text = string.Join(" AND ", words.Select(w => $"\"{Checked(w)}\"*"));
        var match = $"\"Tenant\" : t{db.CurrentTenantId ?? Guid.Empty:N} AND {{\"Subject\" \"Counterparty\" \"Role\"}} : ({text})";
        var hits = await db.Database.SqlQuery<int>($"""
            SELECT count(*) AS "Value" FROM (SELECT 1 FROM "DeclarationSearch" WHERE "DeclarationSearch" MATCH {match} LIMIT {FewHits})
            """).SingleAsync(cancellationToken);
        return hits < FewHits
            ? db.Declarations.FromSql($"""
                SELECT "d".* FROM "DeclarationSearch" AS "s" CROSS JOIN "Declarations" AS "d" ON "d".rowid = "s".rowid
                WHERE "s"."DeclarationSearch" MATCH {match}
                """)
            : db.Declarations.FromSql($"""
                SELECT * FROM "Declarations"
                WHERE +rowid IN (SELECT rowid FROM "DeclarationSearch" WHERE "DeclarationSearch" MATCH {match})
                """);
    }

    /// <summary>
    /// SQLite: the declarations of the employees whose name has <paramref name="name"/> (lower case), when they are
    /// many (a fragment like "van"): their newest come soon when the register index is walked newest first with
    /// the people as a set. <c>+"EmployeeId"</c> keeps the planner off the employee index, which with statistics
    /// it preferred, reading all their declarations (430 ms at 2 million). The municipality is written as EF
    /// stores it (upper-case text), and the query around this one filters on it again.
    /// </summary>
    public static IQueryable<EmployeeDeclaration> ByManyPeopleOnSqlite(LoketDbContext db, string name)
    {
        var tenant = (db.CurrentTenantId ?? Guid.Empty).ToString("D").ToUpperInvariant();
        return db.Declarations.FromSql($"""
            SELECT * FROM "Declarations"
            WHERE +"EmployeeId" IN (SELECT "Id" FROM "Employees" WHERE "TenantId" = {tenant} AND instr(lower("Name"), {name}) > 0)
            """);
    }

    /// <summary>
    /// SQLite: below this many hits in the municipality, looking each hit up (some 7 µs each) is cheaper than
    /// walking the register index until a page is full (3-5 ms for a type of 16,000 declarations).
    /// </summary>
    private const int FewHits = 300;

    /// <summary>
    /// PostgreSQL: the id and time of the newest <paramref name="count"/> declarations of this municipality
    /// whose text has every word, with the register's filters.
    /// </summary>
    /// <remarks>
    /// Every value is written into the statement, none is a parameter: Npgsql prepares a statement that
    /// runs often, and PostgreSQL then plans it once for all values (a generic plan). That plan cannot
    /// know whether a word is frequent (walk the register index newest first and stop at the page) or
    /// rare (read its few hits from the text index), and took the walk for a rare word too: 100-300 ms
    /// where the right plan takes 3 ms. Only enum names, a date, the municipality's id and the words, which
    /// hold letters and digits only, are written in (dates and moments too, formatted here): nothing typed can leave
    /// its literal. A giver filter holds free text, so <see cref="RegisterQuery.NewestAsync"/> does not come here with one.
    /// </remarks>
    public static IQueryable<RegisterKey> NewestOnPostgres(LoketDbContext db, DeclarationType type, RegisterQuery filter, DateOnly today, IReadOnlyList<string> words, int count)
    {
        var sql = new StringBuilder($"""SELECT "Id", "SubmittedAt" FROM "Declarations" WHERE "TenantId" = '{db.CurrentTenantId ?? Guid.Empty:D}' AND "Type" = '{type}'""");
        if (filter.Status is { } status)
        {
            sql.Append($""" AND "Status" = '{status}'""");
        }

        if (filter.Verdict is { } verdict)
        {
            sql.Append($""" AND "Verdict" = '{verdict}'""");
        }

        if (filter.Current)
        {
            var day = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            sql.Append($""" AND "SupersededAt" IS NULL AND ("EndDate" IS NULL OR "EndDate" >= DATE '{day}') AND ("StartDate" IS NULL OR "StartDate" <= DATE '{day}')""");
        }

        var (from, before) = filter.SubmittedBetween();
        if (from is { } start)
        {
            sql.Append($""" AND "SubmittedAt" >= TIMESTAMPTZ '{Moment(start)}'""");
        }

        if (before is { } end)
        {
            sql.Append($""" AND "SubmittedAt" < TIMESTAMPTZ '{Moment(end)}'""");
        }

        if (filter.AgainstVerdict)
        {
            sql.Append(""" AND "AgainstVerdict" """);
        }

        if (filter.ToPublish)
        {
            sql.Append(""" AND "PublishedAt" IS NULL AND "SupersededAt" IS NULL AND "Status" IN ('Approved', 'ApprovedWithConditions')""");
            sql.Append(""" AND "EmployeeId" IN (SELECT e."Id" FROM "Employees" e JOIN "JobFunctions" f ON f."Id" = e."JobFunctionId" WHERE f."TopOfficial")""");
        }

        sql.Append($""" AND {PostgresText} @@ to_tsquery('simple'::regconfig, '{TsQuery(words)}') ORDER BY "SubmittedAt" DESC LIMIT {count.ToString(CultureInfo.InvariantCulture)}""");
#pragma warning disable EF1002 // Only enum names, dates, a Guid and checked words (see remarks).
        // Projected again so it meets the other part of a UNION in the same shape.
        return db.Database.SqlQueryRaw<RegisterKey>(sql.ToString()).Select(k => new RegisterKey { Id = k.Id, SubmittedAt = k.SubmittedAt });
#pragma warning restore EF1002
    }

    private static string Moment(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'+00'", CultureInfo.InvariantCulture);

    private static string TsQuery(IReadOnlyList<string> words) => string.Join(" & ", words.Select(w => Checked(w) + ":*"));

    /// <summary>The text PostgreSQL searches: exactly the expression of the index, or it will not use it.</summary>
    private const string PostgresText =
        """to_tsvector('simple'::regconfig, coalesce("Subject", '') || ' ' || coalesce("Counterparty", '') || ' ' || coalesce("Role", ''))""";

    private static string Checked(string word) =>
        word.Length > 0 && !NotAWordCharacter().IsMatch(word) ? word : throw new ArgumentException("A search word holds letters and digits only.", nameof(word));

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NotAWordCharacter();
}
