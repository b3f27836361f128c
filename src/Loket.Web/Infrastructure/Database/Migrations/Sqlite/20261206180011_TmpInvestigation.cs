using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Loket.Web.Infrastructure.Database.Migrations.Sqlite
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    For = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SealedTask = table.Column<byte[]>(type: "BLOB", nullable: false),
                    SealedOwner = table.Column<byte[]>(type: "BLOB", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PlannedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PlannedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FinishedByUserId = table.Column<Guid>(type: "TEXT", nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DeciderUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HrAdviserUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SealedDescription = table.Column<byte[]>(type: "BLOB", nullable: true),
                    RecordedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FiledOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FiledBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PoliceReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RecordedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    InvestigatorKind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    InvestigatorUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Bureau = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ExternalInvestigator = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Cost = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    AssignedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AssignedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PersonConcernedGroup = table.Column<Guid>(type: "TEXT", nullable: true),
                    PostponedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SealedPostponement = table.Column<byte[]>(type: "BLOB", nullable: true),
                    InformedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    InformedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    InformedRecordedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SealedDelayReason = table.Column<byte[]>(type: "BLOB", nullable: true),
                    DraftSharedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReactionDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SealedDraft = table.Column<byte[]>(type: "BLOB", nullable: true),
                    DraftReactionAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SealedDraftReaction = table.Column<byte[]>(type: "BLOB", nullable: true),
                    ReportedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SealedReport = table.Column<byte[]>(type: "BLOB", nullable: true),
                    ConcludedAt = table.Column<long>(type: "INTEGER", nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InvestigationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AdviserPresent = table.Column<bool>(type: "INTEGER", nullable: false),
                    SealedInterviewee = table.Column<byte[]>(type: "BLOB", nullable: false),
                    SealedRecord = table.Column<byte[]>(type: "BLOB", nullable: false),
                    RecordedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ShownAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ShownHow = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ReactedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AgreesWithRecord = table.Column<bool>(type: "INTEGER", nullable: true),
                    SealedCorrection = table.Column<byte[]>(type: "BLOB", nullable: true)
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
