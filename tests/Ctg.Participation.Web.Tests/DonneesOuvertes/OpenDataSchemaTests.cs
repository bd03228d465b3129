using System.Net;
using System.Text.Json;
using Ctg.Participation.Testing;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using static Ctg.Participation.Web.Tests.Indicateurs.IndicatorPages;

namespace Ctg.Participation.Web.Tests.DonneesOuvertes;

/// <summary>The open data files the portal produces, validated against the Table Schemas it serves.</summary>
public sealed class OpenDataSchemaTests(OpenDataSchemaTests.SeededPortal factory) : IClassFixture<OpenDataSchemaTests.SeededPortal>
{
    public sealed class SeededPortal : PortalFactory
    {
        private readonly Lazy<Task> seeded;

        // Published at 23:30 UTC on 31 December: already 1 January in Paris, the day open data must say.
        public SeededPortal() => seeded = new(() => SeedAuthorsAsync(this, 2, new DateTimeOffset(DateTime.UtcNow.Year - 1, 12, 31, 23, 30, 0, TimeSpan.Zero), "Contribution ouverte"));

        public Task EnsureSeededAsync() => seeded.Value;
    }

    [Theory]
    [InlineData("indicateurs")]
    [InlineData("contributions")]
    public async Task Each_open_data_file_is_valid_against_its_served_table_schema_under_the_licence_ouverte(string dataset)
    {
        await factory.EnsureSeededAsync();
        using var anonymous = factory.CreatePortalClient();

        using var schemaResponse = await anonymous.Http.GetAsync($"/donnees-ouvertes/schemas/{dataset}.json");
        Assert.Equal(HttpStatusCode.OK, schemaResponse.StatusCode);
        Assert.Equal("application/json", schemaResponse.Content.Headers.ContentType?.MediaType);
        var schema = await schemaResponse.Content.ReadAsStringAsync();
        using (var json = JsonDocument.Parse(schema))
        {
            Assert.Equal(dataset, json.RootElement.GetProperty("name").GetString());
            var licence = json.RootElement.GetProperty("licenses")[0];
            Assert.Equal("etalab-2.0", licence.GetProperty("name").GetString());
            Assert.Equal("Licence Ouverte / Open Licence version 2.0", licence.GetProperty("title").GetString());
        }

        using var csvResponse = await anonymous.Http.GetAsync($"/donnees-ouvertes/{dataset}.csv");
        var csv = await csvResponse.Content.ReadAsByteArrayAsync();
        Assert.True(csv.Length > 200);

        var problems = TableSchemaValidator.Validate(schema, csv);
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));

        // The validator does fail: a French decimal or a lost INSEE zero is refused.
        var badRow = dataset == "indicateurs" ? "2026;alpes-d-azur;CTG;1.1;gouvernance.copil.reunions;Réunions;count;0,5;;\r\n"
            : "proposition;1;Titre;alpes-d-azur;CTG;6099;Puget-Théniers;Petite enfance;Déposée;;2026-01-01;/propositions/1\r\n";
        var problemsOfBad = TableSchemaValidator.Validate(schema, [.. csv, .. System.Text.Encoding.UTF8.GetBytes(badRow)]);
        Assert.Single(problemsOfBad);
        Assert.Contains(dataset == "indicateurs" ? "valeur : « 0,5 » n'est pas du type number" : "communes_insee : « 6099 » ne suit pas le motif", problemsOfBad[0]);

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.Http.GetAsync("/donnees-ouvertes/schemas/inconnu.json")).StatusCode);
    }

    [Fact]
    public async Task The_contributions_use_iso_dates_in_paris_and_the_xlsx_keeps_insee_codes_as_text()
    {
        await factory.EnsureSeededAsync();
        using var anonymous = factory.CreatePortalClient();
        var text = await anonymous.Http.GetStringAsync("/donnees-ouvertes/contributions.csv");
        Assert.Contains($";06099;Puget-Théniers;", text);
        Assert.Contains($";{DateTime.UtcNow.Year}-01-01;", text);

        using var response = await anonymous.Http.GetAsync("/donnees-ouvertes/contributions.xlsx");
        using var document = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
        var header = rows[0].Elements<Cell>().Select(c => c.InnerText).ToList();
        var row = rows.Skip(1).First(r => r.Elements<Cell>().ElementAt(2).InnerText == "Contribution ouverte 0").Elements<Cell>().ToList();
        var insee = row[header.IndexOf("communes_insee")];
        Assert.Equal(CellValues.InlineString, insee.DataType!.Value);
        Assert.Equal("06099", insee.InnerText);
        Assert.Null(row[header.IndexOf("id")].DataType);
        var published = row[header.IndexOf("date_publication")];
        Assert.NotNull(published.StyleIndex);
        Assert.Equal(new DateTime(DateTime.UtcNow.Year, 1, 1), DateTime.FromOADate(double.Parse(published.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)));

        var page = WebUtility.HtmlDecode((await anonymous.GetAsync("/donnees-ouvertes")).Html);
        Assert.Contains("Licence Ouverte / Open Licence version 2.0", page);
        Assert.Contains("/donnees-ouvertes/schemas/contributions.json", page);
        Assert.Contains("décimales avec un point", page);
    }
}
