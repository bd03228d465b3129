using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ctg.Participation.Data.Migrations
{
    /// <inheritdoc />
    public partial class ProposalListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Proposals_ConventionId_CommentCount_Id",
                table: "Proposals",
                columns: new[] { "ConventionId", "CommentCount", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_ConventionId_SupportCount_Id",
                table: "Proposals",
                columns: new[] { "ConventionId", "SupportCount", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Proposals_ConventionId_CommentCount_Id",
                table: "Proposals");

            migrationBuilder.DropIndex(
                name: "IX_Proposals_ConventionId_SupportCount_Id",
                table: "Proposals");
        }
    }
}
