using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ctg.Participation.Testing;
using static Ctg.Participation.Web.Tests.Indicateurs.IndicatorPages;
using static Ctg.Participation.Web.Tests.Propositions.ProposalScenario;

namespace Ctg.Participation.Web.Tests.Indicateurs;

/// <summary>
/// Three residents took part this year and two the period before: the public page, its chart data and the open data
/// files say « moins de 11 », never 3 or 2; the CTG's coordinator reads the real numbers.
/// </summary>
public sealed class StatisticalSecrecyPagesTests(StatisticalSecrecyPagesTests.SmallCountPortal factory) : IClassFixture<StatisticalSecrecyPagesTests.SmallCountPortal>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>The portal with the participants seeded once for the whole class.</summary>
    public sealed class SmallCountPortal : PortalFactory
    {
        private readonly Lazy<Task> seeded;

        public SmallCountPortal() => seeded = new(async () =>
        {
            await SeedAuthorsAsync(this, 3, new DateTimeOffset(Today.Year, 1, 1, 12, 0, 0, TimeSpan.Zero), "Proposition de cette année");
            await SeedAuthorsAsync(this, 2, new DateTimeOffset(Today.Year - 1, 12, 20, 12, 0, 0, TimeSpan.Zero), "Proposition de l'an dernier");
        });

        public Task EnsureSeededAsync() => seeded.Value;
    }

    [Theory]
    [InlineData("/indicateurs?ctg=alpes-d-azur")]
    [InlineData("/indicateurs")]
    [InlineData("/indicateurs?ctg=alpes-d-azur&commune=06099")]
    public async Task The_public_dashboard_shows_moins_de_11_for_three_participants_and_never_the_number(string url)
    {
        await factory.EnsureSeededAsync();
        using var anonymous = factory.CreatePortalClient();
        var page = await anonymous.GetAsync(url);

        Assert.Equal(System.Net.HttpStatusCode.OK, page.Status);
        Assert.Equal("moins de 11", Cell(page, "participants-distincts", 0));
        Assert.Equal("moins de 11", Cell(page, "participants-distincts", 1));
        Assert.Equal("moins de 11", Cell(page, "participants-pour-1000-habitants", 0));
        Assert.Equal("moins de 11", Cell(page, "participants-pour-1000-habitants", 1));
        Assert.Equal("—", Cell(page, "participants-distincts", 2)); // no evolution either: it would give the difference
        // The proposals themselves are not people: published as they are.
        Assert.Equal(3, Number(page, "propositions-deposee"));

        // No chart ever carries a count shown « moins de 11 »: the participants' figures are left out of every chart.
        var charts = Regex.Matches(page.Html, "data-graphique=\"([^\"]*)\"").Select(m => JsonDocument.Parse(System.Net.WebUtility.HtmlDecode(m.Groups[1].Value))).ToList();
        Assert.All(charts, c => Assert.DoesNotContain(c.RootElement.GetProperty("libelles").EnumerateArray(), l => l.GetString()!.StartsWith("Habitants ayant participé", StringComparison.Ordinal)));
        Assert.DoesNotContain("3 pour ", page.Html);
        Assert.DoesNotContain("2 pour ", page.Html);
    }

    [Fact]
    public async Task The_open_data_csv_and_json_mask_the_small_count_of_people()
    {
        await factory.EnsureSeededAsync();
        using var anonymous = factory.CreatePortalClient();
        using var csvResponse = await anonymous.Http.GetAsync($"/donnees-ouvertes/indicateurs.csv?annee={Today.Year}");
        var bytes = await csvResponse.Content.ReadAsByteArrayAsync();
        Assert.Equal("text/csv", csvResponse.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal("annee;ctg;ctg_nom;objectif;code;libelle;unite;valeur;secret_statistique;detail", lines[0]);
        foreach (var ctg in new[] { "alpes-d-azur", "departement" })
        {
            foreach (var code in new[] { "participants-distincts", "participants-pour-1000-habitants" })
            {
                var cells = lines.Single(l => l.StartsWith($"{Today.Year};{ctg};", StringComparison.Ordinal) && l.Split(';')[4] == code).Split(';');
                Assert.Equal(("", "moins de 11", ""), (cells[7], cells[8], cells[9]));
            }
        }
        Assert.Equal("3", lines.Single(l => l.StartsWith($"{Today.Year};alpes-d-azur;", StringComparison.Ordinal) && l.Split(';')[4] == "propositions-deposee").Split(';')[7]);

        using var jsonResponse = await anonymous.Http.GetAsync("/donnees-ouvertes/indicateurs.json");
        using var json = JsonDocument.Parse(await jsonResponse.Content.ReadAsStringAsync());
        var rows = json.RootElement.GetProperty("indicateurs").EnumerateArray()
            .Where(r => r.GetProperty("code").GetString() is "participants-distincts" or "participants-pour-1000-habitants"
                && r.GetProperty("ctg").GetString() is "alpes-d-azur" or "departement"
                && r.GetProperty("annee").GetInt32() >= Today.Year - 1)
            .ToList();
        Assert.Equal(8, rows.Count); // 2 indicators × 2 rows (CTG, department) × 2 years, each with 2 or 3 participants
        Assert.All(rows, r =>
        {
            Assert.Equal(JsonValueKind.Null, r.GetProperty("valeur").ValueKind);
            Assert.Equal(JsonValueKind.Null, r.GetProperty("detail").ValueKind);
            Assert.Equal("moins de 11", r.GetProperty("secret_statistique").GetString());
        });
    }

    [Fact]
    public async Task The_public_table_per_commune_masks_the_three_participants_of_puget_theniers()
    {
        await factory.EnsureSeededAsync();
        using var anonymous = factory.CreatePortalClient();
        var page = await anonymous.GetAsync("/indicateurs?ctg=alpes-d-azur");

        var row = Regex.Match(page.Html, "<tr data-commune=\"06099\">(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;
        var cells = Regex.Matches(row, "<td>(.*?)</td>").Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.Equal(["1 950", "moins de 11", "moins de 11"], cells.Select(c => c.Replace('\u202f', ' ').Replace('\u00a0', ' ')).ToList());
    }

    [Fact]
    public async Task The_ctg_coordinator_reads_the_full_numbers_in_the_back_office()
    {
        await factory.EnsureSeededAsync();
        using var coordinator = await SignedInAsync(factory, Coordinator);
        var page = await coordinator.GetAsync("/coordination/alpes-d-azur/indicateurs");

        Assert.Equal(System.Net.HttpStatusCode.OK, page.Status);
        Assert.Equal(3, Number(page, "participants-distincts", 0));
        Assert.Equal(2, Number(page, "participants-distincts", 1));
        var row = Regex.Match(page.Html, "<tr data-commune=\"06099\">(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Equal("3", Regex.Matches(row, "<td>(.*?)</td>")[1].Groups[1].Value);
    }

    [Fact]
    public async Task The_open_contributions_carry_titles_and_territories_but_no_author_name_or_email()
    {
        await factory.EnsureSeededAsync();
        using var anonymous = factory.CreatePortalClient();
        using var response = await anonymous.Http.GetAsync("/donnees-ouvertes/contributions.csv");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Contains("Proposition de cette année 0", text);
        Assert.Contains("06099", text);
        Assert.Contains("Puget-Théniers", text);
        Assert.DoesNotContain("Habitante", text);
        Assert.DoesNotContain("@", text);

        using var jsonResponse = await anonymous.Http.GetAsync("/donnees-ouvertes/contributions.json");
        using var json = JsonDocument.Parse(await jsonResponse.Content.ReadAsStringAsync());
        var first = json.RootElement.GetProperty("contributions").EnumerateArray().First(c => c.GetProperty("titre").GetString() == "Proposition de cette année 0");
        Assert.Equal(["type", "id", "titre", "ctg", "ctg_nom", "communes_insee", "communes", "axes", "statut", "soutiens", "date_publication", "url"],
            first.EnumerateObject().Select(p => p.Name).ToArray());
    }
}
