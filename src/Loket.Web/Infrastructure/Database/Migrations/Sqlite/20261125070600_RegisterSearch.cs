using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Loket.Web.Infrastructure.Database.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RegisterSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Full-text search of the registers (Registers/RegisterSearch): an FTS5 index over the text of
            // the declarations, its content read from the table itself and kept by triggers. Beware: a later
            // migration that makes EF rebuild "Declarations" drops these triggers and changes rowids; it must
            // create them again and 'rebuild' the index (the register search tests then fail otherwise).
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "DeclarationSearch" USING fts5("Subject", "Counterparty", "Role",
                    content='Declarations', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')
                """);
            migrationBuilder.Sql("""INSERT INTO "DeclarationSearch"("DeclarationSearch") VALUES ('rebuild')""");
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

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "Declarations_Search_Update" """);
            migrationBuilder.Sql("""DROP TRIGGER "Declarations_Search_Delete" """);
            migrationBuilder.Sql("""DROP TRIGGER "Declarations_Search_Insert" """);
            migrationBuilder.Sql("""DROP TABLE "DeclarationSearch" """);
        }
    }
}
