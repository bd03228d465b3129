using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ctg.Participation.Data.Migrations
{
    /// <inheritdoc />
    public partial class OidcSignIn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "FranceConnectVerifiedAt",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FranceConnectVerifiedAt",
                table: "AspNetUsers");
        }
    }
}
