using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ctg.Participation.Data.Migrations
{
    /// <inheritdoc />
    public partial class Walls : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Walls",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ThematicNetworkId = table.Column<int>(type: "INTEGER", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    IsPublic = table.Column<bool>(type: "INTEGER", nullable: false),
                    LastSequence = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Walls", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Walls_ThematicNetworks_ThematicNetworkId",
                        column: x => x.ThematicNetworkId,
                        principalTable: "ThematicNetworks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WallChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WallId = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    EntityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WallChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WallChanges_Walls_WallId",
                        column: x => x.WallId,
                        principalTable: "Walls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WallColumns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WallId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    OrderKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WallColumns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WallColumns_Walls_WallId",
                        column: x => x.WallId,
                        principalTable: "Walls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WallOperations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WallId = table.Column<int>(type: "INTEGER", nullable: false),
                    OperationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    FirstSequence = table.Column<long>(type: "INTEGER", nullable: false),
                    LastSequence = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WallOperations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WallOperations_Walls_WallId",
                        column: x => x.WallId,
                        principalTable: "Walls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WallCards",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WallId = table.Column<int>(type: "INTEGER", nullable: false),
                    ColumnId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrderKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Html = table.Column<string>(type: "TEXT", maxLength: 16000, nullable: false),
                    Link = table.Column<string>(type: "TEXT", maxLength: 600, nullable: true),
                    Colour = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AuthorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    HiddenAt = table.Column<long>(type: "INTEGER", nullable: true),
                    HiddenById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    HiddenReason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WallCards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WallCards_WallColumns_ColumnId",
                        column: x => x.ColumnId,
                        principalTable: "WallColumns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WallCards_Walls_WallId",
                        column: x => x.WallId,
                        principalTable: "Walls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WallCardSubmissions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConventionId = table.Column<int>(type: "INTEGER", nullable: false),
                    WallId = table.Column<int>(type: "INTEGER", nullable: false),
                    CardId = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    SubmittedByName = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    TextAsSent = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WallCardSubmissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WallCardSubmissions_Conventions_ConventionId",
                        column: x => x.ConventionId,
                        principalTable: "Conventions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WallCardSubmissions_WallCards_CardId",
                        column: x => x.CardId,
                        principalTable: "WallCards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WallCardSubmissions_Walls_WallId",
                        column: x => x.WallId,
                        principalTable: "Walls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WallComments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CardId = table.Column<int>(type: "INTEGER", nullable: false),
                    AuthorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WallComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WallComments_WallCards_CardId",
                        column: x => x.CardId,
                        principalTable: "WallCards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WallReactions",
                columns: table => new
                {
                    CardId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WallReactions", x => new { x.CardId, x.UserId, x.Kind });
                    table.ForeignKey(
                        name: "FK_WallReactions_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_WallReactions_WallCards_CardId",
                        column: x => x.CardId,
                        principalTable: "WallCards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WallCards_ColumnId_OrderKey",
                table: "WallCards",
                columns: new[] { "ColumnId", "OrderKey" });

            migrationBuilder.CreateIndex(
                name: "IX_WallCards_WallId",
                table: "WallCards",
                column: "WallId");

            migrationBuilder.CreateIndex(
                name: "IX_WallCardSubmissions_CardId",
                table: "WallCardSubmissions",
                column: "CardId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WallCardSubmissions_ConventionId_SubmittedAt",
                table: "WallCardSubmissions",
                columns: new[] { "ConventionId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_WallCardSubmissions_WallId",
                table: "WallCardSubmissions",
                column: "WallId");

            migrationBuilder.CreateIndex(
                name: "IX_WallChanges_WallId_Sequence",
                table: "WallChanges",
                columns: new[] { "WallId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WallColumns_WallId_OrderKey",
                table: "WallColumns",
                columns: new[] { "WallId", "OrderKey" });

            migrationBuilder.CreateIndex(
                name: "IX_WallComments_CardId",
                table: "WallComments",
                column: "CardId");

            migrationBuilder.CreateIndex(
                name: "IX_WallOperations_WallId_OperationId",
                table: "WallOperations",
                columns: new[] { "WallId", "OperationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WallReactions_UserId",
                table: "WallReactions",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Walls_ThematicNetworkId_Slug",
                table: "Walls",
                columns: new[] { "ThematicNetworkId", "Slug" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "WallCardSubmissions");

            migrationBuilder.DropTable(
                name: "WallChanges");

            migrationBuilder.DropTable(
                name: "WallComments");

            migrationBuilder.DropTable(
                name: "WallOperations");

            migrationBuilder.DropTable(
                name: "WallReactions");

            migrationBuilder.DropTable(
                name: "WallCards");

            migrationBuilder.DropTable(
                name: "WallColumns");

            migrationBuilder.DropTable(
                name: "Walls");
        }
    }
}
