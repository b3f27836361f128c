using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Loket.Web.Infrastructure.Database.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TmpRedactedCopies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RedactedCopies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Recipient = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SealedRecipientName = table.Column<byte[]>(type: "BLOB", nullable: true),
                    SealedPurpose = table.Column<byte[]>(type: "BLOB", nullable: false),
                    SealedText = table.Column<byte[]>(type: "BLOB", nullable: false),
                    HiddenPassages = table.Column<int>(type: "INTEGER", nullable: false),
                    MadeByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MadeAt = table.Column<long>(type: "INTEGER", nullable: false)
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

            migrationBuilder.CreateIndex(
                name: "IX_RedactedCopies_ReportId_MadeAt",
                table: "RedactedCopies",
                columns: new[] { "ReportId", "MadeAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RedactedCopies");
        }
    }
}
