using System.Net;
using Ctg.Participation.Testing;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using static Ctg.Participation.Web.Tests.PlanActions.PlanScenario;
using static Ctg.Participation.Web.Tests.Propositions.ProposalScenario;

namespace Ctg.Participation.Web.Tests.Annuaire;

public sealed class ServiceDirectoryExportTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string BackOffice = "/coordination/alpes-d-azur/annuaire";

    [Fact]
    public async Task The_directory_exports_as_xlsx_with_insee_codes_as_text_and_its_csv_imports_again()
    {
        using var coordinator = await SignedInAsync(factory, Coordinator);
        var csv = "nom;type;commune;adresse;axe;telephone;courriel;site;horaires;accessibilite;fauteuil_roulant\n"
                  + "Relais exporté;relais petite enfance;Péone;2 place du Village;;04 93 02 00 00;;;;;oui\n";
        var uploaded = await UploadAsync(coordinator, $"{BackOffice}/import", "annuaire.csv", Utf8WithBom(csv));
        Assert.True(uploaded.IsRedirect, uploaded.ErrorText);
        Assert.True((await coordinator.SubmitAsync(uploaded.Location!, new Dictionary<string, string> { ["import"] = uploaded.Location!.Split("import=")[1] }, handler: "Confirmer")).IsRedirect);

        using var response = await coordinator.Http.GetAsync($"{BackOffice}?handler=Export&format=xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
        var header = rows[0].Elements<Cell>().Select(c => c.InnerText).ToList();
        Assert.Equal("commune_insee", header[^2]);
        var row = rows.Single(r => r.Elements<Cell>().First().InnerText == "Relais exporté").Elements<Cell>().ToList();
        Assert.Equal(CellValues.InlineString, row[header.IndexOf("commune_insee")].DataType!.Value);
        Assert.Equal("06094", row[header.IndexOf("commune_insee")].InnerText);
        Assert.Equal("04 93 02 00 00", row[header.IndexOf("telephone")].InnerText);
        Assert.Null(row[header.IndexOf("mis_a_jour")].DataType);

        // The CSV export, columns of the template first, imports again as it is.
        var exported = await coordinator.Http.GetByteArrayAsync($"{BackOffice}?handler=Export");
        var again = await UploadAsync(coordinator, $"{BackOffice}/import", "export.csv", exported);
        Assert.True(again.IsRedirect, again.ErrorText);
        Assert.Contains("Relais exporté — Relais petite enfance, Péone", PageText(await coordinator.GetAsync(again.Location!)));
        Assert.Equal(1, await QueryAsync(factory, db => db.FamilyServices.CountAsync(s => s.Name == "Relais exporté")));

        using var template = await coordinator.Http.GetAsync($"{BackOffice}?handler=Modele&format=xlsx");
        Assert.Equal(HttpStatusCode.OK, template.StatusCode);
        using var resident = await SignedInAsync(factory, Resident);
        Assert.NotEqual(HttpStatusCode.OK, (await resident.Http.GetAsync($"{BackOffice}?handler=Export&format=xlsx")).StatusCode);
    }
}
