using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Loket.Web.Infrastructure.Database.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ExclusionCandidates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "Group",
                table: "ReportInvolved",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<Guid>(
                name: "InheritedFromReportId",
                table: "ReportInvolved",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Meant",
                table: "ReportInvolved",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Possible",
                table: "ReportInvolved",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ResolvedAt",
                table: "ReportInvolved",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ResolvedByUserId",
                table: "ReportInvolved",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "SealedNote",
                table: "ReportInvolved",
                type: "bytea",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Group",
                table: "ReportInvolved");

            migrationBuilder.DropColumn(
                name: "InheritedFromReportId",
                table: "ReportInvolved");

            migrationBuilder.DropColumn(
                name: "Meant",
                table: "ReportInvolved");

            migrationBuilder.DropColumn(
                name: "Possible",
                table: "ReportInvolved");

            migrationBuilder.DropColumn(
                name: "ResolvedAt",
                table: "ReportInvolved");

            migrationBuilder.DropColumn(
                name: "ResolvedByUserId",
                table: "ReportInvolved");

            migrationBuilder.DropColumn(
                name: "SealedNote",
                table: "ReportInvolved");
        }
    }
}
