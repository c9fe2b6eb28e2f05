using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Events.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LiveSession : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "AllowFullyAnonymousQuestions",
                table: "Events",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "CurrentAgendaItemId",
                table: "Events",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LiveEndedAtUtc",
                table: "Events",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LiveStartedAtUtc",
                table: "Events",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Moderation",
                table: "Events",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "OpenQuestions",
                table: "Events",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "AskerBlocks",
                columns: table => new
                {
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    ParticipantKey = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    BlockedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AskerBlocks", x => new { x.EventId, x.ParticipantKey });
                    table.ForeignKey(
                        name: "FK_AskerBlocks_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LiveConnections",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConnectionId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    ParticipantKey = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    RegistrationId = table.Column<int>(type: "INTEGER", nullable: true),
                    Role = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ChannelId = table.Column<int>(type: "INTEGER", nullable: true),
                    ConnectedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DisconnectedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LiveConnections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LiveConnections_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Questions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    AskerKey = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    RegistrationId = table.Column<int>(type: "INTEGER", nullable: true),
                    AskerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Anonymity = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    HeldForPersonalData = table.Column<bool>(type: "INTEGER", nullable: false),
                    Votes = table.Column<int>(type: "INTEGER", nullable: false),
                    MergedIntoId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AnsweredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Questions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Questions_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "QuestionVotes",
                columns: table => new
                {
                    QuestionId = table.Column<int>(type: "INTEGER", nullable: false),
                    VoterKey = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuestionVotes", x => new { x.QuestionId, x.VoterKey });
                    table.ForeignKey(
                        name: "FK_QuestionVotes_Questions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "Questions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LiveConnections_ConnectionId",
                table: "LiveConnections",
                column: "ConnectionId");

            migrationBuilder.CreateIndex(
                name: "IX_LiveConnections_EventId_DisconnectedAtUtc",
                table: "LiveConnections",
                columns: new[] { "EventId", "DisconnectedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_LiveConnections_RegistrationId",
                table: "LiveConnections",
                column: "RegistrationId");

            migrationBuilder.CreateIndex(
                name: "IX_Questions_EventId_Status",
                table: "Questions",
                columns: new[] { "EventId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Questions_OneAnswering",
                table: "Questions",
                column: "EventId",
                unique: true,
                filter: "\"Status\" = 'Answering'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AskerBlocks");

            migrationBuilder.DropTable(
                name: "LiveConnections");

            migrationBuilder.DropTable(
                name: "QuestionVotes");

            migrationBuilder.DropTable(
                name: "Questions");

            migrationBuilder.DropColumn(
                name: "AllowFullyAnonymousQuestions",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "CurrentAgendaItemId",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "LiveEndedAtUtc",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "LiveStartedAtUtc",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "Moderation",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "OpenQuestions",
                table: "Events");
        }
    }
}
