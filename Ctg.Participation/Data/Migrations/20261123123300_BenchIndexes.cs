using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ctg.Participation.Data.Migrations
{
    /// <inheritdoc />
    public partial class BenchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Proposals_ConventionId_Status_Id",
                table: "Proposals",
                columns: new[] { "ConventionId", "Status", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Proposals_ConventionId_Status_Id",
                table: "Proposals");
        }
    }
}
