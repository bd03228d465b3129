using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ctg.Participation.Data.Migrations
{
    /// <inheritdoc />
    public partial class CoordinationAndSecurity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<int>(
                name: "ThematicNetworkId",
                table: "Walls",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.AddColumn<string>(
                name: "CancellationReason",
                table: "Meetings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "CancelledAt",
                table: "Meetings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "State",
                table: "AnnualReports",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "AnnualReportTexts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AnnualReportId = table.Column<int>(type: "INTEGER", nullable: false),
                    Objective = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    TextHtml = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedById = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnualReportTexts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AnnualReportTexts_AnnualReports_AnnualReportId",
                        column: x => x.AnnualReportId,
                        principalTable: "AnnualReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AnnualReportTexts_AspNetUsers_UpdatedById",
                        column: x => x.UpdatedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserPasskeys",
                columns: table => new
                {
                    CredentialId = table.Column<byte[]>(type: "BLOB", maxLength: 1024, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    Data = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserPasskeys", x => x.CredentialId);
                    table.ForeignKey(
                        name: "FK_AspNetUserPasskeys_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Barometers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConventionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    SurveyId = table.Column<int>(type: "INTEGER", nullable: false),
                    VisibilityQuestionId = table.Column<int>(type: "INTEGER", nullable: false),
                    AppreciationQuestionId = table.Column<int>(type: "INTEGER", nullable: true),
                    LaunchedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LaunchedById = table.Column<string>(type: "TEXT", nullable: true)
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
                name: "CooperationNatures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Department = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Archived = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CooperationNatures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NetworkEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CreatedById = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                name: "PolicySchemes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Department = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Archived = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PolicySchemes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReferentialNotes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConventionId = table.Column<int>(type: "INTEGER", nullable: false),
                    LineCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    WrittenById = table.Column<string>(type: "TEXT", nullable: true),
                    WrittenAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                name: "ReportReminders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConventionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportReminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportReminders_Conventions_ConventionId",
                        column: x => x.ConventionId,
                        principalTable: "Conventions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportSubmissions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AnnualReportId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedById = table.Column<string>(type: "TEXT", nullable: true),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SnapshotJson = table.Column<string>(type: "TEXT", nullable: false),
                    Pdf = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewedById = table.Column<string>(type: "TEXT", nullable: true),
                    ReviewedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReviewComment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportSubmissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportSubmissions_AnnualReports_AnnualReportId",
                        column: x => x.AnnualReportId,
                        principalTable: "AnnualReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ReportSubmissions_AspNetUsers_ReviewedById",
                        column: x => x.ReviewedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ReportSubmissions_AspNetUsers_SubmittedById",
                        column: x => x.SubmittedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "SecurityEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    NetworkPrefix = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SecurityEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SharedDiagnostics",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConventionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Scope = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PublicSummary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Document_FileName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    Document_ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Document_StoredName = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Document_Length = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                name: "SharedSupports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    OriginConventionId = table.Column<int>(type: "INTEGER", nullable: true),
                    Axes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    FileType = table.Column<int>(type: "INTEGER", nullable: false),
                    FileSize = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedById = table.Column<string>(type: "TEXT", nullable: true),
                    UploadedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                name: "UserSessions",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastSeenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Device = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NetworkPrefix = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UserSessions_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NetworkEventRegistrations",
                columns: table => new
                {
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    RegisteredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Attended = table.Column<bool>(type: "INTEGER", nullable: true),
                    AttendanceRecordedAt = table.Column<long>(type: "INTEGER", nullable: true)
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
                name: "PlanActionSchemes",
                columns: table => new
                {
                    ActionId = table.Column<int>(type: "INTEGER", nullable: false),
                    SchemeId = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConventionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    NatureId = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: true),
                    ActionId = table.Column<int>(type: "INTEGER", nullable: true),
                    RoutingId = table.Column<int>(type: "INTEGER", nullable: true),
                    DiagnosticId = table.Column<int>(type: "INTEGER", nullable: true),
                    Attachment_FileName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    Attachment_ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Attachment_StoredName = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Attachment_Length = table.Column<long>(type: "INTEGER", nullable: true),
                    AuthorId = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                    DiagnosticId = table.Column<int>(type: "INTEGER", nullable: false),
                    AxisId = table.Column<int>(type: "INTEGER", nullable: false),
                    FindingsHtml = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false)
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
                    DiagnosticId = table.Column<int>(type: "INTEGER", nullable: false),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false)
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
                    DiagnosticId = table.Column<int>(type: "INTEGER", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false)
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
                        name: "FK_SharedDiagnosticMunicipalities_SharedDiagnostics_DiagnosticId",
                        column: x => x.DiagnosticId,
                        principalTable: "SharedDiagnostics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SharedDiagnosticPartners",
                columns: table => new
                {
                    DiagnosticId = table.Column<int>(type: "INTEGER", nullable: false),
                    PartnerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Role = table.Column<int>(type: "INTEGER", nullable: false)
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
                    DiagnosticId = table.Column<int>(type: "INTEGER", nullable: false),
                    SurveyId = table.Column<int>(type: "INTEGER", nullable: false)
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
                name: "SharedSupportFiles",
                columns: table => new
                {
                    SupportId = table.Column<int>(type: "INTEGER", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "CooperationEntryAxes",
                columns: table => new
                {
                    EntryId = table.Column<int>(type: "INTEGER", nullable: false),
                    AxisId = table.Column<int>(type: "INTEGER", nullable: false)
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
                    EntryId = table.Column<int>(type: "INTEGER", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false)
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
                    EntryId = table.Column<int>(type: "INTEGER", nullable: false),
                    PartnerId = table.Column<int>(type: "INTEGER", nullable: false)
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
                name: "IX_AnnualReportTexts_AnnualReportId_Objective",
                table: "AnnualReportTexts",
                columns: new[] { "AnnualReportId", "Objective" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AnnualReportTexts_UpdatedById",
                table: "AnnualReportTexts",
                column: "UpdatedById");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserPasskeys_UserId",
                table: "AspNetUserPasskeys",
                column: "UserId");

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
                name: "IX_ReportReminders_ConventionId_Year_Day",
                table: "ReportReminders",
                columns: new[] { "ConventionId", "Year", "Day" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportSubmissions_AnnualReportId_Number",
                table: "ReportSubmissions",
                columns: new[] { "AnnualReportId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportSubmissions_ReviewedById",
                table: "ReportSubmissions",
                column: "ReviewedById");

            migrationBuilder.CreateIndex(
                name: "IX_ReportSubmissions_SubmittedById",
                table: "ReportSubmissions",
                column: "SubmittedById");

            migrationBuilder.CreateIndex(
                name: "IX_SecurityEvents_OccurredAt",
                table: "SecurityEvents",
                column: "OccurredAt");

            migrationBuilder.CreateIndex(
                name: "IX_SecurityEvents_UserId_OccurredAt",
                table: "SecurityEvents",
                columns: new[] { "UserId", "OccurredAt" });

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

            migrationBuilder.CreateIndex(
                name: "IX_UserSessions_UserId",
                table: "UserSessions",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AnnualReportTexts");

            migrationBuilder.DropTable(
                name: "AspNetUserPasskeys");

            migrationBuilder.DropTable(
                name: "Barometers");

            migrationBuilder.DropTable(
                name: "CooperationEntryAxes");

            migrationBuilder.DropTable(
                name: "CooperationEntryMunicipalities");

            migrationBuilder.DropTable(
                name: "CooperationEntryPartners");

            migrationBuilder.DropTable(
                name: "NetworkEventRegistrations");

            migrationBuilder.DropTable(
                name: "PlanActionSchemes");

            migrationBuilder.DropTable(
                name: "ReferentialNotes");

            migrationBuilder.DropTable(
                name: "ReportReminders");

            migrationBuilder.DropTable(
                name: "ReportSubmissions");

            migrationBuilder.DropTable(
                name: "SecurityEvents");

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
                name: "SharedSupportFiles");

            migrationBuilder.DropTable(
                name: "UserSessions");

            migrationBuilder.DropTable(
                name: "CooperationEntries");

            migrationBuilder.DropTable(
                name: "NetworkEvents");

            migrationBuilder.DropTable(
                name: "PolicySchemes");

            migrationBuilder.DropTable(
                name: "SharedSupports");

            migrationBuilder.DropTable(
                name: "CooperationNatures");

            migrationBuilder.DropTable(
                name: "SharedDiagnostics");

            migrationBuilder.DropColumn(
                name: "CancellationReason",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "CancelledAt",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "State",
                table: "AnnualReports");

            migrationBuilder.AlterColumn<int>(
                name: "ThematicNetworkId",
                table: "Walls",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);
        }
    }
}
