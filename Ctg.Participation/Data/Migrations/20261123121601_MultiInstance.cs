using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ctg.Participation.Data.Migrations
{
    /// <inheritdoc />
    public partial class MultiInstance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DigestDeliveries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClaimedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DigestDeliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DigestDeliveries_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "JobLeases",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Holder = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobLeases", x => x.Name);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DigestDeliveries_Day",
                table: "DigestDeliveries",
                column: "Day");

            migrationBuilder.CreateIndex(
                name: "IX_DigestDeliveries_UserId_Day",
                table: "DigestDeliveries",
                columns: new[] { "UserId", "Day" },
                unique: true);

            // Hand-written: full-text search on proposals (FTS5 over Proposals.SearchText, kept in step by triggers).
            foreach (var sql in Ctg.Participation.Proposals.SqliteProposalSearch.EnsureSql)
            {
                migrationBuilder.Sql(sql);
            }
            migrationBuilder.Sql(Ctg.Participation.Proposals.SqliteProposalSearch.RebuildSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"Proposals_SearchInsert\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"Proposals_SearchDelete\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"Proposals_SearchUpdate\";");
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"ProposalSearch\";");

            migrationBuilder.DropTable(
                name: "DigestDeliveries");

            migrationBuilder.DropTable(
                name: "JobLeases");
        }
    }
}
