using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ctg.Participation.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class RoutingDeskIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Proposals_ConventionId_Moderation_WithdrawnAt_PublishedAt",
                table: "Proposals",
                columns: new[] { "ConventionId", "Moderation", "WithdrawnAt", "PublishedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Proposals_ConventionId_Moderation_WithdrawnAt_PublishedAt",
                table: "Proposals");
        }
    }
}
