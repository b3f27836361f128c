using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Loket.Web.Infrastructure.Database.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TmpRelations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Relations_TenantId_EmployeeId_RelatedEmployeeId",
                table: "Relations");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "CorrectedAt",
                table: "Relations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "CorrectedById",
                table: "Relations",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CorrectionReason",
                table: "Relations",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "DeclarationId",
                table: "Relations",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EndDate",
                table: "Relations",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EndReason",
                table: "Relations",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "EndedAt",
                table: "Relations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "EndedById",
                table: "Relations",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Reason",
                table: "Relations",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RecordedAt",
                table: "Relations",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<Guid>(
                name: "RecordedById",
                table: "Relations",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "Relations",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "Import");

            migrationBuilder.AddColumn<DateOnly>(
                name: "StartDate",
                table: "Relations",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<Guid>(
                name: "RelatedEmployeeId",
                table: "Declarations",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RelationKind",
                table: "Declarations",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Relations_DeclarationId",
                table: "Relations",
                column: "DeclarationId");

            migrationBuilder.CreateIndex(
                name: "IX_Relations_TenantId_EmployeeId_RelatedEmployeeId",
                table: "Relations",
                columns: new[] { "TenantId", "EmployeeId", "RelatedEmployeeId" });

            migrationBuilder.CreateIndex(
                name: "IX_Relations_TenantId_RelatedEmployeeId",
                table: "Relations",
                columns: new[] { "TenantId", "RelatedEmployeeId" });

            migrationBuilder.AddForeignKey(
                name: "FK_Relations_Declarations_DeclarationId",
                table: "Relations",
                column: "DeclarationId",
                principalTable: "Declarations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Relations_Declarations_DeclarationId",
                table: "Relations");

            migrationBuilder.DropIndex(
                name: "IX_Relations_DeclarationId",
                table: "Relations");

            migrationBuilder.DropIndex(
                name: "IX_Relations_TenantId_EmployeeId_RelatedEmployeeId",
                table: "Relations");

            migrationBuilder.DropIndex(
                name: "IX_Relations_TenantId_RelatedEmployeeId",
                table: "Relations");

            migrationBuilder.DropColumn(
                name: "CorrectedAt",
                table: "Relations");

            migrationBuilder.DropColumn(
                name: "CorrectedById",
                table: "Relations");

            migrationBuilder.DropColumn(
                name: "CorrectionReason",
                table: "Relations");

            migrationBuilder.DropColumn(
                name: "DeclarationId",
                table: "Relations");

            migrationBuilder.DropColumn(
                name: "EndDate",
                table: "Relations");

            migrationBuilder.DropColumn(
                name: "EndReason",
                table: "Relations");

            migrationBuilder.DropColumn(
                name: "EndedAt",
                table: "Relations");

            migrationBuilder.DropColumn(
                name: "EndedById",
                table: "Relations");

            migrationBuilder.DropColumn(
                name: "Reason",
                table: "Relations");

            migrationBuilder.DropColumn(
                name: "RecordedAt",
                table: "Relations");

            migrationBuilder.DropColumn(
                name: "RecordedById",
                table: "Relations");

            migrationBuilder.DropColumn(
                name: "Source",
                table: "Relations");

            migrationBuilder.DropColumn(
                name: "StartDate",
                table: "Relations");

            migrationBuilder.DropColumn(
                name: "RelatedEmployeeId",
                table: "Declarations");

            migrationBuilder.DropColumn(
                name: "RelationKind",
                table: "Declarations");

            migrationBuilder.CreateIndex(
                name: "IX_Relations_TenantId_EmployeeId_RelatedEmployeeId",
                table: "Relations",
                columns: new[] { "TenantId", "EmployeeId", "RelatedEmployeeId" },
                unique: true);
        }
    }
}
