using System.Net;
using System.Text;
using Ctg.Participation.Governance;
using Ctg.Participation.Testing;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;
using static Ctg.Participation.Web.Tests.Instances.MeetingScenario;
using static Ctg.Participation.Web.Tests.Propositions.ProposalScenario;

namespace Ctg.Participation.Web.Tests.Instances;

public sealed class ReportAndFeedTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static int Year => DateTime.UtcNow.Year;
    private static string Report => $"/coordination/alpes-d-azur/bilan/{Year}";

    private static bool IsRefused(PortalClient.Page page) =>
        page.Status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound || (page.IsRedirect && (page.Location!.Contains("/compte/acces-refuse") || page.Location.Contains("/compte/connexion")));

    [Fact]
    public async Task A_resident_and_a_coordinator_of_another_ctg_see_neither_the_meetings_nor_the_report()
    {
        var id = await QueryAsync(factory, db => db.Meetings.Where(m => m.Convention!.Slug == "alpes-d-azur").Select(m => m.Id).FirstAsync());
        using var anonymous = factory.CreatePortalClient();
        using var resident = await SignedInAsync(factory, Resident);
        using var other = await SignedInAsync(factory, OtherCoordinator);
        foreach (var client in new[] { anonymous, resident, other })
        {
            foreach (var url in new[] { Meetings, $"{Meetings}/{id}", $"{Meetings}/nouvelle", $"{Meetings}.ics", Report, Report + "?handler=Pdf", Report + "?handler=Csv" })
            {
                Assert.True(IsRefused(await client.GetAsync(url)), url);
            }
        }
        var token = (await other.GetAsync("/coordination/pays-de-grasse/instances")).AntiforgeryToken;
        var count = await QueryAsync(factory, db => db.Decisions.CountAsync());
        Assert.True(IsRefused(await other.PostAsync($"{Meetings}/{id}?handler=Decision", new Dictionary<string, string> { ["Decision.Text"] = "Décision forgée" }, token)));
        Assert.Equal(count, await QueryAsync(factory, db => db.Decisions.CountAsync()));
        Assert.DoesNotContain("/coordination/alpes-d-azur/instances", (await other.GetAsync("/coordination/instances")).Html);
    }

    [Fact]
    public async Task A_caf_advisor_reads_the_meetings_and_report_but_cannot_change_them()
    {
        using var advisor = await SignedInAsync(factory, CafAdvisor);
        var id = await QueryAsync(factory, db => db.Meetings.Where(m => m.Convention!.Slug == "alpes-d-azur").Select(m => m.Id).FirstAsync());

        Assert.Equal(HttpStatusCode.OK, (await advisor.GetAsync(Meetings)).Status);
        var meeting = await advisor.GetAsync($"{Meetings}/{id}");
        Assert.Equal(HttpStatusCode.OK, meeting.Status);
        Assert.DoesNotContain("Enregistrer les présences", meeting.Html);
        Assert.Equal(HttpStatusCode.OK, (await advisor.GetAsync(Report)).Status);
        Assert.True(IsRefused(await advisor.GetAsync($"{Meetings}/nouvelle")));
        var posted = await advisor.PostAsync(Report, new Dictionary<string, string> { ["text"] = "<p>Texte d'un conseiller</p>" }, (await advisor.GetAsync(Report)).AntiforgeryToken);
        Assert.True(IsRefused(posted));
        Assert.False(await QueryAsync(factory, db => db.AnnualReports.AnyAsync(r => r.TextHtml.Contains("conseiller"))));
    }

    [Fact]
    public async Task The_full_calendar_parses_with_one_event_per_meeting_and_escapes_text()
    {
        using var coordinator = await SignedInAsync(factory, Coordinator);
        var form = await CopilFormAsync(factory, @"Copil; budget, écoles \ crèches");
        Assert.True((await PlanAsync(coordinator, form)).IsRedirect);
        var since = DateTimeOffset.UtcNow.AddYears(-1).AddMinutes(1);
        var expected = await QueryAsync(factory, db => db.Meetings.Where(m => m.Convention!.Slug == "alpes-d-azur").Select(m => m.StartsAt).ToListAsync());

        using var response = await coordinator.Http.GetAsync($"{Meetings}.ics");
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var ics = await response.Content.ReadAsStringAsync();

        Assert.Contains(@"SUMMARY:Copil\; budget\, écoles \\ crèches", ics.Replace("\r\n ", ""));
        Assert.All(ics.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
        var calendar = Ical.Net.Calendar.Load(ics)!;
        Assert.Equal(expected.Count(s => s >= since), calendar.Events.Count);
        var copil = calendar.Events.Single(e => e.Summary == @"Copil; budget, écoles \ crèches");
        Assert.Equal("Salle du conseil, Puget-Théniers", copil.Location);
        Assert.StartsWith("reunion-", copil.Uid);
    }

    [Fact]
    public async Task The_public_agenda_holds_only_public_meetings_and_needs_no_account()
    {
        using var anonymous = factory.CreatePortalClient();
        var publicCount = await QueryAsync(factory, db => db.Meetings.CountAsync(m => m.Convention!.Slug == "alpes-d-azur" && m.Kind == MeetingKind.ReunionPublique));

        using var response = await anonymous.Http.GetAsync("/ctg/alpes-d-azur/agenda.ics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var calendar = Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!;
        Assert.True(publicCount > 0);
        Assert.Equal(publicCount, calendar.Events.Count);
        Assert.All(calendar.Events, e => Assert.DoesNotContain("Copil", e.Summary));
    }

    [Fact]
    public async Task The_report_pdf_opens_and_holds_the_figures_and_the_coordinators_text()
    {
        using var coordinator = await SignedInAsync(factory, Coordinator);
        var saved = await coordinator.SubmitAsync(Report, new Dictionary<string, string> { ["text"] = "<p>Une année de concertation réussie à Entrevaux.</p><script>x()</script>" });
        Assert.True(saved.IsRedirect, saved.ErrorText);
        var page = WebUtility.HtmlDecode((await coordinator.GetAsync(Report)).Html);
        Assert.Contains("Brouillon modifié en dernier par", page);
        Assert.Contains($"au plus tard le 31 janvier {Year + 1}", page);
        var copilCount = (await IndicatorsAsync(factory, new DateOnly(Year, 1, 1)))["gouvernance.copil.reunions"];

        using var response = await coordinator.Http.GetAsync(Report + "?handler=Pdf");
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Join("\n", pdf.GetPages().Select(p => p.Text));

        Assert.Contains($"Bilan annuel {Year}", text);
        Assert.Contains("Réunions tenues", text);
        // The indicators are a table: the label, then its value in the next cell of the same row.
        Assert.Contains($"Réunionsducomitédepilotagetenues{copilCount:0}", System.Text.RegularExpressions.Regex.Replace(text, @"\s", ""));
        Assert.Contains($"page 1 sur {pdf.NumberOfPages}", pdf.GetPage(1).Text);
        Assert.Contains($"31 janvier {Year + 1}", text);
        Assert.Contains("Une année de concertation réussie à Entrevaux.", text);
        Assert.DoesNotContain("x()", text);
    }

    [Fact]
    public async Task The_indicators_csv_has_a_bom_semicolons_and_a_row_per_indicator()
    {
        using var coordinator = await SignedInAsync(factory, Coordinator);

        using var response = await coordinator.Http.GetAsync(Report + "?handler=Csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Objectif;Code;Indicateur;Valeur;Unité", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("1.1;gouvernance.copil.reunions;Réunions du comité de pilotage tenues;", StringComparison.Ordinal));
        Assert.True(lines.Length >= 9);
    }

    [Fact]
    public async Task A_year_outside_the_ctg_period_is_refused_beside_the_year_field()
    {
        using var coordinator = await SignedInAsync(factory, Coordinator);

        var page = await coordinator.GetAsync($"{Meetings}?handler=Bilan&annee=1999");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Choisissez une année entre 2023 et", page.FieldError("annee"));
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync("/coordination/alpes-d-azur/bilan/1999")).Status);
        var chosen = await coordinator.GetAsync($"{Meetings}?handler=Bilan&annee={Year}");
        Assert.Equal(Report, chosen.Location);
    }
}
