using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Loket.Web.Infrastructure.Database.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AnnualReportSmallIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Declarations_AnnualReport",
                table: "Declarations");

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_AnnualReport",
                table: "Declarations",
                columns: new[] { "TenantId", "SubmittedAt", "Type", "Status", "GiftDestination", "DecidedAt", "EmployeeId" });

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_Ended",
                table: "Declarations",
                columns: new[] { "TenantId", "EndDate", "Type", "EndReportedAt" },
                filter: "\"EndDate\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_Published",
                table: "Declarations",
                columns: new[] { "TenantId", "PublishedAt", "Type" },
                filter: "\"PublishedAt\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Declarations_AnnualReport",
                table: "Declarations");

            migrationBuilder.DropIndex(
                name: "IX_Declarations_Ended",
                table: "Declarations");

            migrationBuilder.DropIndex(
                name: "IX_Declarations_Published",
                table: "Declarations");

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_AnnualReport",
                table: "Declarations",
                columns: new[] { "TenantId", "SubmittedAt", "Type", "Status", "GiftDestination", "DecidedAt", "EndDate", "EndReportedAt", "PublishedAt", "EmployeeId" });
        }
    }
}
