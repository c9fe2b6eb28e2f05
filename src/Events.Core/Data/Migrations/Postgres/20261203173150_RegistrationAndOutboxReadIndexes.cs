using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Events.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RegistrationAndOutboxReadIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Registrations_EventId_WaitingPosition",
                table: "Registrations",
                columns: new[] { "EventId", "WaitingPosition" });

            migrationBuilder.CreateIndex(
                name: "IX_EmailOutbox_DispatchedAtUtc",
                table: "EmailOutbox",
                column: "DispatchedAtUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Registrations_EventId_WaitingPosition",
                table: "Registrations");

            migrationBuilder.DropIndex(
                name: "IX_EmailOutbox_DispatchedAtUtc",
                table: "EmailOutbox");
        }
    }
}
