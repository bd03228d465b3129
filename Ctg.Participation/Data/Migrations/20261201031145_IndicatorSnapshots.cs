using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ctg.Participation.Data.Migrations
{
    /// <inheritdoc />
    public partial class IndicatorSnapshots : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IndicatorSnapshots",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConventionId = table.Column<int>(type: "INTEGER", nullable: true),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ComputedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Content = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorSnapshots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndicatorSnapshots_Conventions_ConventionId",
                        column: x => x.ConventionId,
                        principalTable: "Conventions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorSnapshots_ComputedAt",
                table: "IndicatorSnapshots",
                column: "ComputedAt");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorSnapshots_ConventionId_From_ComputedAt",
                table: "IndicatorSnapshots",
                columns: new[] { "ConventionId", "From", "ComputedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IndicatorSnapshots");
        }
    }
}
