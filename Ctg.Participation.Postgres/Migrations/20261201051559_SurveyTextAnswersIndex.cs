using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ctg.Participation.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SurveyTextAnswersIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_SurveyAnswers_QuestionId_Id",
                table: "SurveyAnswers",
                columns: new[] { "QuestionId", "Id" },
                filter: "\"TextValue\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SurveyAnswers_QuestionId_Id",
                table: "SurveyAnswers");
        }
    }
}
