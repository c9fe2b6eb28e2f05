using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Events.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LiveInstances : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "InstanceId",
                table: "LiveConnections",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "LiveInstances",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SeenAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LiveInstances", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LiveConnections_InstanceId_DisconnectedAtUtc",
                table: "LiveConnections",
                columns: new[] { "InstanceId", "DisconnectedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LiveInstances");

            migrationBuilder.DropIndex(
                name: "IX_LiveConnections_InstanceId_DisconnectedAtUtc",
                table: "LiveConnections");

            migrationBuilder.DropColumn(
                name: "InstanceId",
                table: "LiveConnections");
        }
    }
}
