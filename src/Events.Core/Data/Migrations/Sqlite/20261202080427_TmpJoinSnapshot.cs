using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Events.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TmpJoinSnapshot : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "LiveVersion",
                table: "Events",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LiveVersion",
                table: "Events");
        }
    }
}
