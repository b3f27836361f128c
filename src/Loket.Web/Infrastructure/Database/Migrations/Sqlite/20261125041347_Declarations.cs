using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Loket.Web.Infrastructure.Database.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Declarations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Declarations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EmployeeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Answers = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Counterparty = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Role = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Verdict = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Citation = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DeciderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RoutingNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DecidedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Conditions = table.Column<int>(type: "INTEGER", nullable: false),
                    ConditionsText = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Motivation = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    GiftDestination = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    EmployeeResponse = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RespondedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReminderSentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EscalatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PreviousVersionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SupersededAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Declarations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Declarations_Declarations_PreviousVersionId",
                        column: x => x.PreviousVersionId,
                        principalTable: "Declarations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Declarations_Employees_DecidedById",
                        column: x => x.DecidedById,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Declarations_Employees_DeciderId",
                        column: x => x.DeciderId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Declarations_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Declarations_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_DecidedById",
                table: "Declarations",
                column: "DecidedById");

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_DeciderId",
                table: "Declarations",
                column: "DeciderId");

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_EmployeeId",
                table: "Declarations",
                column: "EmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_PreviousVersionId",
                table: "Declarations",
                column: "PreviousVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_TenantId_DeciderId_Status",
                table: "Declarations",
                columns: new[] { "TenantId", "DeciderId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_TenantId_EmployeeId",
                table: "Declarations",
                columns: new[] { "TenantId", "EmployeeId" });

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_TenantId_Type_SubmittedAt",
                table: "Declarations",
                columns: new[] { "TenantId", "Type", "SubmittedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Declarations");
        }
    }
}
