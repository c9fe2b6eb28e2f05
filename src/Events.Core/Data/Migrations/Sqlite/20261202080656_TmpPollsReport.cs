using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Events.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TmpPollsReport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "AttachTranscript",
                table: "FollowUps",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AttachTranscript",
                table: "FollowUps");
        }
    }
}
