using System.Net;
using System.Text;
using Ctg.Participation.Cooperation.Journal;
using Ctg.Participation.Indicators;
using Ctg.Participation.Referential;
using Ctg.Participation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Ctg.Participation.Web.Tests.PlanActions.PlanScenario;
using static Ctg.Participation.Web.Tests.Propositions.ProposalScenario;

namespace Ctg.Participation.Web.Tests.Cooperation;

public sealed class JournalPagesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Journal = "/coordination/alpes-d-azur/journal";
    private const string NewEntry = "/coordination/alpes-d-azur/journal/nouvelle";
    private const string Referential = "/coordination/alpes-d-azur/referentiel";

    private static bool IsRefused(PortalClient.Page page) =>
        page.Status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound || (page.IsRedirect && page.Location!.Contains("/compte/acces-refuse"));

    private async Task<int> NatureAsync(CooperationKind kind, string label) =>
        await QueryAsync(factory, db => db.Set<CooperationNature>().Where(n => n.Department == "06" && n.Kind == kind && n.Label == label).Select(n => n.Id).SingleAsync());

    private Task<int> EntriesAsync() => QueryAsync(factory, db => db.Set<CooperationEntry>().CountAsync());

    private async Task<Dictionary<string, string>> EntryAsync(CooperationKind kind, string nature, string note, string? date = null) => new()
    {
        ["Input.Date"] = date ?? DateTime.UtcNow.ToString("yyyy-MM-dd"), ["Input.Kind"] = kind.ToString(),
        ["Input.NatureId"] = (await NatureAsync(kind, nature)).ToString(), ["Input.Note"] = note,
    };

    [Fact]
    public async Task A_coordinator_logs_an_entry_that_shows_in_the_journal_the_csv_and_the_referential_under_its_line_with_its_nature()
    {
        using var coordinator = await SignedInAsync(factory, Coordinator);
        var note = "Juriste mobilisé " + Guid.NewGuid().ToString("N")[..6];

        var saved = await coordinator.SubmitAsync(NewEntry, await EntryAsync(CooperationKind.Expertise, "Juriste", note));

        Assert.True(saved.IsRedirect, saved.ErrorText);
        Assert.Contains(note, PageText(await coordinator.GetAsync(Journal + "?type=Expertise")));
        Assert.DoesNotContain(note, PageText(await coordinator.GetAsync(Journal + "?type=RelaisCafPartenaire")));
        using var csv = await coordinator.Http.GetAsync(Journal + "?handler=Export&type=Expertise");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Contains(note, await csv.Content.ReadAsStringAsync());
        var table = await coordinator.GetAsync(Referential);
        var line = table.Html[table.Html.IndexOf("id=\"ligne-T2-1.1-b\"", StringComparison.Ordinal)..];
        line = line[..line.IndexOf("id=\"ligne-", 20, StringComparison.Ordinal)];
        Assert.Contains("Juriste : ", WebUtility.HtmlDecode(line));
        Assert.Contains("/coordination/alpes-d-azur/journal?du=", line);
    }

    [Fact]
    public async Task Bad_input_is_explained_beside_the_field_and_nothing_is_stored()
    {
        using var coordinator = await SignedInAsync(factory, Coordinator);
        var before = await EntriesAsync();

        var future = await coordinator.SubmitAsync(NewEntry, await EntryAsync(CooperationKind.Expertise, "PMI", "Demain", DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd")));
        var noNature = await coordinator.SubmitAsync(NewEntry, new Dictionary<string, string> { ["Input.Date"] = DateTime.UtcNow.ToString("yyyy-MM-dd"), ["Input.Kind"] = "Expertise" });
        var otherMeeting = await QueryAsync(factory, db => db.Meetings.Where(m => m.Convention!.Slug != "alpes-d-azur").Select(m => (int?)m.Id).FirstOrDefaultAsync());
        var foreignPartner = await QueryAsync(factory, db => db.ConventionPartners.Where(p => p.Convention!.Slug == "pays-de-grasse"
            && !db.ConventionPartners.Any(o => o.PartnerId == p.PartnerId && o.Convention!.Slug == "alpes-d-azur")).Select(p => p.PartnerId).FirstAsync());
        var fields = await EntryAsync(CooperationKind.Expertise, "PMI", "Partenaire d'ailleurs");
        fields["Input.PartnerIds"] = foreignPartner.ToString();
        var partner = await coordinator.SubmitAsync(NewEntry, fields);

        Assert.Equal(HttpStatusCode.OK, future.Status);
        Assert.Equal("Erreur : La date ne peut pas être dans le futur.", future.FieldError("Input.Date"));
        Assert.Contains("Choisissez la nature", noNature.FieldError("Input.NatureId"));
        Assert.Contains("n'est pas un partenaire de cette CTG", partner.FieldError("Input.PartnerIds"));
        if (otherMeeting is { } m)
        {
            var meetingFields = await EntryAsync(CooperationKind.Expertise, "PMI", "Réunion d'ailleurs");
            meetingFields["Input.MeetingId"] = m.ToString();
            Assert.Contains("n'est pas une réunion de cette CTG", (await coordinator.SubmitAsync(NewEntry, meetingFields)).FieldError("Input.MeetingId"));
        }
        Assert.Equal(before, await EntriesAsync());
    }

    [Fact]
    public async Task An_attachment_whose_content_is_not_what_its_extension_says_is_refused()
    {
        using var coordinator = await SignedInAsync(factory, Coordinator);
        var before = await EntriesAsync();
        var form = await coordinator.GetAsync(NewEntry);
        using var body = new MultipartFormDataContent();
        body.Add(new StringContent(form.AntiforgeryToken!), "__RequestVerificationToken");
        foreach (var (k, v) in await EntryAsync(CooperationKind.SupportInformation, "Plaquette", "Plaquette jointe")) body.Add(new StringContent(v), k);
        var file = new ByteArrayContent(Encoding.ASCII.GetBytes("MZ\u0090 this is a program"));
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        body.Add(file, "piece", "plaquette.pdf");
        using var response = await coordinator.Http.PostAsync(NewEntry, body);
        var page = await PortalClient.Page.ReadAsyncForTests(response);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("ne correspond pas à son extension", page.FieldError("piece"));
        Assert.Equal(before, await EntriesAsync());
    }

    [Fact]
    public async Task Residents_network_members_and_another_ctgs_coordinator_are_refused_every_page_and_handler()
    {
        var before = await EntriesAsync();
        foreach (var email in new[] { Resident, NetworkMember, OtherCoordinator })
        {
            using var client = await SignedInAsync(factory, email);
            var token = (await client.GetAsync("/propositions/nouvelle")).AntiforgeryToken ?? (await client.GetAsync("/compte/profil")).AntiforgeryToken;
            Assert.NotNull(token);
            foreach (var url in new[] { Journal, NewEntry, Journal + "?handler=Export", Referential, "/coordination/alpes-d-azur/diagnostics", "/coordination/alpes-d-azur/diagnostics/fiche" })
                Assert.True(IsRefused(await client.GetAsync(url)), $"{email} reached {url}");
            Assert.True(IsRefused(await client.PostAsync(NewEntry, await EntryAsync(CooperationKind.Expertise, "PMI", "Forgée"), token)), $"{email} posted an entry");
            Assert.True(IsRefused(await client.PostAsync(Referential + "?handler=Texte&ligne=T2-3.2-e", new Dictionary<string, string> { ["texte"] = "Forgé par " + email }, token)));
            Assert.True(IsRefused(await client.GetAsync("/coordination/administration/natures")));
        }
        Assert.Equal(before, await EntriesAsync());
        Assert.False(await QueryAsync(factory, db => db.Set<ReferentialNote>().AnyAsync(n => n.Text.StartsWith("Forgé par"))));
    }

    [Fact]
    public async Task A_caf_advisor_reads_the_journal_and_the_referential_but_writes_nothing()
    {
        using var advisor = await SignedInAsync(factory, CafAdvisor);
        var before = await EntriesAsync();

        var journal = await advisor.GetAsync(Journal);
        var table = await advisor.GetAsync(Referential);

        Assert.Equal(HttpStatusCode.OK, journal.Status);
        Assert.DoesNotContain("Consigner une action", journal.Html);
        Assert.Equal(HttpStatusCode.OK, table.Status);
        Assert.DoesNotContain("Enregistrer l'appréciation", table.Html);
        Assert.True(IsRefused(await advisor.GetAsync(NewEntry)));
        Assert.True(IsRefused(await advisor.PostAsync(NewEntry, await EntryAsync(CooperationKind.Expertise, "PMI", "Par un conseiller"), journal.AntiforgeryToken)));
        Assert.True(IsRefused(await advisor.PostAsync(Referential + "?handler=Texte&ligne=T2-3.2-e", new Dictionary<string, string> { ["texte"] = "Texte d'un conseiller" }, journal.AntiforgeryToken)));
        var entry = await QueryAsync(factory, db => db.Set<CooperationEntry>().Where(e => e.Convention!.Slug == "alpes-d-azur").Select(e => e.Id).FirstAsync());
        Assert.True(IsRefused(await advisor.PostAsync($"{Journal}?handler=Supprimer&id={entry}", new Dictionary<string, string>(), journal.AntiforgeryToken)));
        Assert.Equal(before, await EntriesAsync());
    }

    [Fact]
    public async Task The_meeting_page_offers_an_expertise_entry_prefilled_with_the_meeting_and_returns_to_it()
    {
        using var coordinator = await SignedInAsync(factory, Coordinator);
        var meeting = await QueryAsync(factory, db => db.Meetings.Where(m => m.Convention!.Slug == "alpes-d-azur").OrderBy(m => m.StartsAt).Select(m => m.Id).FirstAsync());
        var meetingPage = $"/coordination/alpes-d-azur/instances/{meeting}";
        var link = $"{NewEntry}?type=Expertise&amp;reunion={meeting}&amp;depuis={meetingPage}";
        Assert.Contains(link, (await coordinator.GetAsync(meetingPage)).Html);

        var url = WebUtility.HtmlDecode(link);
        var form = await coordinator.GetAsync(url);
        Assert.Contains($"<option value=\"{meeting}\" selected", form.Html);
        var fields = await EntryAsync(CooperationKind.Expertise, "DDETS", "Lors de la réunion");
        fields["Input.MeetingId"] = meeting.ToString();
        fields["depuis"] = meetingPage;
        var saved = await coordinator.PostAsync(url, fields, form.AntiforgeryToken);

        Assert.True(saved.IsRedirect, saved.ErrorText);
        Assert.Equal(meetingPage, saved.Location);
        Assert.True(await QueryAsync(factory, db => db.Set<CooperationEntry>().AnyAsync(e => e.MeetingId == meeting && e.Note == "Lors de la réunion")));
    }

    [Fact]
    public async Task A_qualitative_text_is_kept_dated_per_line_and_year()
    {
        using var coordinator = await SignedInAsync(factory, Coordinator);
        var year = DateTime.UtcNow.Year;
        var text = "Les partenaires disent mieux connaître la Caf " + Guid.NewGuid().ToString("N")[..6];

        var empty = await coordinator.SubmitAsync(Referential, new Dictionary<string, string> { ["texte"] = " " }, handler: $"Texte&annee={year}&ligne=T2-4.2-e");
        var saved = await coordinator.SubmitAsync(Referential, new Dictionary<string, string> { ["texte"] = text }, handler: $"Texte&annee={year}&ligne=T2-4.2-e");
        var bogus = await coordinator.SubmitAsync(Referential, new Dictionary<string, string> { ["texte"] = text }, handler: $"Texte&annee={year}&ligne=T9-9");

        Assert.Contains("Rédigez l'appréciation", empty.FieldError("texte-T2-4.2-e"));
        Assert.True(saved.IsRedirect, saved.ErrorText);
        Assert.Equal(HttpStatusCode.BadRequest, bogus.Status);
        var page = PageText(await coordinator.GetAsync($"{Referential}?annee={year}"));
        Assert.Contains(text, page);
        Assert.Contains("Appréciation du ", page);
    }

    [Fact]
    public void Every_line_of_tableau_2_and_fiche_17_has_an_indicator_except_the_barometers_and_by_nature_lines_have_breakdowns()
    {
        using var scope = factory.Services.CreateScope();
        var catalogue = scope.ServiceProvider.GetRequiredService<IndicatorCatalogue>();
        var measured = catalogue.Definitions.Select(d => d.ReferentialLine).ToHashSet();
        string[] barometers = ["T2-3.2-e", "T2-4.2-e", "FA17-5"];

        var missing = Tableau2.Lines.Select(l => l.Code).Where(c => !measured.Contains(c) && !barometers.Contains(c)).ToList();

        Assert.Empty(missing);
        Assert.All(catalogue.Definitions.Where(d => d.ReferentialLine is not null), d => Assert.NotNull(Tableau2.FindLine(d.ReferentialLine!)));
    }

    [Fact]
    public async Task Every_by_nature_line_computes_a_breakdown_for_the_demo_ctg()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var catalogue = scope.ServiceProvider.GetRequiredService<IndicatorCatalogue>();
        var ctg = await QueryAsync(factory, db => db.Conventions.Where(c => c.Slug == "alpes-d-azur").Select(c => c.Id).SingleAsync());
        var year = DateTime.UtcNow.Year;

        var values = await catalogue.ComputeAsync(new IndicatorScope(ctg, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)));

        foreach (var line in Tableau2.Lines.Where(l => l.ByNature))
        {
            var figures = values.Where(v => v.Definition.ReferentialLine == line.Code).ToList();
            Assert.True(figures.Count > 0, $"no figure for {line.Code}");
            Assert.True(figures.Any(f => f.Value.Breakdown is not null), $"no breakdown for {line.Code}");
        }
        Assert.True(values.Single(v => v.Definition.Code == "journal.expertises").Value.Value > 0, "demo journal entries are counted");
    }
}
