using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Ctg.Participation.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class DepartmentNetworkBarometers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<int>(
                name: "ThematicNetworkId",
                table: "Walls",
                type: "integer",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.CreateTable(
                name: "Barometers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ConventionId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    SurveyId = table.Column<int>(type: "integer", nullable: false),
                    VisibilityQuestionId = table.Column<int>(type: "integer", nullable: false),
                    AppreciationQuestionId = table.Column<int>(type: "integer", nullable: true),
                    LaunchedAt = table.Column<long>(type: "bigint", nullable: false),
                    LaunchedById = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Barometers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Barometers_AspNetUsers_LaunchedById",
                        column: x => x.LaunchedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Barometers_Conventions_ConventionId",
                        column: x => x.ConventionId,
                        principalTable: "Conventions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Barometers_SurveyQuestions_AppreciationQuestionId",
                        column: x => x.AppreciationQuestionId,
                        principalTable: "SurveyQuestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Barometers_SurveyQuestions_VisibilityQuestionId",
                        column: x => x.VisibilityQuestionId,
                        principalTable: "SurveyQuestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Barometers_Surveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "Surveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NetworkEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StartsAt = table.Column<long>(type: "bigint", nullable: false),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    CreatedById = table.Column<string>(type: "text", nullable: true),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NetworkEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NetworkEvents_AspNetUsers_CreatedById",
                        column: x => x.CreatedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "SharedSupports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    OriginConventionId = table.Column<int>(type: "integer", nullable: true),
                    Axes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    FileName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    FileType = table.Column<int>(type: "integer", nullable: false),
                    FileSize = table.Column<long>(type: "bigint", nullable: false),
                    UploadedById = table.Column<string>(type: "text", nullable: true),
                    UploadedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SharedSupports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SharedSupports_AspNetUsers_UploadedById",
                        column: x => x.UploadedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_SharedSupports_Conventions_OriginConventionId",
                        column: x => x.OriginConventionId,
                        principalTable: "Conventions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "NetworkEventRegistrations",
                columns: table => new
                {
                    EventId = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    RegisteredAt = table.Column<long>(type: "bigint", nullable: false),
                    Attended = table.Column<bool>(type: "boolean", nullable: true),
                    AttendanceRecordedAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NetworkEventRegistrations", x => new { x.EventId, x.UserId });
                    table.ForeignKey(
                        name: "FK_NetworkEventRegistrations_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_NetworkEventRegistrations_NetworkEvents_EventId",
                        column: x => x.EventId,
                        principalTable: "NetworkEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SharedSupportFiles",
                columns: table => new
                {
                    SupportId = table.Column<int>(type: "integer", nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SharedSupportFiles", x => x.SupportId);
                    table.ForeignKey(
                        name: "FK_SharedSupportFiles_SharedSupports_SupportId",
                        column: x => x.SupportId,
                        principalTable: "SharedSupports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Barometers_AppreciationQuestionId",
                table: "Barometers",
                column: "AppreciationQuestionId");

            migrationBuilder.CreateIndex(
                name: "IX_Barometers_ConventionId_Kind_Year",
                table: "Barometers",
                columns: new[] { "ConventionId", "Kind", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Barometers_LaunchedById",
                table: "Barometers",
                column: "LaunchedById");

            migrationBuilder.CreateIndex(
                name: "IX_Barometers_SurveyId",
                table: "Barometers",
                column: "SurveyId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Barometers_VisibilityQuestionId",
                table: "Barometers",
                column: "VisibilityQuestionId");

            migrationBuilder.CreateIndex(
                name: "IX_NetworkEventRegistrations_UserId",
                table: "NetworkEventRegistrations",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_NetworkEvents_CreatedById",
                table: "NetworkEvents",
                column: "CreatedById");

            migrationBuilder.CreateIndex(
                name: "IX_NetworkEvents_StartsAt",
                table: "NetworkEvents",
                column: "StartsAt");

            migrationBuilder.CreateIndex(
                name: "IX_SharedSupports_CreatedAt",
                table: "SharedSupports",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_SharedSupports_OriginConventionId_CreatedAt",
                table: "SharedSupports",
                columns: new[] { "OriginConventionId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SharedSupports_UploadedById",
                table: "SharedSupports",
                column: "UploadedById");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Barometers");

            migrationBuilder.DropTable(
                name: "NetworkEventRegistrations");

            migrationBuilder.DropTable(
                name: "SharedSupportFiles");

            migrationBuilder.DropTable(
                name: "NetworkEvents");

            migrationBuilder.DropTable(
                name: "SharedSupports");

            migrationBuilder.AlterColumn<int>(
                name: "ThematicNetworkId",
                table: "Walls",
                type: "integer",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "integer",
                oldNullable: true);
        }
    }
}
