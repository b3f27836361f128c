using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Loket.Web.Infrastructure.Database.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FromReportToMeasure : Migration
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
                name: "AftercareTasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    For = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SealedTask = table.Column<byte[]>(type: "bytea", nullable: false),
                    SealedOwner = table.Column<byte[]>(type: "bytea", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    State = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    PlannedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PlannedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FinishedByUserId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AftercareTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AftercareTasks_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseMeasures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DeciderUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    HrAdviserUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    SealedDescription = table.Column<byte[]>(type: "bytea", nullable: true),
                    RecordedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseMeasures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseMeasures_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CasePoliceReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    FiledOn = table.Column<DateOnly>(type: "date", nullable: false),
                    FiledBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PoliceReference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RecordedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CasePoliceReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CasePoliceReports_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Investigations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    InvestigatorKind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    InvestigatorUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Bureau = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ExternalInvestigator = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Cost = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    AssignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AssignedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    PersonConcernedGroup = table.Column<Guid>(type: "uuid", nullable: true),
                    PostponedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SealedPostponement = table.Column<byte[]>(type: "bytea", nullable: true),
                    InformedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    InformedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    InformedRecordedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    SealedDelayReason = table.Column<byte[]>(type: "bytea", nullable: true),
                    DraftSharedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReactionDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SealedDraft = table.Column<byte[]>(type: "bytea", nullable: true),
                    DraftReactionAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SealedDraftReaction = table.Column<byte[]>(type: "bytea", nullable: true),
                    ReportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SealedReport = table.Column<byte[]>(type: "bytea", nullable: true),
                    ConcludedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Investigations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Investigations_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

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

            migrationBuilder.CreateTable(
                name: "RedactedCopies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    Source = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    EntryId = table.Column<Guid>(type: "uuid", nullable: true),
                    Recipient = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SealedRecipientName = table.Column<byte[]>(type: "bytea", nullable: true),
                    SealedPurpose = table.Column<byte[]>(type: "bytea", nullable: false),
                    SealedText = table.Column<byte[]>(type: "bytea", nullable: false),
                    HiddenPassages = table.Column<int>(type: "integer", nullable: false),
                    MadeByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    MadeAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RedactedCopies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RedactedCopies_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InvestigationInterviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    InvestigationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AdviserPresent = table.Column<bool>(type: "boolean", nullable: false),
                    SealedInterviewee = table.Column<byte[]>(type: "bytea", nullable: false),
                    SealedRecord = table.Column<byte[]>(type: "bytea", nullable: false),
                    RecordedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ShownAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ShownHow = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    ReactedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AgreesWithRecord = table.Column<bool>(type: "boolean", nullable: true),
                    SealedCorrection = table.Column<byte[]>(type: "bytea", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvestigationInterviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InvestigationInterviews_Investigations_InvestigationId",
                        column: x => x.InvestigationId,
                        principalTable: "Investigations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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
                name: "IX_AftercareTasks_ReportId_DueOn",
                table: "AftercareTasks",
                columns: new[] { "ReportId", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseMeasures_ReportId_DecidedOn",
                table: "CaseMeasures",
                columns: new[] { "ReportId", "DecidedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseMeasures_TenantId_DecidedOn_Kind",
                table: "CaseMeasures",
                columns: new[] { "TenantId", "DecidedOn", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_CasePoliceReports_ReportId_FiledOn",
                table: "CasePoliceReports",
                columns: new[] { "ReportId", "FiledOn" });

            migrationBuilder.CreateIndex(
                name: "IX_InvestigationInterviews_InvestigationId_HeldOn",
                table: "InvestigationInterviews",
                columns: new[] { "InvestigationId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Investigations_ReportId_StartedAt",
                table: "Investigations",
                columns: new[] { "ReportId", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_OwnCaseCategories_TenantId_Parent_Name",
                table: "OwnCaseCategories",
                columns: new[] { "TenantId", "Parent", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RedactedCopies_ReportId_MadeAt",
                table: "RedactedCopies",
                columns: new[] { "ReportId", "MadeAt" });

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
                name: "AftercareTasks");

            migrationBuilder.DropTable(
                name: "CaseMeasures");

            migrationBuilder.DropTable(
                name: "CasePoliceReports");

            migrationBuilder.DropTable(
                name: "InvestigationInterviews");

            migrationBuilder.DropTable(
                name: "OwnCaseCategories");

            migrationBuilder.DropTable(
                name: "RedactedCopies");

            migrationBuilder.DropTable(
                name: "Investigations");

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
