using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Loket.Web.Infrastructure.Database.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AnnualReportAndOnboarding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "FourEyes",
                table: "JobFunctions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "MitigationNote",
                table: "JobFunctions",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReviewOn",
                table: "JobFunctions",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RiskProfile",
                table: "JobFunctions",
                type: "character varying(8)",
                maxLength: 8,
                nullable: false,
                defaultValue: "LLLLLLLL");

            migrationBuilder.AddColumn<bool>(
                name: "Rotation",
                table: "JobFunctions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "AnnualReportContributions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    ConfidantUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    HandedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Total = table.Column<int>(type: "integer", nullable: false),
                    Counts = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnualReportContributions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AnnualReportContributions_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AnnualReportDrafts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Developments = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Evaluation = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Goals = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    WrittenByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    WrittenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnualReportDrafts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AnnualReportDrafts_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AnnualReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    DraftVersion = table.Column<int>(type: "integer", nullable: false),
                    Document = table.Column<string>(type: "text", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AdoptedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    AdoptedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnualReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AnnualReports_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OathFormulas",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AddedBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OathFormulas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OathFormulas_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OnboardingChecklists",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    EmployeeId = table.Column<Guid>(type: "uuid", nullable: false),
                    PolicySlug = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    OpenedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    Oath_FormulaTitle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Oath_FormulaText = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Oath_FormulaSource = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Oath_Form = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Oath_TakenOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Oath_Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Oath_TakenBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Oath_Witness = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Oath_RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Vog_RequestedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Vog_ReceivedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Vog_Profile = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Vog_Aspects = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Vog_CheckedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Vog_RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Statement_Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Statement_Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Statement_Source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Statement_SignedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Statement_SignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OnboardingChecklists", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OnboardingChecklists_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OnboardingChecklists_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "YearlyChecks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    EmployeeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    ConfirmedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ChangesMade = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_YearlyChecks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_YearlyChecks_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_YearlyChecks_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OnboardingItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Citation = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DoneBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ReminderSentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    EscalatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ChecklistId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OnboardingItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OnboardingItems_OnboardingChecklists_ChecklistId",
                        column: x => x.ChecklistId,
                        principalTable: "OnboardingChecklists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AnnualReportContributions_TenantId_Year_ConfidantUserId",
                table: "AnnualReportContributions",
                columns: new[] { "TenantId", "Year", "ConfidantUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AnnualReportDrafts_TenantId_Year_Version",
                table: "AnnualReportDrafts",
                columns: new[] { "TenantId", "Year", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AnnualReports_TenantId_Year",
                table: "AnnualReports",
                columns: new[] { "TenantId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OathFormulas_TenantId",
                table: "OathFormulas",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_OnboardingChecklists_EmployeeId",
                table: "OnboardingChecklists",
                column: "EmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_OnboardingChecklists_TenantId_EmployeeId",
                table: "OnboardingChecklists",
                columns: new[] { "TenantId", "EmployeeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OnboardingItems_ChecklistId",
                table: "OnboardingItems",
                column: "ChecklistId");

            migrationBuilder.CreateIndex(
                name: "IX_OnboardingItems_DueOn",
                table: "OnboardingItems",
                column: "DueOn");

            migrationBuilder.CreateIndex(
                name: "IX_YearlyChecks_EmployeeId",
                table: "YearlyChecks",
                column: "EmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_YearlyChecks_TenantId_EmployeeId_Year",
                table: "YearlyChecks",
                columns: new[] { "TenantId", "EmployeeId", "Year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AnnualReportContributions");

            migrationBuilder.DropTable(
                name: "AnnualReportDrafts");

            migrationBuilder.DropTable(
                name: "AnnualReports");

            migrationBuilder.DropTable(
                name: "OathFormulas");

            migrationBuilder.DropTable(
                name: "OnboardingItems");

            migrationBuilder.DropTable(
                name: "YearlyChecks");

            migrationBuilder.DropTable(
                name: "OnboardingChecklists");

            migrationBuilder.DropColumn(
                name: "FourEyes",
                table: "JobFunctions");

            migrationBuilder.DropColumn(
                name: "MitigationNote",
                table: "JobFunctions");

            migrationBuilder.DropColumn(
                name: "ReviewOn",
                table: "JobFunctions");

            migrationBuilder.DropColumn(
                name: "RiskProfile",
                table: "JobFunctions");

            migrationBuilder.DropColumn(
                name: "Rotation",
                table: "JobFunctions");
        }
    }
}
