using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Events.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class VoteVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "VotesVersion",
                table: "Questions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateIndex(
                name: "IX_QuestionVotes_VoterKey",
                table: "QuestionVotes",
                column: "VoterKey");

            migrationBuilder.CreateIndex(
                name: "IX_Questions_EventId_AskerKey",
                table: "Questions",
                columns: new[] { "EventId", "AskerKey" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_QuestionVotes_VoterKey",
                table: "QuestionVotes");

            migrationBuilder.DropIndex(
                name: "IX_Questions_EventId_AskerKey",
                table: "Questions");

            migrationBuilder.DropColumn(
                name: "VotesVersion",
                table: "Questions");
        }
    }
}
