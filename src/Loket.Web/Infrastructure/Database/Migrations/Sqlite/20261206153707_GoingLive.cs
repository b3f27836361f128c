using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Loket.Web.Infrastructure.Database.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class GoingLive : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Relations_TenantId_EmployeeId_RelatedEmployeeId",
                table: "Relations");

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "Tenants",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "CorrectedAt",
                table: "Relations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "CorrectedById",
                table: "Relations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CorrectionReason",
                table: "Relations",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "DeclarationId",
                table: "Relations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EndDate",
                table: "Relations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EndReason",
                table: "Relations",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "EndedAt",
                table: "Relations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "EndedById",
                table: "Relations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Reason",
                table: "Relations",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RecordedAt",
                table: "Relations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<Guid>(
                name: "RecordedById",
                table: "Relations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "Relations",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "Import");

            migrationBuilder.AddColumn<DateOnly>(
                name: "StartDate",
                table: "Relations",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<long>(
                name: "ClaimedUntil",
                table: "PendingMails",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "Desks",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "OpeningHours",
                table: "Desks",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Phone",
                table: "Desks",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VisitingAddress",
                table: "Desks",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RelatedEmployeeId",
                table: "Declarations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RelationKind",
                table: "Declarations",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ConfidantListings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConfidantListings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InstallationOperators",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GrantedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstallationOperators", x => x.UserId);
                    table.ForeignKey(
                        name: "FK_InstallationOperators_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PasswordLinks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UsedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SupersededAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PasswordLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PasswordLinks_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PasswordLinks_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StoredPolicies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PolicySlug = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Version = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Content = table.Column<string>(type: "TEXT", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    UploadedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    DecidedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoredPolicies", x => x.Id);
                });

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

            migrationBuilder.CreateIndex(
                name: "IX_ConfidantListings_TenantId",
                table: "ConfidantListings",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_PasswordLinks_TenantId",
                table: "PasswordLinks",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_PasswordLinks_TokenHash",
                table: "PasswordLinks",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PasswordLinks_UserId",
                table: "PasswordLinks",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_StoredPolicies_PolicySlug_EffectiveFrom",
                table: "StoredPolicies",
                columns: new[] { "PolicySlug", "EffectiveFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_StoredPolicies_Status_DecidedAt",
                table: "StoredPolicies",
                columns: new[] { "Status", "DecidedAt" });

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

            migrationBuilder.DropTable(
                name: "ConfidantListings");

            migrationBuilder.DropTable(
                name: "InstallationOperators");

            migrationBuilder.DropTable(
                name: "PasswordLinks");

            migrationBuilder.DropTable(
                name: "StoredPolicies");

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
                name: "IsDemo",
                table: "Tenants");

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
                name: "ClaimedUntil",
                table: "PendingMails");

            migrationBuilder.DropColumn(
                name: "IsDemo",
                table: "Desks");

            migrationBuilder.DropColumn(
                name: "OpeningHours",
                table: "Desks");

            migrationBuilder.DropColumn(
                name: "Phone",
                table: "Desks");

            migrationBuilder.DropColumn(
                name: "VisitingAddress",
                table: "Desks");

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
