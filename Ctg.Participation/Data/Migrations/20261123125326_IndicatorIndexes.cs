using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ctg.Participation.Data.Migrations
{
    /// <inheritdoc />
    public partial class IndicatorIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_WallCards_CreatedAt",
                table: "WallCards",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_RoutingEvents_Step_At",
                table: "RoutingEvents",
                columns: new[] { "Step", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_ProposalSupports_CreatedAt",
                table: "ProposalSupports",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ProposalStatusChanges_To_ChangedAt",
                table: "ProposalStatusChanges",
                columns: new[] { "To", "ChangedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_ConventionId_PublishedAt",
                table: "Proposals",
                columns: new[] { "ConventionId", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ProposalComments_CreatedAt",
                table: "ProposalComments",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_CopilAlerts_ConventionId_ClosedAt",
                table: "CopilAlerts",
                columns: new[] { "ConventionId", "ClosedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CitizenInitiatives_ConventionId_ReviewedAt",
                table: "CitizenInitiatives",
                columns: new[] { "ConventionId", "ReviewedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WallCards_CreatedAt",
                table: "WallCards");

            migrationBuilder.DropIndex(
                name: "IX_RoutingEvents_Step_At",
                table: "RoutingEvents");

            migrationBuilder.DropIndex(
                name: "IX_ProposalSupports_CreatedAt",
                table: "ProposalSupports");

            migrationBuilder.DropIndex(
                name: "IX_ProposalStatusChanges_To_ChangedAt",
                table: "ProposalStatusChanges");

            migrationBuilder.DropIndex(
                name: "IX_Proposals_ConventionId_PublishedAt",
                table: "Proposals");

            migrationBuilder.DropIndex(
                name: "IX_ProposalComments_CreatedAt",
                table: "ProposalComments");

            migrationBuilder.DropIndex(
                name: "IX_CopilAlerts_ConventionId_ClosedAt",
                table: "CopilAlerts");

            migrationBuilder.DropIndex(
                name: "IX_CitizenInitiatives_ConventionId_ReviewedAt",
                table: "CitizenInitiatives");
        }
    }
}
