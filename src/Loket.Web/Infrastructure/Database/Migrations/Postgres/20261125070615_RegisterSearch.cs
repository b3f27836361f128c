using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Loket.Web.Infrastructure.Database.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RegisterSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Full-text search of the registers (Registers/RegisterSearch): the query uses exactly this
            // expression, or PostgreSQL will not use the index. 'simple': no stemming, Dutch names stay intact.
            migrationBuilder.Sql("""
                CREATE INDEX "IX_Declarations_Search" ON "Declarations" USING GIN
                    (to_tsvector('simple'::regconfig, coalesce("Subject", '') || ' ' || coalesce("Counterparty", '') || ' ' || coalesce("Role", '')))
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX "IX_Declarations_Search" """);
        }
    }
}
