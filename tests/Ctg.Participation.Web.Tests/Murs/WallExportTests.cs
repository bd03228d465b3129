using System.Globalization;
using Ctg.Participation.Walls;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Web.Tests.Murs;

public sealed class WallExportTests(WallHubFixture portal) : IClassFixture<WallHubFixture>
{
    [Fact]
    public async Task The_xlsx_export_reads_back_with_creee_le_as_a_real_date_in_paris_time_and_counts_as_numbers()
    {
        var wall = await portal.NewWallAsync();
        await using (var member = await portal.ConnectAsync(WallHubFixture.Member))
        {
            var column = (await member.InvokeAsync<WallSync>("Join", wall.WallId, -1L)).Snapshot!.Columns[0].Id;
            await member.InvokeAsync<WallOperationResult>("AddCard", wall.WallId, Guid.NewGuid(), column, "=HYPERLINK(\"x\"); crèche", null, null);
        }
        await using var scope = portal.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<Ctg.Participation.Data.PortalDbContext>().WallCards
            .Where(c => c.WallId == wall.WallId).Select(c => c.CreatedAt).SingleAsync();
        using var client = portal.CreatePortalClient();
        await client.SignInAsync(WallHubFixture.Member);

        using var response = await client.Http.GetAsync(wall.Url + "/export.xlsx");

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        using var document = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
        Assert.Equal("Créée le", rows[0].Elements<Cell>().Last().InnerText);
        var cells = rows[1].Elements<Cell>().ToList();
        Assert.Equal("=HYPERLINK(\"x\"); crèche", cells[1].InnerText);
        Assert.Null(cells[1].CellFormula);
        Assert.Equal("Auteur 1", cells[4].InnerText);
        Assert.Null(cells[5].DataType); // reactions: a number
        Assert.Equal("0", cells[5].CellValue!.Text);
        var createdCell = cells.Last();
        Assert.Null(createdCell.DataType);
        var paris = TimeZoneInfo.ConvertTime(created, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")).DateTime;
        var read = DateTime.FromOADate(double.Parse(createdCell.CellValue!.Text, CultureInfo.InvariantCulture));
        Assert.True(Math.Abs((read - paris).TotalSeconds) < 1, $"{read:O} vs {paris:O}");

        // The CSV says the same in French: jj/mm/aaaa hh:mm in Paris, never « UTC ».
        var csv = await client.Http.GetStringAsync(wall.Url + "/export.csv");
        Assert.Contains(paris.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture), csv);
        Assert.DoesNotContain("UTC", csv);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.Http.GetAsync(wall.Url + "/export.pdf")).StatusCode);
    }
}
