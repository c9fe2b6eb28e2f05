using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Events.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ChannelInterpreters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Interpreters",
                table: "Channels");

            migrationBuilder.AddColumn<int>(
                name: "Position",
                table: "Channels",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Channel ids were not enforced before: a link to a removed channel becomes "no channel".
            migrationBuilder.Sql("UPDATE \"Interpreters\" SET \"ChannelId\" = NULL WHERE \"ChannelId\" IS NOT NULL AND \"ChannelId\" NOT IN (SELECT \"Id\" FROM \"Channels\");");

            migrationBuilder.CreateIndex(
                name: "IX_Interpreters_ChannelId",
                table: "Interpreters",
                column: "ChannelId");

            migrationBuilder.AddForeignKey(
                name: "FK_Interpreters_Channels_ChannelId",
                table: "Interpreters",
                column: "ChannelId",
                principalTable: "Channels",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Interpreters_Channels_ChannelId",
                table: "Interpreters");

            migrationBuilder.DropIndex(
                name: "IX_Interpreters_ChannelId",
                table: "Interpreters");

            migrationBuilder.DropColumn(
                name: "Position",
                table: "Channels");

            migrationBuilder.AddColumn<string>(
                name: "Interpreters",
                table: "Channels",
                type: "TEXT",
                nullable: false,
                defaultValue: "");
        }
    }
}
