using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Loket.Web.Infrastructure.Database.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InboxHardening : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Reports_ReceiptPrefix",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "ReceiptPrefix",
                table: "Reports");

            // The prefix lock is gone: failures were counted against every code sharing four digits, so an
            // attacker could lock someone else's code. Its counters go with it.
            migrationBuilder.DropColumn(
                name: "ReceiptLockedUntil",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "ReceiptFailures",
                table: "Reports");

            migrationBuilder.AddColumn<bool>(
                name: "ReceiptIsHandover",
                table: "Reports",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "HandoverExchangedAt",
                table: "Reports",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "SpentHandoverHash",
                table: "Reports",
                type: "BLOB",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "FileBytes",
                table: "CaseEntries",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ReceiptGuessingAlerts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Failures = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReceiptGuessingAlerts", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_SpentHandoverHash",
                table: "Reports",
                column: "SpentHandoverHash");

            migrationBuilder.CreateIndex(
                name: "IX_ReceiptGuessingAlerts_At",
                table: "ReceiptGuessingAlerts",
                column: "At");

            // Codes of oral reports and of a confidant's filings were seen by staff: the reporter exchanges them first.
            migrationBuilder.Sql("UPDATE \"Reports\" SET \"ReceiptIsHandover\" = TRUE WHERE \"Channel\" IN ('Oral', 'Confidant') AND \"ReceiptHash\" IS NOT NULL;");
            // Sizes of files already received, for the quotas (the sealed length, a few bytes more than the file).
            migrationBuilder.Sql("UPDATE \"CaseEntries\" SET \"FileBytes\" = length(\"SealedFile\") WHERE \"SealedFile\" IS NOT NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReceiptGuessingAlerts");

            migrationBuilder.DropIndex(
                name: "IX_Reports_SpentHandoverHash",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "SpentHandoverHash",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "FileBytes",
                table: "CaseEntries");

            migrationBuilder.DropColumn(
                name: "ReceiptIsHandover",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "HandoverExchangedAt",
                table: "Reports");

            migrationBuilder.AddColumn<int>(
                name: "ReceiptFailures",
                table: "Reports",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "ReceiptLockedUntil",
                table: "Reports",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReceiptPrefix",
                table: "Reports",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reports_ReceiptPrefix",
                table: "Reports",
                column: "ReceiptPrefix");
        }
    }
}
