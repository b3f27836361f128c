using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Loket.Web.Infrastructure.Database.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TmpCaseRecord : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Classification",
                table: "Reports",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ClassifiedAt",
                table: "Reports",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClosureOutcome",
                table: "Reports",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ClosureRecordedAt",
                table: "Reports",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Concerned",
                table: "Reports",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DecisionSharedAt",
                table: "Reports",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ExternalCostCents",
                table: "Reports",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Investigator",
                table: "Reports",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsRetaliation",
                table: "Reports",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsUnwantedBehaviour",
                table: "Reports",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsWbkWrong",
                table: "Reports",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Medium",
                table: "Reports",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "OrgUnitId",
                table: "Reports",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "OutcomeSharedAt",
                table: "Reports",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "OwnCategoryId",
                table: "Reports",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "PoliceReport",
                table: "Reports",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PoliceReportOn",
                table: "Reports",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReachedRecorderOn",
                table: "Reports",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RecordedByUserId",
                table: "Reports",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "OwnCaseCategories",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Parent = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OwnCaseCategories", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OwnCaseCategories_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_OrgUnitId",
                table: "Reports",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_OwnCategoryId",
                table: "Reports",
                column: "OwnCategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_OwnCaseCategories_TenantId_Parent_Name",
                table: "OwnCaseCategories",
                columns: new[] { "TenantId", "Parent", "Name" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Reports_OrgUnits_OrgUnitId",
                table: "Reports",
                column: "OrgUnitId",
                principalTable: "OrgUnits",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Reports_OwnCaseCategories_OwnCategoryId",
                table: "Reports",
                column: "OwnCategoryId",
                principalTable: "OwnCaseCategories",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Reports_OrgUnits_OrgUnitId",
                table: "Reports");

            migrationBuilder.DropForeignKey(
                name: "FK_Reports_OwnCaseCategories_OwnCategoryId",
                table: "Reports");

            migrationBuilder.DropTable(
                name: "OwnCaseCategories");

            migrationBuilder.DropIndex(
                name: "IX_Reports_OrgUnitId",
                table: "Reports");

            migrationBuilder.DropIndex(
                name: "IX_Reports_OwnCategoryId",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "Classification",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "ClassifiedAt",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "ClosureOutcome",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "ClosureRecordedAt",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "Concerned",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "DecisionSharedAt",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "ExternalCostCents",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "Investigator",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "IsRetaliation",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "IsUnwantedBehaviour",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "IsWbkWrong",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "Medium",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "OrgUnitId",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "OutcomeSharedAt",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "OwnCategoryId",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "PoliceReport",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "PoliceReportOn",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "ReachedRecorderOn",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "RecordedByUserId",
                table: "Reports");
        }
    }
}
