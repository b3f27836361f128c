using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Loket.Web.Infrastructure.Database.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ScaleIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Declarations_TenantId_Type_SubmittedAt",
                table: "Declarations");

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_Register",
                table: "Declarations",
                columns: new[] { "TenantId", "Type", "SubmittedAt", "Id", "EmployeeId", "Status", "Verdict" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Declarations_Register",
                table: "Declarations");

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_TenantId_Type_SubmittedAt",
                table: "Declarations",
                columns: new[] { "TenantId", "Type", "SubmittedAt" });
        }
    }
}
