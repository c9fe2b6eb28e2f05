using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Events.Core.Data.Migrations.Postgres
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
                type: "boolean",
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
