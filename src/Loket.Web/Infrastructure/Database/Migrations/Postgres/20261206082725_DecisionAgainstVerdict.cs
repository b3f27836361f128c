using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Loket.Web.Infrastructure.Database.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DecisionAgainstVerdict : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "AgainstVerdict",
                table: "Declarations",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AgainstVerdict",
                table: "Declarations");
        }
    }
}
