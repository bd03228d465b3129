using Ctg.Participation.Browser.Tests.Infrastructure;
using Ctg.Participation.Data;
using Ctg.Participation.Demo;
using Ctg.Participation.Governance;
using Ctg.Participation.Proposals;
using Ctg.Participation.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Ctg.Participation.Browser.Tests.Shell;

public sealed class HomePageTests(LivedInBrowserPortal portal) : IClassFixture<LivedInBrowserPortal>
{
    [Fact]
    public async Task The_home_shows_an_open_survey_the_latest_proposal_and_the_next_public_meeting_of_the_demo()
    {
        string latestProposal, nextMeeting, soonestSurvey;
        using (var scope = portal.Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            latestProposal = await db.Proposals.Where(p => p.PublishedAt != null && p.WithdrawnAt == null && p.Moderation == ModerationState.Visible)
                .OrderByDescending(p => p.Id).Select(p => p.Title).FirstAsync();
            var now = DateTimeOffset.UtcNow;
            // The home lists the open surveys that close first: the demo's soonest one is there whatever else is open.
            soonestSurvey = (await db.Surveys.Where(s => s.Status == SurveyStatus.Published).ToListAsync())
                .Where(s => s.OpensAt <= now && s.ClosesAt > now && (s.ClosedAt == null || s.ClosedAt > now))
                .OrderBy(s => s.ClosesAt).ThenBy(s => s.Id).First().Title;
            nextMeeting = (await db.Meetings.Where(m => m.Kind == MeetingKind.ReunionPublique).ToListAsync())
                .Where(m => m.StartsAt >= now).OrderBy(m => m.StartsAt).First().Title;
        }

        var page = await portal.NewPageAsync();
        await page.GotoAsync("/");
        var surveys = page.Locator("section", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Enquêtes ouvertes" }) });
        await Assertions.Expect(surveys.GetByRole(AriaRole.Link, new() { Name = soonestSurvey })).ToBeVisibleAsync();
        await Assertions.Expect(surveys).ToContainTextAsync("Ouverte jusqu'au");
        var proposals = page.Locator("section", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Dernières propositions" }) });
        await Assertions.Expect(proposals.GetByRole(AriaRole.Link, new() { Name = latestProposal })).ToBeVisibleAsync();
        var meetings = page.Locator("section", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Prochaines réunions publiques" }) });
        await Assertions.Expect(meetings).ToContainTextAsync(nextMeeting);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Participer en Alpes-Maritimes");
        await page.AssertAccessibleAsync();

        // The home of one CTG keeps its own news and meetings, and the header's chooser names that CTG.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Choisir le territoire de l'accueil" })
            .GetByRole(AriaRole.Link, new() { Name = "Communauté de communes Alpes d'Azur" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Communauté de communes Alpes d'Azur");
        await Assertions.Expect(page.Locator("#choix-ctg option:checked")).ToHaveTextAsync("Communauté de communes Alpes d'Azur");
        await Assertions.Expect(meetings).ToContainTextAsync("Réunion publique : parents, parlons-en");
        await Assertions.Expect(meetings).Not.ToContainTextAsync("Pays de Grasse");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task On_a_phone_the_menu_opens_without_javascript_and_the_chooser_shows_the_current_ctg()
    {
        var context = await portal.NewPageAsync(width: 320);
        var page = context;
        await page.Context.RouteAsync("**/*.js", route => route.AbortAsync());
        await page.GotoAsync("/ctg/alpes-d-azur");
        var menu = page.GetByText("Menu", new() { Exact = true });
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Propositions", Exact = true })).ToBeHiddenAsync();
        await menu.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Propositions", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#choix-ctg option:checked")).ToHaveTextAsync("Communauté de communes Alpes d'Azur");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task A_wide_window_made_narrow_folds_its_menu_again_instead_of_covering_the_page()
    {
        // A tablet turned from landscape to portrait: the menu, always shown when wide, must not stay open over the page.
        var page = await portal.NewPageAsync(width: 1366);
        await page.GotoAsync("/propositions");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Enquêtes", Exact = true })).ToBeVisibleAsync();
        await page.SetViewportSizeAsync(390, 844);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Enquêtes", Exact = true })).ToBeHiddenAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Déposer une proposition" }).ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/propositions$"));

        // Back to a wide window, the menu is shown again.
        await page.SetViewportSizeAsync(1366, 900);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Enquêtes", Exact = true })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task On_a_phone_the_proposal_filters_fold_until_the_address_puts_one_in_use()
    {
        // The sort and page-size selects always have a value: the filters must still fold on a first visit, so that
        // the proposals are on the first screen.
        var page = await portal.NewPageAsync(width: 390);
        await page.GotoAsync("/propositions");
        await Assertions.Expect(page.Locator("details.repli-filtres")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByLabel("Rechercher")).ToBeHiddenAsync();
        await page.GetByText("Filtrer", new() { Exact = true }).First.ClickAsync();
        await Assertions.Expect(page.GetByLabel("Rechercher")).ToBeVisibleAsync();

        await page.GotoAsync("/propositions?ctg=alpes-d-azur");
        await Assertions.Expect(page.GetByLabel("CTG", new() { Exact = true })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
    }
}
