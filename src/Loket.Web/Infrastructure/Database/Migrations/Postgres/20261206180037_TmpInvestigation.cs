using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Loket.Web.Infrastructure.Database.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TmpInvestigation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AftercareTasks");

            migrationBuilder.DropTable(
                name: "CaseMeasures");

            migrationBuilder.DropTable(
                name: "CasePoliceReports");

            migrationBuilder.DropTable(
                name: "InvestigationInterviews");

            migrationBuilder.DropTable(
                name: "Investigations");
        }
    }
}
