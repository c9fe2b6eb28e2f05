using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Events.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RegistrationHoldsAndQuestions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DecisionMessage",
                table: "Registrations",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "HoldExpiresAtUtc",
                table: "Registrations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StatusOnceEmailConfirmed",
                table: "Registrations",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RegistrationClosesAtUtc",
                table: "Events",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "RequiresEmailConfirmation",
                table: "Events",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "RegistrationQuestions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EventId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Label = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Options = table.Column<List<string>>(type: "text[]", nullable: false),
                    Required = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegistrationQuestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegistrationQuestions_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RegistrationAnswers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RegistrationId = table.Column<int>(type: "integer", nullable: false),
                    QuestionId = table.Column<int>(type: "integer", nullable: false),
                    Value = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegistrationAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegistrationAnswers_RegistrationQuestions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "RegistrationQuestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RegistrationAnswers_Registrations_RegistrationId",
                        column: x => x.RegistrationId,
                        principalTable: "Registrations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RegistrationAnswers_QuestionId",
                table: "RegistrationAnswers",
                column: "QuestionId");

            migrationBuilder.CreateIndex(
                name: "IX_RegistrationAnswers_RegistrationId_QuestionId",
                table: "RegistrationAnswers",
                columns: new[] { "RegistrationId", "QuestionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RegistrationQuestions_EventId",
                table: "RegistrationQuestions",
                column: "EventId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RegistrationAnswers");

            migrationBuilder.DropTable(
                name: "RegistrationQuestions");

            migrationBuilder.DropColumn(
                name: "DecisionMessage",
                table: "Registrations");

            migrationBuilder.DropColumn(
                name: "HoldExpiresAtUtc",
                table: "Registrations");

            migrationBuilder.DropColumn(
                name: "StatusOnceEmailConfirmed",
                table: "Registrations");

            migrationBuilder.DropColumn(
                name: "RegistrationClosesAtUtc",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "RequiresEmailConfirmation",
                table: "Events");
        }
    }
}
