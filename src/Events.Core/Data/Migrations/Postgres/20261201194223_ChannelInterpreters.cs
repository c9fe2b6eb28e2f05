using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Events.Core.Data.Migrations.Postgres
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

            migrationBuilder.AlterColumn<string>(
                name: "LanguageCode",
                table: "Channels",
                type: "character varying(35)",
                maxLength: 35,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AlterColumn<string>(
                name: "Label",
                table: "Channels",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AlterColumn<string>(
                name: "JoinUrl",
                table: "Channels",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Position",
                table: "Channels",
                type: "integer",
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

            migrationBuilder.AlterColumn<string>(
                name: "LanguageCode",
                table: "Channels",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(35)",
                oldMaxLength: 35);

            migrationBuilder.AlterColumn<string>(
                name: "Label",
                table: "Channels",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100);

            migrationBuilder.AlterColumn<string>(
                name: "JoinUrl",
                table: "Channels",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(2000)",
                oldMaxLength: 2000,
                oldNullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "Interpreters",
                table: "Channels",
                type: "text[]",
                nullable: false);
        }
    }
}
