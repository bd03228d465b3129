using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ctg.Participation.Data.Migrations
{
    /// <inheritdoc />
    public partial class Routing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CitizenInitiatives",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConventionId = table.Column<int>(type: "INTEGER", nullable: false),
                    AuthorId = table.Column<string>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    DescriptionHtml = table.Column<string>(type: "TEXT", nullable: false),
                    CarrierKind = table.Column<int>(type: "INTEGER", nullable: false),
                    CarrierName = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    AxisId = table.Column<int>(type: "INTEGER", nullable: false),
                    Needs = table.Column<int>(type: "INTEGER", nullable: false),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    RefusalReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ReviewedById = table.Column<string>(type: "TEXT", nullable: true),
                    ReviewedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CitizenInitiatives", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CitizenInitiatives_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_CitizenInitiatives_AspNetUsers_ReviewedById",
                        column: x => x.ReviewedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_CitizenInitiatives_Axes_AxisId",
                        column: x => x.AxisId,
                        principalTable: "Axes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CitizenInitiatives_Conventions_ConventionId",
                        column: x => x.ConventionId,
                        principalTable: "Conventions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CopilAlerts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConventionId = table.Column<int>(type: "INTEGER", nullable: false),
                    ContributionKind = table.Column<int>(type: "INTEGER", nullable: true),
                    ContributionId = table.Column<int>(type: "INTEGER", nullable: true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RaisedById = table.Column<string>(type: "TEXT", nullable: true),
                    RaisedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedById = table.Column<string>(type: "TEXT", nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Resolution = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CopilAlerts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CopilAlerts_AspNetUsers_ClosedById",
                        column: x => x.ClosedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_CopilAlerts_AspNetUsers_RaisedById",
                        column: x => x.RaisedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_CopilAlerts_Conventions_ConventionId",
                        column: x => x.ConventionId,
                        principalTable: "Conventions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Routings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConventionId = table.Column<int>(type: "INTEGER", nullable: false),
                    ContributionKind = table.Column<int>(type: "INTEGER", nullable: false),
                    ContributionId = table.Column<int>(type: "INTEGER", nullable: false),
                    WorkingGroupId = table.Column<int>(type: "INTEGER", nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: true),
                    RoutedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Routings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Routings_Conventions_ConventionId",
                        column: x => x.ConventionId,
                        principalTable: "Conventions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Routings_WorkingGroups_WorkingGroupId",
                        column: x => x.WorkingGroupId,
                        principalTable: "WorkingGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InitiativeMunicipalities",
                columns: table => new
                {
                    InitiativeId = table.Column<int>(type: "INTEGER", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InitiativeMunicipalities", x => new { x.InitiativeId, x.MunicipalityId });
                    table.ForeignKey(
                        name: "FK_InitiativeMunicipalities_CitizenInitiatives_InitiativeId",
                        column: x => x.InitiativeId,
                        principalTable: "CitizenInitiatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InitiativeMunicipalities_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RoutingAxes",
                columns: table => new
                {
                    RoutingId = table.Column<int>(type: "INTEGER", nullable: false),
                    AxisId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoutingAxes", x => new { x.RoutingId, x.AxisId });
                    table.ForeignKey(
                        name: "FK_RoutingAxes_Axes_AxisId",
                        column: x => x.AxisId,
                        principalTable: "Axes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RoutingAxes_Routings_RoutingId",
                        column: x => x.RoutingId,
                        principalTable: "Routings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RoutingEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoutingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Step = table.Column<int>(type: "INTEGER", nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoutingEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoutingEvents_AspNetUsers_ActorId",
                        column: x => x.ActorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_RoutingEvents_Routings_RoutingId",
                        column: x => x.RoutingId,
                        principalTable: "Routings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CitizenInitiatives_AuthorId",
                table: "CitizenInitiatives",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_CitizenInitiatives_AxisId",
                table: "CitizenInitiatives",
                column: "AxisId");

            migrationBuilder.CreateIndex(
                name: "IX_CitizenInitiatives_ConventionId_Status",
                table: "CitizenInitiatives",
                columns: new[] { "ConventionId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CitizenInitiatives_ReviewedById",
                table: "CitizenInitiatives",
                column: "ReviewedById");

            migrationBuilder.CreateIndex(
                name: "IX_CitizenInitiatives_Status_CreatedAt",
                table: "CitizenInitiatives",
                columns: new[] { "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CopilAlerts_ClosedById",
                table: "CopilAlerts",
                column: "ClosedById");

            migrationBuilder.CreateIndex(
                name: "IX_CopilAlerts_ConventionId_RaisedAt",
                table: "CopilAlerts",
                columns: new[] { "ConventionId", "RaisedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CopilAlerts_RaisedById",
                table: "CopilAlerts",
                column: "RaisedById");

            migrationBuilder.CreateIndex(
                name: "IX_InitiativeMunicipalities_MunicipalityId",
                table: "InitiativeMunicipalities",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_RoutingAxes_AxisId",
                table: "RoutingAxes",
                column: "AxisId");

            migrationBuilder.CreateIndex(
                name: "IX_RoutingEvents_ActorId",
                table: "RoutingEvents",
                column: "ActorId");

            migrationBuilder.CreateIndex(
                name: "IX_RoutingEvents_RoutingId",
                table: "RoutingEvents",
                column: "RoutingId");

            migrationBuilder.CreateIndex(
                name: "IX_Routings_ContributionKind_ContributionId",
                table: "Routings",
                columns: new[] { "ContributionKind", "ContributionId" });

            migrationBuilder.CreateIndex(
                name: "IX_Routings_ConventionId",
                table: "Routings",
                column: "ConventionId");

            migrationBuilder.CreateIndex(
                name: "IX_Routings_WorkingGroupId_RoutedAt",
                table: "Routings",
                columns: new[] { "WorkingGroupId", "RoutedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CopilAlerts");

            migrationBuilder.DropTable(
                name: "InitiativeMunicipalities");

            migrationBuilder.DropTable(
                name: "RoutingAxes");

            migrationBuilder.DropTable(
                name: "RoutingEvents");

            migrationBuilder.DropTable(
                name: "CitizenInitiatives");

            migrationBuilder.DropTable(
                name: "Routings");
        }
    }
}
