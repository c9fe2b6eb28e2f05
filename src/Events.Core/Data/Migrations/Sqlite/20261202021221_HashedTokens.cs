using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Events.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class HashedTokens : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "Token",
                table: "Registrations",
                newName: "TokenHash");

            migrationBuilder.RenameIndex(
                name: "IX_Registrations_Token",
                table: "Registrations",
                newName: "IX_Registrations_TokenHash");

            migrationBuilder.AddColumn<string>(
                name: "LinkSeed",
                table: "Registrations",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "LinkVersion",
                table: "Registrations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "SiteSecret",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SiteSecret", x => x.Name);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SiteSecret");

            migrationBuilder.DropColumn(
                name: "LinkSeed",
                table: "Registrations");

            migrationBuilder.DropColumn(
                name: "LinkVersion",
                table: "Registrations");

            migrationBuilder.RenameColumn(
                name: "TokenHash",
                table: "Registrations",
                newName: "Token");

            migrationBuilder.RenameIndex(
                name: "IX_Registrations_TokenHash",
                table: "Registrations",
                newName: "IX_Registrations_Token");
        }
    }
}
