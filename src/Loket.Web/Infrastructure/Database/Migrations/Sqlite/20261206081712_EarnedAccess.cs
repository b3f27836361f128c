using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Loket.Web.Infrastructure.Database.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EarnedAccess : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SecurityStamp",
                table: "Users",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "AssignedByUserId",
                table: "ReportHandlers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Reason",
                table: "ReportHandlers",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "MembershipChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MembershipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromRoles = table.Column<int>(type: "INTEGER", nullable: false),
                    ToRoles = table.Column<int>(type: "INTEGER", nullable: false),
                    FromEmployeeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ToEmployeeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RequestedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DecidedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Approved = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MembershipChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MembershipChanges_Memberships_MembershipId",
                        column: x => x.MembershipId,
                        principalTable: "Memberships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MembershipChanges_MembershipId",
                table: "MembershipChanges",
                column: "MembershipId");

            migrationBuilder.CreateIndex(
                name: "IX_MembershipChanges_TenantId_DecidedAt",
                table: "MembershipChanges",
                columns: new[] { "TenantId", "DecidedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MembershipChanges");

            migrationBuilder.DropColumn(
                name: "SecurityStamp",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "AssignedByUserId",
                table: "ReportHandlers");

            migrationBuilder.DropColumn(
                name: "Reason",
                table: "ReportHandlers");
        }
    }
}
