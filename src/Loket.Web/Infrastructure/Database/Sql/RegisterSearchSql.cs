using Microsoft.EntityFrameworkCore.Migrations;

namespace Loket.Web.Infrastructure.Database.Sql;

/// <summary>
/// The registers' text index (Registers/RegisterSearch), which EF cannot express: written by hand and
/// called by one line from each provider's migration, so the generated migration can be made again
/// without losing it. The search queries use exactly these expressions, or the database ignores the index.
/// </summary>
public static class RegisterSearchSql
{
    /// <summary>
    /// SQLite: an FTS5 table over the declarations' text and their municipality, its content read by rowid from
    /// the view "DeclarationSearchContent" over "Declarations" and kept by triggers. Beware: a later migration
    /// that makes EF rebuild "Declarations" (SQLite cannot alter most columns in place) drops these triggers and
    /// the view and changes the rowids; it must call <see cref="DownSqlite"/> before and <see cref="UpSqlite"/>
    /// after, then <c>INSERT INTO "DeclarationSearch"("DeclarationSearch") VALUES ('rebuild')</c> (the register
    /// search tests fail otherwise).
    /// </summary>
    /// <remarks>
    /// The municipality is a column of the index holding one word (<see cref="TenantToken"/>), and every search
    /// asks for it: FTS5 then intersects the words' hits with that municipality's inside the index. Without it, a
    /// word common in every municipality ("van") gave the hits of all municipalities, which SQLite read into a
    /// list before keeping this municipality's ("van" in 25 municipalities of 500,000 declarations: 15 ms alone,
    /// 3-4.5 ms with the municipality in the index; 426 ms was seen at 2 million before).
    /// The prefix index (2 to 4 letters) stores what a short prefix ("van"*) would otherwise merge from every word
    /// that starts with it, in every municipality. The view gives 'rebuild' the same token the triggers write.
    /// </remarks>
    public static void UpSqlite(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql($"""
            CREATE VIEW "DeclarationSearchContent" AS
                SELECT rowid AS "DeclarationRowId", {TenantToken("")} AS "Tenant", "Subject", "Counterparty", "Role" FROM "Declarations"
            """);

        // unicode61 with remove_diacritics: "café" is found by "cafe", as a Dutch reader expects.
        migrationBuilder.Sql("""
            CREATE VIRTUAL TABLE "DeclarationSearch" USING fts5("Tenant", "Subject", "Counterparty", "Role",
                content='DeclarationSearchContent', content_rowid='DeclarationRowId', prefix='2 3 4',
                tokenize='unicode61 remove_diacritics 2')
            """);
        migrationBuilder.Sql($"""
            CREATE TRIGGER "Declarations_Search_Insert" AFTER INSERT ON "Declarations" BEGIN
                {Insert("new")}
            END
            """);
        migrationBuilder.Sql($"""
            CREATE TRIGGER "Declarations_Search_Delete" AFTER DELETE ON "Declarations" BEGIN
                {Delete("old")}
            END
            """);
        migrationBuilder.Sql($"""
            CREATE TRIGGER "Declarations_Search_Update" AFTER UPDATE OF "TenantId", "Subject", "Counterparty", "Role" ON "Declarations" BEGIN
                {Delete("old")}
                {Insert("new")}
            END
            """);
    }

    public static void DownSqlite(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""DROP TRIGGER "Declarations_Search_Update" """);
        migrationBuilder.Sql("""DROP TRIGGER "Declarations_Search_Delete" """);
        migrationBuilder.Sql("""DROP TRIGGER "Declarations_Search_Insert" """);
        migrationBuilder.Sql("""DROP TABLE "DeclarationSearch" """);
        migrationBuilder.Sql("""DROP VIEW "DeclarationSearchContent" """);
    }

    /// <summary>
    /// SQLite: the one word that stands for a municipality in "DeclarationSearch", 't' and the id's hex digits
    /// (letters and digits only, so the tokenizer keeps it whole); RegisterSearch asks for
    /// <c>"t" + id.ToString("N")</c>. <paramref name="row"/> is "new.", "old." or empty. EF stores a Guid as
    /// upper-case text with dashes.
    /// </summary>
    private static string TenantToken(string row) => $"""'t' || lower(replace({row}"TenantId", '-', ''))""";

    /// <summary>An external-content FTS5 table forgets a row only when given the exact values it indexed.</summary>
    private static string Delete(string row) =>
        $"""INSERT INTO "DeclarationSearch"("DeclarationSearch", rowid, "Tenant", "Subject", "Counterparty", "Role") VALUES ('delete', {row}.rowid, {TenantToken(row + ".")}, {row}."Subject", {row}."Counterparty", {row}."Role");""";

    private static string Insert(string row) =>
        $"""INSERT INTO "DeclarationSearch"(rowid, "Tenant", "Subject", "Counterparty", "Role") VALUES ({row}.rowid, {TenantToken(row + ".")}, {row}."Subject", {row}."Counterparty", {row}."Role");""";

    /// <summary>
    /// PostgreSQL: a GIN index on the municipality and a 'simple' tsvector (no stemming, so Dutch names stay
    /// intact); the expression is RegisterSearch.PostgresText. It leads with the municipality (btree_gin, a
    /// trusted extension shipped with PostgreSQL), so a rare word is one index scan: with the text alone
    /// PostgreSQL intersected it with a bitmap of all the municipality's declarations (some 100,000 rows,
    /// 20-30 ms) or read the word's hits in every municipality.
    /// </summary>
    public static void UpPostgres(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""CREATE EXTENSION IF NOT EXISTS btree_gin""");
        migrationBuilder.Sql("""
            CREATE INDEX "IX_Declarations_Search" ON "Declarations" USING GIN
                ("TenantId", to_tsvector('simple'::regconfig, coalesce("Subject", '') || ' ' || coalesce("Counterparty", '') || ' ' || coalesce("Role", '')))
            """);
    }

    /// <summary>The extension stays: other databases' objects may use it, and it holds no data.</summary>
    public static void DownPostgres(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""DROP INDEX "IX_Declarations_Search" """);
}
