using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Loket.Web.Infrastructure.Database.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AnnualReportIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Declarations_AnnualReport",
                table: "Declarations",
                columns: new[] { "TenantId", "SubmittedAt", "Type", "Status", "GiftDestination", "DecidedAt", "EndDate", "EndReportedAt", "PublishedAt", "EmployeeId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Declarations_AnnualReport",
                table: "Declarations");
        }
    }
}
