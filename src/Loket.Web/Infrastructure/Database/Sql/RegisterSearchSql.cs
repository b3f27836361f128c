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
    /// SQLite: an FTS5 table over the declarations' text, its content read from "Declarations" itself by
    /// rowid and kept by triggers. Beware: a later migration that makes EF rebuild "Declarations" (SQLite
    /// cannot alter most columns in place) drops these triggers and changes the rowids; it must call
    /// <see cref="DownSqlite"/> before and <see cref="UpSqlite"/> after, then
    /// <c>INSERT INTO "DeclarationSearch"("DeclarationSearch") VALUES ('rebuild')</c> (the register
    /// search tests fail otherwise).
    /// </summary>
    public static void UpSqlite(MigrationBuilder migrationBuilder)
    {
        // unicode61 with remove_diacritics: "café" is found by "cafe", as a Dutch reader expects.
        migrationBuilder.Sql("""
            CREATE VIRTUAL TABLE "DeclarationSearch" USING fts5("Subject", "Counterparty", "Role",
                content='Declarations', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER "Declarations_Search_Insert" AFTER INSERT ON "Declarations" BEGIN
                INSERT INTO "DeclarationSearch"(rowid, "Subject", "Counterparty", "Role") VALUES (new.rowid, new."Subject", new."Counterparty", new."Role");
            END
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER "Declarations_Search_Delete" AFTER DELETE ON "Declarations" BEGIN
                INSERT INTO "DeclarationSearch"("DeclarationSearch", rowid, "Subject", "Counterparty", "Role") VALUES ('delete', old.rowid, old."Subject", old."Counterparty", old."Role");
            END
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER "Declarations_Search_Update" AFTER UPDATE OF "Subject", "Counterparty", "Role" ON "Declarations" BEGIN
                INSERT INTO "DeclarationSearch"("DeclarationSearch", rowid, "Subject", "Counterparty", "Role") VALUES ('delete', old.rowid, old."Subject", old."Counterparty", old."Role");
                INSERT INTO "DeclarationSearch"(rowid, "Subject", "Counterparty", "Role") VALUES (new.rowid, new."Subject", new."Counterparty", new."Role");
            END
            """);
    }

    public static void DownSqlite(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""DROP TRIGGER "Declarations_Search_Update" """);
        migrationBuilder.Sql("""DROP TRIGGER "Declarations_Search_Delete" """);
        migrationBuilder.Sql("""DROP TRIGGER "Declarations_Search_Insert" """);
        migrationBuilder.Sql("""DROP TABLE "DeclarationSearch" """);
    }

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
