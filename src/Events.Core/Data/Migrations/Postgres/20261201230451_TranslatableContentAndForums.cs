using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Events.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TranslatableContentAndForums : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Translations",
                table: "Speakers",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Translations",
                table: "RegistrationQuestions",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Translations",
                table: "Readings",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "ForumId",
                table: "Events",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "Languages",
                table: "Events",
                type: "text[]",
                nullable: false);

            migrationBuilder.AddColumn<string>(
                name: "OriginalLanguage",
                table: "Events",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Translations",
                table: "Events",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Translations",
                table: "Channels",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Translations",
                table: "AgendaPeople",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Translations",
                table: "AgendaItems",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "Forums",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "text", nullable: false),
                    OriginalLanguage = table.Column<string>(type: "text", nullable: false),
                    Translations = table.Column<string>(type: "text", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Forums", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Events_ForumId",
                table: "Events",
                column: "ForumId");

            migrationBuilder.CreateIndex(
                name: "IX_Forums_Slug",
                table: "Forums",
                column: "Slug",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Events_Forums_ForumId",
                table: "Events",
                column: "ForumId",
                principalTable: "Forums",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Events_Forums_ForumId",
                table: "Events");

            migrationBuilder.DropTable(
                name: "Forums");

            migrationBuilder.DropIndex(
                name: "IX_Events_ForumId",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "Translations",
                table: "Speakers");

            migrationBuilder.DropColumn(
                name: "Translations",
                table: "RegistrationQuestions");

            migrationBuilder.DropColumn(
                name: "Translations",
                table: "Readings");

            migrationBuilder.DropColumn(
                name: "ForumId",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "Languages",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "OriginalLanguage",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "Translations",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "Translations",
                table: "Channels");

            migrationBuilder.DropColumn(
                name: "Translations",
                table: "AgendaPeople");

            migrationBuilder.DropColumn(
                name: "Translations",
                table: "AgendaItems");
        }
    }
}
