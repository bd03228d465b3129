using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ctg.Participation.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class DecisionActions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "PlanActionId",
                table: "Decisions",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_PlanActionId",
                table: "Decisions",
                column: "PlanActionId");

            migrationBuilder.AddForeignKey(
                name: "FK_Decisions_PlanActions_PlanActionId",
                table: "Decisions",
                column: "PlanActionId",
                principalTable: "PlanActions",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Decisions_PlanActions_PlanActionId",
                table: "Decisions");

            migrationBuilder.DropIndex(
                name: "IX_Decisions_PlanActionId",
                table: "Decisions");

            migrationBuilder.DropColumn(
                name: "PlanActionId",
                table: "Decisions");
        }
    }
}
