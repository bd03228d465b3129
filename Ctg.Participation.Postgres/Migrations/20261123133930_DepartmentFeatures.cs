using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Ctg.Participation.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class DepartmentFeatures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ActionId",
                table: "CopilAlerts",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AnnualReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ConventionId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    TextHtml = table.Column<string>(type: "text", nullable: false),
                    UpdatedById = table.Column<string>(type: "text", nullable: true),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnualReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AnnualReports_AspNetUsers_UpdatedById",
                        column: x => x.UpdatedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_AnnualReports_Conventions_ConventionId",
                        column: x => x.ConventionId,
                        principalTable: "Conventions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FamilyServices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ConventionId = table.Column<int>(type: "integer", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    AxisId = table.Column<int>(type: "integer", nullable: true),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    Website = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    OpeningHours = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Accessibility = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Wheelchair = table.Column<int>(type: "integer", nullable: false),
                    SortKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SearchText = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FamilyServices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FamilyServices_Axes_AxisId",
                        column: x => x.AxisId,
                        principalTable: "Axes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_FamilyServices_Conventions_ConventionId",
                        column: x => x.ConventionId,
                        principalTable: "Conventions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FamilyServices_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Meetings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ConventionId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StartsAt = table.Column<long>(type: "bigint", nullable: false),
                    EndsAt = table.Column<long>(type: "bigint", nullable: false),
                    Place = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    GovernanceBodyId = table.Column<int>(type: "integer", nullable: true),
                    WorkingGroupId = table.Column<int>(type: "integer", nullable: true),
                    Agenda = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    MinutesHtml = table.Column<string>(type: "text", nullable: false),
                    CreatedById = table.Column<string>(type: "text", nullable: true),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Meetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Meetings_AspNetUsers_CreatedById",
                        column: x => x.CreatedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Meetings_Conventions_ConventionId",
                        column: x => x.ConventionId,
                        principalTable: "Conventions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Meetings_GovernanceBodies_GovernanceBodyId",
                        column: x => x.GovernanceBodyId,
                        principalTable: "GovernanceBodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Meetings_WorkingGroups_WorkingGroupId",
                        column: x => x.WorkingGroupId,
                        principalTable: "WorkingGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "NewsPosts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ConventionId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    BodyHtml = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    ImageFile = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ImageContentType = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    ImageAlt = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: true),
                    IsPublished = table.Column<bool>(type: "boolean", nullable: false),
                    PublishedAt = table.Column<long>(type: "bigint", nullable: true),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    AuthorId = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NewsPosts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NewsPosts_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_NewsPosts_Conventions_ConventionId",
                        column: x => x.ConventionId,
                        principalTable: "Conventions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PendingImports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ConventionId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Content = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PendingImports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PendingImports_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PendingImports_Conventions_ConventionId",
                        column: x => x.ConventionId,
                        principalTable: "Conventions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanActions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ConventionId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AxisId = table.Column<int>(type: "integer", nullable: false),
                    Diagnostic = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    Finality = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    OperationalObjectives = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    TargetAudience = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    Modalities = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: true),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Services = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    ExpectedResults = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Progress = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanActions_Axes_AxisId",
                        column: x => x.AxisId,
                        principalTable: "Axes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlanActions_Conventions_ConventionId",
                        column: x => x.ConventionId,
                        principalTable: "Conventions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Surveys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ConventionId = table.Column<int>(type: "integer", nullable: false),
                    AxisId = table.Column<int>(type: "integer", nullable: true),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Introduction = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    OpensAt = table.Column<long>(type: "bigint", nullable: false),
                    ClosesAt = table.Column<long>(type: "bigint", nullable: false),
                    Audience = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    PublicResults = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    PublishedAt = table.Column<long>(type: "bigint", nullable: true),
                    ClosedAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Surveys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Surveys_Axes_AxisId",
                        column: x => x.AxisId,
                        principalTable: "Axes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Surveys_Conventions_ConventionId",
                        column: x => x.ConventionId,
                        principalTable: "Conventions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Decisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MeetingId = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Responsible = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    DoneAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Decisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Decisions_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeetingContributions",
                columns: table => new
                {
                    MeetingId = table.Column<int>(type: "integer", nullable: false),
                    ContributionKind = table.Column<int>(type: "integer", nullable: false),
                    ContributionId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingContributions", x => new { x.MeetingId, x.ContributionKind, x.ContributionId });
                    table.ForeignKey(
                        name: "FK_MeetingContributions_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeetingInvitees",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MeetingId = table.Column<int>(type: "integer", nullable: false),
                    PartnerId = table.Column<int>(type: "integer", nullable: true),
                    UserId = table.Column<string>(type: "text", nullable: true),
                    Name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    Attendance = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingInvitees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingInvitees_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeetingInvitees_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeetingInvitees_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlanActionNotes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ActionId = table.Column<int>(type: "integer", nullable: false),
                    WrittenOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    IsPublic = table.Column<bool>(type: "boolean", nullable: false),
                    AuthorId = table.Column<string>(type: "text", nullable: true),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanActionNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanActionNotes_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_PlanActionNotes_PlanActions_ActionId",
                        column: x => x.ActionId,
                        principalTable: "PlanActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanActionPartners",
                columns: table => new
                {
                    ActionId = table.Column<int>(type: "integer", nullable: false),
                    PartnerId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanActionPartners", x => new { x.ActionId, x.PartnerId });
                    table.ForeignKey(
                        name: "FK_PlanActionPartners_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PlanActionPartners_PlanActions_ActionId",
                        column: x => x.ActionId,
                        principalTable: "PlanActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanActionRoutings",
                columns: table => new
                {
                    ActionId = table.Column<int>(type: "integer", nullable: false),
                    RoutingId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanActionRoutings", x => new { x.ActionId, x.RoutingId });
                    table.ForeignKey(
                        name: "FK_PlanActionRoutings_PlanActions_ActionId",
                        column: x => x.ActionId,
                        principalTable: "PlanActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PlanActionRoutings_Routings_RoutingId",
                        column: x => x.RoutingId,
                        principalTable: "Routings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanIndicators",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ActionId = table.Column<int>(type: "integer", nullable: false),
                    Label = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Baseline = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    Target = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanIndicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanIndicators_PlanActions_ActionId",
                        column: x => x.ActionId,
                        principalTable: "PlanActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SurveyQuestions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SurveyId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Section = table.Column<int>(type: "integer", nullable: false),
                    Type = table.Column<int>(type: "integer", nullable: false),
                    Label = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Help = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Required = table.Column<bool>(type: "boolean", nullable: false),
                    AllowOther = table.Column<bool>(type: "boolean", nullable: false),
                    Min = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    Max = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    ConditionQuestionId = table.Column<int>(type: "integer", nullable: true),
                    ConditionChoiceId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyQuestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyQuestions_Surveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "Surveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SurveyResponses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SurveyId = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<string>(type: "text", nullable: true),
                    BrowserToken = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CompletionToken = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Section = table.Column<int>(type: "integer", nullable: false),
                    DraftJson = table.Column<string>(type: "text", nullable: true),
                    StartedAt = table.Column<long>(type: "bigint", nullable: false),
                    CompletedAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyResponses_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_SurveyResponses_Surveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "Surveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DecisionFollowUps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DecisionId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    At = table.Column<long>(type: "bigint", nullable: false),
                    AuthorId = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DecisionFollowUps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DecisionFollowUps_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_DecisionFollowUps_Decisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "Decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanMeasurements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IndicatorId = table.Column<int>(type: "integer", nullable: false),
                    MeasuredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanMeasurements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanMeasurements_PlanIndicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "PlanIndicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SurveyQuestionChoices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    QuestionId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    IsRow = table.Column<bool>(type: "boolean", nullable: false),
                    Label = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyQuestionChoices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyQuestionChoices_SurveyQuestions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "SurveyQuestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SurveyAnswers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ResponseId = table.Column<int>(type: "integer", nullable: false),
                    QuestionId = table.Column<int>(type: "integer", nullable: false),
                    ChoiceId = table.Column<int>(type: "integer", nullable: true),
                    RowId = table.Column<int>(type: "integer", nullable: true),
                    NumberValue = table.Column<double>(type: "double precision", nullable: true),
                    TextValue = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: true),
                    DateValue = table.Column<DateOnly>(type: "date", nullable: true),
                    FlaggedAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyAnswers_SurveyQuestions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "SurveyQuestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SurveyAnswers_SurveyResponses_ResponseId",
                        column: x => x.ResponseId,
                        principalTable: "SurveyResponses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WallCards_CreatedAt",
                table: "WallCards",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Routings_OpenPerGroup",
                table: "Routings",
                columns: new[] { "ContributionKind", "ContributionId", "WorkingGroupId" },
                unique: true,
                filter: "\"Status\" <> 3");

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
                name: "IX_Proposals_ConventionId_Status_Id",
                table: "Proposals",
                columns: new[] { "ConventionId", "Status", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ProposalComments_CreatedAt",
                table: "ProposalComments",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_CopilAlerts_ActionId",
                table: "CopilAlerts",
                column: "ActionId");

            migrationBuilder.CreateIndex(
                name: "IX_CopilAlerts_ConventionId_ClosedAt",
                table: "CopilAlerts",
                columns: new[] { "ConventionId", "ClosedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CitizenInitiatives_ConventionId_ReviewedAt",
                table: "CitizenInitiatives",
                columns: new[] { "ConventionId", "ReviewedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AnnualReports_ConventionId_Year",
                table: "AnnualReports",
                columns: new[] { "ConventionId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AnnualReports_UpdatedById",
                table: "AnnualReports",
                column: "UpdatedById");

            migrationBuilder.CreateIndex(
                name: "IX_DecisionFollowUps_AuthorId",
                table: "DecisionFollowUps",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_DecisionFollowUps_DecisionId",
                table: "DecisionFollowUps",
                column: "DecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_DoneAt",
                table: "Decisions",
                column: "DoneAt");

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_MeetingId",
                table: "Decisions",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyServices_AxisId",
                table: "FamilyServices",
                column: "AxisId");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyServices_ConventionId_SortKey",
                table: "FamilyServices",
                columns: new[] { "ConventionId", "SortKey" });

            migrationBuilder.CreateIndex(
                name: "IX_FamilyServices_Kind_SortKey",
                table: "FamilyServices",
                columns: new[] { "Kind", "SortKey" });

            migrationBuilder.CreateIndex(
                name: "IX_FamilyServices_MunicipalityId_SortKey",
                table: "FamilyServices",
                columns: new[] { "MunicipalityId", "SortKey" });

            migrationBuilder.CreateIndex(
                name: "IX_FamilyServices_SortKey_Id",
                table: "FamilyServices",
                columns: new[] { "SortKey", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingInvitees_MeetingId",
                table: "MeetingInvitees",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingInvitees_PartnerId_Attendance",
                table: "MeetingInvitees",
                columns: new[] { "PartnerId", "Attendance" });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingInvitees_UserId",
                table: "MeetingInvitees",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_ConventionId_StartsAt_Id",
                table: "Meetings",
                columns: new[] { "ConventionId", "StartsAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_CreatedById",
                table: "Meetings",
                column: "CreatedById");

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_GovernanceBodyId",
                table: "Meetings",
                column: "GovernanceBodyId");

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_Kind_StartsAt",
                table: "Meetings",
                columns: new[] { "Kind", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_WorkingGroupId",
                table: "Meetings",
                column: "WorkingGroupId");

            migrationBuilder.CreateIndex(
                name: "IX_NewsPosts_AuthorId",
                table: "NewsPosts",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_NewsPosts_ConventionId_IsPublished_PublishedAt",
                table: "NewsPosts",
                columns: new[] { "ConventionId", "IsPublished", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PendingImports_ConventionId",
                table: "PendingImports",
                column: "ConventionId");

            migrationBuilder.CreateIndex(
                name: "IX_PendingImports_CreatedAt",
                table: "PendingImports",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_PendingImports_UserId",
                table: "PendingImports",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanActionNotes_ActionId_IsPublic_WrittenOn",
                table: "PlanActionNotes",
                columns: new[] { "ActionId", "IsPublic", "WrittenOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanActionNotes_AuthorId",
                table: "PlanActionNotes",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanActionPartners_PartnerId",
                table: "PlanActionPartners",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanActionRoutings_RoutingId",
                table: "PlanActionRoutings",
                column: "RoutingId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanActions_AxisId",
                table: "PlanActions",
                column: "AxisId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanActions_ConventionId_Number",
                table: "PlanActions",
                columns: new[] { "ConventionId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanActions_ConventionId_Status_DueDate",
                table: "PlanActions",
                columns: new[] { "ConventionId", "Status", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanIndicators_ActionId",
                table: "PlanIndicators",
                column: "ActionId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanMeasurements_IndicatorId_MeasuredOn",
                table: "PlanMeasurements",
                columns: new[] { "IndicatorId", "MeasuredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyAnswers_FlaggedAt",
                table: "SurveyAnswers",
                column: "FlaggedAt");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyAnswers_QuestionId_ChoiceId_RowId_NumberValue_Respons~",
                table: "SurveyAnswers",
                columns: new[] { "QuestionId", "ChoiceId", "RowId", "NumberValue", "ResponseId" });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyAnswers_ResponseId_QuestionId",
                table: "SurveyAnswers",
                columns: new[] { "ResponseId", "QuestionId" });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyQuestionChoices_QuestionId_IsRow_Position",
                table: "SurveyQuestionChoices",
                columns: new[] { "QuestionId", "IsRow", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyQuestions_SurveyId_Position",
                table: "SurveyQuestions",
                columns: new[] { "SurveyId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_CompletionToken",
                table: "SurveyResponses",
                column: "CompletionToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_Status_CompletedAt",
                table: "SurveyResponses",
                columns: new[] { "Status", "CompletedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_SurveyId_BrowserToken",
                table: "SurveyResponses",
                columns: new[] { "SurveyId", "BrowserToken" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_SurveyId_Status_Id",
                table: "SurveyResponses",
                columns: new[] { "SurveyId", "Status", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_SurveyId_UserId",
                table: "SurveyResponses",
                columns: new[] { "SurveyId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_UserId",
                table: "SurveyResponses",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Surveys_AxisId",
                table: "Surveys",
                column: "AxisId");

            migrationBuilder.CreateIndex(
                name: "IX_Surveys_ConventionId_Status",
                table: "Surveys",
                columns: new[] { "ConventionId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Surveys_Status_OpensAt",
                table: "Surveys",
                columns: new[] { "Status", "OpensAt" });

            migrationBuilder.AddForeignKey(
                name: "FK_CopilAlerts_PlanActions_ActionId",
                table: "CopilAlerts",
                column: "ActionId",
                principalTable: "PlanActions",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_CopilAlerts_PlanActions_ActionId",
                table: "CopilAlerts");

            migrationBuilder.DropTable(
                name: "AnnualReports");

            migrationBuilder.DropTable(
                name: "DecisionFollowUps");

            migrationBuilder.DropTable(
                name: "FamilyServices");

            migrationBuilder.DropTable(
                name: "MeetingContributions");

            migrationBuilder.DropTable(
                name: "MeetingInvitees");

            migrationBuilder.DropTable(
                name: "NewsPosts");

            migrationBuilder.DropTable(
                name: "PendingImports");

            migrationBuilder.DropTable(
                name: "PlanActionNotes");

            migrationBuilder.DropTable(
                name: "PlanActionPartners");

            migrationBuilder.DropTable(
                name: "PlanActionRoutings");

            migrationBuilder.DropTable(
                name: "PlanMeasurements");

            migrationBuilder.DropTable(
                name: "SurveyAnswers");

            migrationBuilder.DropTable(
                name: "SurveyQuestionChoices");

            migrationBuilder.DropTable(
                name: "Decisions");

            migrationBuilder.DropTable(
                name: "PlanIndicators");

            migrationBuilder.DropTable(
                name: "SurveyResponses");

            migrationBuilder.DropTable(
                name: "SurveyQuestions");

            migrationBuilder.DropTable(
                name: "Meetings");

            migrationBuilder.DropTable(
                name: "PlanActions");

            migrationBuilder.DropTable(
                name: "Surveys");

            migrationBuilder.DropIndex(
                name: "IX_WallCards_CreatedAt",
                table: "WallCards");

            migrationBuilder.DropIndex(
                name: "IX_Routings_OpenPerGroup",
                table: "Routings");

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
                name: "IX_Proposals_ConventionId_Status_Id",
                table: "Proposals");

            migrationBuilder.DropIndex(
                name: "IX_ProposalComments_CreatedAt",
                table: "ProposalComments");

            migrationBuilder.DropIndex(
                name: "IX_CopilAlerts_ActionId",
                table: "CopilAlerts");

            migrationBuilder.DropIndex(
                name: "IX_CopilAlerts_ConventionId_ClosedAt",
                table: "CopilAlerts");

            migrationBuilder.DropIndex(
                name: "IX_CitizenInitiatives_ConventionId_ReviewedAt",
                table: "CitizenInitiatives");

            migrationBuilder.DropColumn(
                name: "ActionId",
                table: "CopilAlerts");
        }
    }
}
