using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Ctg.Participation.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CooperationJournal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CooperationNatures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Department = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Label = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Archived = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CooperationNatures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PolicySchemes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Department = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Archived = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PolicySchemes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReferentialNotes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ConventionId = table.Column<int>(type: "integer", nullable: false),
                    LineCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    WrittenById = table.Column<string>(type: "text", nullable: true),
                    WrittenAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferentialNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReferentialNotes_AspNetUsers_WrittenById",
                        column: x => x.WrittenById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ReferentialNotes_Conventions_ConventionId",
                        column: x => x.ConventionId,
                        principalTable: "Conventions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SharedDiagnostics",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ConventionId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Scope = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidatedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PublicSummary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Document_FileName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    Document_ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Document_StoredName = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Document_Length = table.Column<long>(type: "bigint", nullable: true),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SharedDiagnostics", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SharedDiagnostics_Conventions_ConventionId",
                        column: x => x.ConventionId,
                        principalTable: "Conventions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanActionSchemes",
                columns: table => new
                {
                    ActionId = table.Column<int>(type: "integer", nullable: false),
                    SchemeId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanActionSchemes", x => new { x.ActionId, x.SchemeId });
                    table.ForeignKey(
                        name: "FK_PlanActionSchemes_PlanActions_ActionId",
                        column: x => x.ActionId,
                        principalTable: "PlanActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PlanActionSchemes_PolicySchemes_SchemeId",
                        column: x => x.SchemeId,
                        principalTable: "PolicySchemes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CooperationEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ConventionId = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    NatureId = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    MeetingId = table.Column<int>(type: "integer", nullable: true),
                    ActionId = table.Column<int>(type: "integer", nullable: true),
                    RoutingId = table.Column<int>(type: "integer", nullable: true),
                    DiagnosticId = table.Column<int>(type: "integer", nullable: true),
                    Attachment_FileName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    Attachment_ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Attachment_StoredName = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Attachment_Length = table.Column<long>(type: "bigint", nullable: true),
                    AuthorId = table.Column<string>(type: "text", nullable: true),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CooperationEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CooperationEntries_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_CooperationEntries_Conventions_ConventionId",
                        column: x => x.ConventionId,
                        principalTable: "Conventions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CooperationEntries_CooperationNatures_NatureId",
                        column: x => x.NatureId,
                        principalTable: "CooperationNatures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CooperationEntries_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_CooperationEntries_PlanActions_ActionId",
                        column: x => x.ActionId,
                        principalTable: "PlanActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_CooperationEntries_Routings_RoutingId",
                        column: x => x.RoutingId,
                        principalTable: "Routings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_CooperationEntries_SharedDiagnostics_DiagnosticId",
                        column: x => x.DiagnosticId,
                        principalTable: "SharedDiagnostics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "SharedDiagnosticAxes",
                columns: table => new
                {
                    DiagnosticId = table.Column<int>(type: "integer", nullable: false),
                    AxisId = table.Column<int>(type: "integer", nullable: false),
                    FindingsHtml = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SharedDiagnosticAxes", x => new { x.DiagnosticId, x.AxisId });
                    table.ForeignKey(
                        name: "FK_SharedDiagnosticAxes_Axes_AxisId",
                        column: x => x.AxisId,
                        principalTable: "Axes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SharedDiagnosticAxes_SharedDiagnostics_DiagnosticId",
                        column: x => x.DiagnosticId,
                        principalTable: "SharedDiagnostics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SharedDiagnosticMeetings",
                columns: table => new
                {
                    DiagnosticId = table.Column<int>(type: "integer", nullable: false),
                    MeetingId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SharedDiagnosticMeetings", x => new { x.DiagnosticId, x.MeetingId });
                    table.ForeignKey(
                        name: "FK_SharedDiagnosticMeetings_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SharedDiagnosticMeetings_SharedDiagnostics_DiagnosticId",
                        column: x => x.DiagnosticId,
                        principalTable: "SharedDiagnostics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SharedDiagnosticMunicipalities",
                columns: table => new
                {
                    DiagnosticId = table.Column<int>(type: "integer", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SharedDiagnosticMunicipalities", x => new { x.DiagnosticId, x.MunicipalityId });
                    table.ForeignKey(
                        name: "FK_SharedDiagnosticMunicipalities_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SharedDiagnosticMunicipalities_SharedDiagnostics_Diagnostic~",
                        column: x => x.DiagnosticId,
                        principalTable: "SharedDiagnostics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SharedDiagnosticPartners",
                columns: table => new
                {
                    DiagnosticId = table.Column<int>(type: "integer", nullable: false),
                    PartnerId = table.Column<int>(type: "integer", nullable: false),
                    Role = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SharedDiagnosticPartners", x => new { x.DiagnosticId, x.PartnerId });
                    table.ForeignKey(
                        name: "FK_SharedDiagnosticPartners_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SharedDiagnosticPartners_SharedDiagnostics_DiagnosticId",
                        column: x => x.DiagnosticId,
                        principalTable: "SharedDiagnostics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SharedDiagnosticSurveys",
                columns: table => new
                {
                    DiagnosticId = table.Column<int>(type: "integer", nullable: false),
                    SurveyId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SharedDiagnosticSurveys", x => new { x.DiagnosticId, x.SurveyId });
                    table.ForeignKey(
                        name: "FK_SharedDiagnosticSurveys_SharedDiagnostics_DiagnosticId",
                        column: x => x.DiagnosticId,
                        principalTable: "SharedDiagnostics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SharedDiagnosticSurveys_Surveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "Surveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CooperationEntryAxes",
                columns: table => new
                {
                    EntryId = table.Column<int>(type: "integer", nullable: false),
                    AxisId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CooperationEntryAxes", x => new { x.EntryId, x.AxisId });
                    table.ForeignKey(
                        name: "FK_CooperationEntryAxes_Axes_AxisId",
                        column: x => x.AxisId,
                        principalTable: "Axes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CooperationEntryAxes_CooperationEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "CooperationEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CooperationEntryMunicipalities",
                columns: table => new
                {
                    EntryId = table.Column<int>(type: "integer", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CooperationEntryMunicipalities", x => new { x.EntryId, x.MunicipalityId });
                    table.ForeignKey(
                        name: "FK_CooperationEntryMunicipalities_CooperationEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "CooperationEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CooperationEntryMunicipalities_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CooperationEntryPartners",
                columns: table => new
                {
                    EntryId = table.Column<int>(type: "integer", nullable: false),
                    PartnerId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CooperationEntryPartners", x => new { x.EntryId, x.PartnerId });
                    table.ForeignKey(
                        name: "FK_CooperationEntryPartners_CooperationEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "CooperationEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CooperationEntryPartners_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CooperationEntries_ActionId",
                table: "CooperationEntries",
                column: "ActionId");

            migrationBuilder.CreateIndex(
                name: "IX_CooperationEntries_AuthorId",
                table: "CooperationEntries",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_CooperationEntries_ConventionId_Date",
                table: "CooperationEntries",
                columns: new[] { "ConventionId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_CooperationEntries_ConventionId_Kind_Date",
                table: "CooperationEntries",
                columns: new[] { "ConventionId", "Kind", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_CooperationEntries_DiagnosticId",
                table: "CooperationEntries",
                column: "DiagnosticId");

            migrationBuilder.CreateIndex(
                name: "IX_CooperationEntries_MeetingId",
                table: "CooperationEntries",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_CooperationEntries_NatureId",
                table: "CooperationEntries",
                column: "NatureId");

            migrationBuilder.CreateIndex(
                name: "IX_CooperationEntries_RoutingId",
                table: "CooperationEntries",
                column: "RoutingId");

            migrationBuilder.CreateIndex(
                name: "IX_CooperationEntryAxes_AxisId",
                table: "CooperationEntryAxes",
                column: "AxisId");

            migrationBuilder.CreateIndex(
                name: "IX_CooperationEntryMunicipalities_MunicipalityId",
                table: "CooperationEntryMunicipalities",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_CooperationEntryPartners_PartnerId",
                table: "CooperationEntryPartners",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_CooperationNatures_Department_Kind_Label",
                table: "CooperationNatures",
                columns: new[] { "Department", "Kind", "Label" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanActionSchemes_SchemeId",
                table: "PlanActionSchemes",
                column: "SchemeId");

            migrationBuilder.CreateIndex(
                name: "IX_PolicySchemes_Department_Name",
                table: "PolicySchemes",
                columns: new[] { "Department", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReferentialNotes_ConventionId_Year_LineCode",
                table: "ReferentialNotes",
                columns: new[] { "ConventionId", "Year", "LineCode" });

            migrationBuilder.CreateIndex(
                name: "IX_ReferentialNotes_WrittenById",
                table: "ReferentialNotes",
                column: "WrittenById");

            migrationBuilder.CreateIndex(
                name: "IX_SharedDiagnosticAxes_AxisId",
                table: "SharedDiagnosticAxes",
                column: "AxisId");

            migrationBuilder.CreateIndex(
                name: "IX_SharedDiagnosticMeetings_MeetingId",
                table: "SharedDiagnosticMeetings",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_SharedDiagnosticMunicipalities_MunicipalityId",
                table: "SharedDiagnosticMunicipalities",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_SharedDiagnosticPartners_PartnerId",
                table: "SharedDiagnosticPartners",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_SharedDiagnostics_ConventionId_Status_ValidatedOn",
                table: "SharedDiagnostics",
                columns: new[] { "ConventionId", "Status", "ValidatedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SharedDiagnosticSurveys_SurveyId",
                table: "SharedDiagnosticSurveys",
                column: "SurveyId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CooperationEntryAxes");

            migrationBuilder.DropTable(
                name: "CooperationEntryMunicipalities");

            migrationBuilder.DropTable(
                name: "CooperationEntryPartners");

            migrationBuilder.DropTable(
                name: "PlanActionSchemes");

            migrationBuilder.DropTable(
                name: "ReferentialNotes");

            migrationBuilder.DropTable(
                name: "SharedDiagnosticAxes");

            migrationBuilder.DropTable(
                name: "SharedDiagnosticMeetings");

            migrationBuilder.DropTable(
                name: "SharedDiagnosticMunicipalities");

            migrationBuilder.DropTable(
                name: "SharedDiagnosticPartners");

            migrationBuilder.DropTable(
                name: "SharedDiagnosticSurveys");

            migrationBuilder.DropTable(
                name: "CooperationEntries");

            migrationBuilder.DropTable(
                name: "PolicySchemes");

            migrationBuilder.DropTable(
                name: "CooperationNatures");

            migrationBuilder.DropTable(
                name: "SharedDiagnostics");
        }
    }
}
