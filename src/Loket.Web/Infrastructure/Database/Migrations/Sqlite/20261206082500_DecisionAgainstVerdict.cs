using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Loket.Web.Infrastructure.Database.Migrations.Sqlite
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
                type: "INTEGER",
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
