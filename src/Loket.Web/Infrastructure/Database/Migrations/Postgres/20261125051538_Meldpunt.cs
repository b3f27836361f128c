using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Loket.Web.Infrastructure.Database.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Meldpunt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ConfidantContacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ConfidantUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Category = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Route = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConfidantContacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConfidantContacts_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Category = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Channel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    HighPriority = table.Column<bool>(type: "boolean", nullable: false),
                    RelatedReportId = table.Column<Guid>(type: "uuid", nullable: true),
                    EventDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AcknowledgedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FeedbackAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Investigate = table.Column<bool>(type: "boolean", nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    ConcludedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    TimesReopened = table.Column<int>(type: "integer", nullable: false),
                    ReviewRequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RetaliationForms = table.Column<int>(type: "integer", nullable: false),
                    KeyId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    WrappedKey = table.Column<byte[]>(type: "bytea", nullable: false),
                    SealedText = table.Column<byte[]>(type: "bytea", nullable: false),
                    SealedInvolved = table.Column<byte[]>(type: "bytea", nullable: true),
                    ReceiptHash = table.Column<byte[]>(type: "bytea", nullable: true),
                    ReceiptPrefix = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ReceiptFailures = table.Column<int>(type: "integer", nullable: false),
                    ReceiptLockedUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReporterTag = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Reports_Reports_RelatedReportId",
                        column: x => x.RelatedReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Reports_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CaseEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AuthorUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    SealedText = table.Column<byte[]>(type: "bytea", nullable: false),
                    SealedFileName = table.Column<byte[]>(type: "bytea", nullable: true),
                    SealedFile = table.Column<byte[]>(type: "bytea", nullable: true),
                    IsFeedback = table.Column<bool>(type: "boolean", nullable: false),
                    ConfirmedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseEntries_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportAccessGrants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportAccessGrants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportAccessGrants_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportClockNotices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    Clock = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Level = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportClockNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportClockNotices_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReporterIdentities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    KeyId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    WrappedKey = table.Column<byte[]>(type: "bytea", nullable: false),
                    SealedIdentity = table.Column<byte[]>(type: "bytea", nullable: false),
                    ConfidantUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    ConsentToDesk = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReporterIdentities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReporterIdentities_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportHandlers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportHandlers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportHandlers_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportInvolved",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    Tag = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportInvolved", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportInvolved_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseEntries_ReportId_At",
                table: "CaseEntries",
                columns: new[] { "ReportId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_ConfidantContacts_TenantId_Date",
                table: "ConfidantContacts",
                columns: new[] { "TenantId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportAccessGrants_ReportId_UserId",
                table: "ReportAccessGrants",
                columns: new[] { "ReportId", "UserId" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportClockNotices_ReportId_Clock_Level",
                table: "ReportClockNotices",
                columns: new[] { "ReportId", "Clock", "Level" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReporterIdentities_ConfidantUserId",
                table: "ReporterIdentities",
                column: "ConfidantUserId");

            migrationBuilder.CreateIndex(
                name: "IX_ReporterIdentities_ReportId",
                table: "ReporterIdentities",
                column: "ReportId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportHandlers_ReportId_UserId",
                table: "ReportHandlers",
                columns: new[] { "ReportId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportInvolved_ReportId",
                table: "ReportInvolved",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportInvolved_Tag",
                table: "ReportInvolved",
                column: "Tag");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_ReceiptHash",
                table: "Reports",
                column: "ReceiptHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reports_ReceiptPrefix",
                table: "Reports",
                column: "ReceiptPrefix");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_RelatedReportId",
                table: "Reports",
                column: "RelatedReportId");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_ReporterTag",
                table: "Reports",
                column: "ReporterTag");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_TenantId_Status",
                table: "Reports",
                columns: new[] { "TenantId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseEntries");

            migrationBuilder.DropTable(
                name: "ConfidantContacts");

            migrationBuilder.DropTable(
                name: "ReportAccessGrants");

            migrationBuilder.DropTable(
                name: "ReportClockNotices");

            migrationBuilder.DropTable(
                name: "ReporterIdentities");

            migrationBuilder.DropTable(
                name: "ReportHandlers");

            migrationBuilder.DropTable(
                name: "ReportInvolved");

            migrationBuilder.DropTable(
                name: "Reports");
        }
    }
}
