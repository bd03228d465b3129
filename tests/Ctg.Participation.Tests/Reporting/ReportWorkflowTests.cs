using System.Text.Json;
using Ctg.Participation.Accounts;
using Ctg.Participation.Common;
using Ctg.Participation.Conventions;
using Ctg.Participation.Data;
using Ctg.Participation.Governance;
using Ctg.Participation.Indicators;
using Ctg.Participation.Notifications;
using Ctg.Participation.Proposals;
using Ctg.Participation.Reporting;
using Ctg.Participation.Tests.Support;
using Ctg.Participation.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ctg.Participation.Tests.Reporting;

public sealed class ReportWorkflowTests
{
    private const int Year = 2026;

    private sealed record Context(ReportWorkflow Workflow, AnnualReports Reports, ConventionSummary Convention, Actor Coordinator,
        Actor OtherCoordinator, Actor Advisor, Actor Administrator, PortalDbContext Db);

    private static async Task<Context> ContextAsync(IServiceProvider sp, TestDatabase database, params IIndicator[] indicators)
    {
        var db = sp.GetRequiredService<PortalDbContext>();
        var reports = new AnnualReports(db, new IndicatorCatalogue(indicators), [new GovernanceHighlights(db, database.Clock)], database.Clock);
        var workflow = new ReportWorkflow(db, new ConventionAccess(db), reports, new PortalHtmlSanitizer(),
            new NotificationCentre(db, database.Mail, Options.Create(new NotificationOptions()), database.Clock), database.Clock);
        var convention = await db.Conventions.Where(c => c.Slug == "alpes-d-azur").Select(ConventionSummary.Projection).SingleAsync();
        async Task<Actor> Actor(string email, string role) =>
            new(await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(), [role]);
        return new Context(workflow, reports, convention,
            await Actor("coordination.alpes-d-azur@ctg-demo.test", PortalRoles.Coordinator),
            await Actor("coordination.pays-de-grasse@ctg-demo.test", PortalRoles.Coordinator),
            await Actor("conseiller.caf@ctg-demo.test", PortalRoles.CafAdvisor),
            await Actor("admin@ctg-demo.test", PortalRoles.Administrator), db);
    }

    [Fact]
    public async Task Transmitting_freezes_the_values_the_texts_and_the_pdf_and_nothing_can_be_edited_afterwards()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.RunAsync(async sp =>
        {
            var c = await ContextAsync(sp, database, new FixedIndicator("test.expertises", "T2-1.1-b", 3));
            Assert.True((await c.Workflow.SaveTextAsync(c.Convention, Year, c.Coordinator, "1", "<p>Trois expertises mobilisées.</p><script>x()</script>")).Done);
            Assert.True((await c.Workflow.SaveTextAsync(c.Convention, Year, c.Coordinator, null, "<p>Synthèse de l'année.</p>")).Done);

            var sent = await c.Workflow.TransmitAsync(c.Convention, Year, c.Coordinator, null);

            Assert.True(sent.Done, sent.Error);
            var situation = await c.Workflow.SituationAsync(c.Convention.Id, Year);
            Assert.Equal(ReportState.Transmitted, situation.State);
            Assert.Equal(ReportStatus.Transmis, situation.Status);
            var (view, pdf) = (await c.Workflow.VersionAsync(c.Convention.Id, Year, 1))!.Value;
            Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
            Assert.Equal(1, view.Version);
            Assert.Equal(database.Clock.GetUtcNow(), view.TransmittedAt);
            Assert.Equal("<p>Trois expertises mobilisées.</p>", view.Objectives[0].Text.Html);
            Assert.Equal("<p>Synthèse de l'année.</p>", view.Synthesis.Html);
            var line = view.Objectives[0].Functions[0].Lines.Single(l => l.Code == "T2-1.1-b");
            Assert.Equal(3m, line.Indicators.Single().Value.Value);
            Assert.Equal(["PMI", "Juriste"], line.Indicators.Single().Value.Breakdown!.Select(b => b.Nature));

            var edit = await c.Workflow.SaveTextAsync(c.Convention, Year, c.Coordinator, "1", "<p>Changé après coup.</p>");
            Assert.False(edit.Done);
            Assert.Equal("Ce bilan est transmis à la Caf : il ne peut plus être modifié.", edit.Error);
            var again = await c.Workflow.TransmitAsync(c.Convention, Year, c.Coordinator, null);
            Assert.Equal("Ce bilan est déjà transmis à la Caf.", again.Error);
            Assert.Equal(1, await c.Db.ReportSubmissions.CountAsync());
            Assert.DoesNotContain("Changé", await c.Db.AnnualReportTexts.Select(t => t.TextHtml).SingleAsync());
            // The Caf advisors hear of it in their notification centre.
            Assert.True(await c.Db.Notifications.AnyAsync(n => n.UserId == c.Advisor.UserId && n.Link == "/coordination/alpes-d-azur/bilan/2026"));
        });
    }

    [Fact]
    public async Task Only_the_ctgs_coordinators_transmit_and_only_caf_advisors_acknowledge_or_return()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.RunAsync(async sp =>
        {
            var c = await ContextAsync(sp, database);
            foreach (var stranger in new[] { c.OtherCoordinator, c.Advisor, c.Administrator })
                Assert.True((await c.Workflow.TransmitAsync(c.Convention, Year, stranger, null)).Forbidden);
            Assert.True((await c.Workflow.SaveTextAsync(c.Convention, Year, c.OtherCoordinator, "1", "<p>Intrus</p>")).Forbidden);
            Assert.True((await c.Workflow.SaveTextAsync(c.Convention, Year, c.Advisor, "1", "<p>Intrus</p>")).Forbidden);
            Assert.False(await c.Db.ReportSubmissions.AnyAsync());

            Assert.True((await c.Workflow.TransmitAsync(c.Convention, Year, c.Coordinator, null)).Done);
            foreach (var stranger in new[] { c.Coordinator, c.OtherCoordinator, c.Administrator })
            {
                Assert.True((await c.Workflow.ReviewAsync(c.Convention, Year, stranger, acknowledge: true, null)).Forbidden);
                Assert.True((await c.Workflow.ReviewAsync(c.Convention, Year, stranger, acknowledge: false, "Compléter l'objectif 2")).Forbidden);
            }
            Assert.Equal(ReportState.Transmitted, (await c.Workflow.SituationAsync(c.Convention.Id, Year)).State);
        });
    }

    [Fact]
    public async Task A_returned_report_is_completed_answered_and_sent_again_and_every_step_is_kept_with_its_date()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.RunAsync(async sp =>
        {
            var c = await ContextAsync(sp, database);
            Assert.True((await c.Workflow.TransmitAsync(c.Convention, Year, c.Coordinator, null)).Done);
            database.Clock.Advance(TimeSpan.FromDays(2));

            var bare = await c.Workflow.ReviewAsync(c.Convention, Year, c.Advisor, acknowledge: false, "  ");
            Assert.Equal(("commentaire", "Dites ce qu'il faut compléter (5 caractères au moins)."), (bare.Field, bare.Error));
            Assert.True((await c.Workflow.ReviewAsync(c.Convention, Year, c.Advisor, acknowledge: false, "Précisez les expertises de l'objectif 1.")).Done);
            var returned = await c.Workflow.SituationAsync(c.Convention.Id, Year);
            Assert.Equal(ReportStatus.ACompleter, returned.Status);
            Assert.Equal("Précisez les expertises de l'objectif 1.", returned.LastReturnComment);

            // Returned: the drafts open again, and a new transmission needs an answer.
            Assert.True((await c.Workflow.SaveTextAsync(c.Convention, Year, c.Coordinator, "1", "<p>PMI et juriste mobilisés.</p>")).Done);
            var unanswered = await c.Workflow.TransmitAsync(c.Convention, Year, c.Coordinator, "");
            Assert.Equal("reponse", unanswered.Field);
            database.Clock.Advance(TimeSpan.FromDays(1));
            Assert.True((await c.Workflow.TransmitAsync(c.Convention, Year, c.Coordinator, "Expertises précisées dans l'objectif 1.")).Done);
            database.Clock.Advance(TimeSpan.FromDays(1));
            Assert.True((await c.Workflow.ReviewAsync(c.Convention, Year, c.Advisor, acknowledge: true, null)).Done);

            var final = await c.Workflow.SituationAsync(c.Convention.Id, Year);
            Assert.Equal(ReportStatus.AccuseReception, final.Status);
            Assert.Equal(
                [ReportWorkflow.StepKind.Transmitted, ReportWorkflow.StepKind.Returned, ReportWorkflow.StepKind.Transmitted, ReportWorkflow.StepKind.Acknowledged],
                final.History.Select(s => s.Kind));
            Assert.Equal([1, 1, 2, 2], final.History.Select(s => s.Version));
            Assert.Equal(final.History.Select(s => s.At).Order(), final.History.Select(s => s.At));
            Assert.Equal("Expertises précisées dans l'objectif 1.", final.History[2].Text);
            Assert.Equal("Julien M. (Caf 06)", final.History[3].By);
            // Version 1 keeps the text as first sent; version 2 has the completed one.
            Assert.Equal("", (await c.Workflow.VersionAsync(c.Convention.Id, Year, 1))!.Value.View.Objectives[0].Text.Html);
            Assert.Equal("<p>PMI et juriste mobilisés.</p>", (await c.Workflow.VersionAsync(c.Convention.Id, Year, 2))!.Value.View.Objectives[0].Text.Html);
            Assert.True((await c.Workflow.SaveTextAsync(c.Convention, Year, c.Coordinator, "1", "<p>Trop tard</p>")).Error is not null);
            Assert.False((await c.Workflow.ReviewAsync(c.Convention, Year, c.Advisor, acknowledge: false, "Encore une remarque")).Done);
        });
    }

    [Fact]
    public async Task Indicators_appear_on_their_referential_line_or_under_the_function_their_objective_names()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.RunAsync(async sp =>
        {
            var c = await ContextAsync(sp, database,
                new FixedIndicator("test.relais", "T2-3.1-a", 2), new FixedIndicator("test.fa17", "FA17-3", 5),
                new FixedIndicator("test.sans-ligne", null, 7, objective: "4.1"), new FixedIndicator("test.ailleurs", null, 1, objective: "9.9"));

            var view = await c.Reports.BuildAsync(c.Convention, Year);

            var f31 = view.Objectives.Single(o => o.Number == "3").Functions.Single(f => f.Number == "3.1");
            Assert.Equal("test.relais", f31.Lines.Single(l => l.Code == "T2-3.1-a").Indicators.Single().Definition.Code);
            Assert.Empty(f31.Lines.Single(l => l.Code == "T2-3.1-e").Indicators);
            Assert.Equal("test.fa17", view.Fiche17.Single(l => l.Code == "FA17-3").Indicators.Single().Definition.Code);
            Assert.Equal("test.sans-ligne", view.Objectives[3].Functions.Single(f => f.Number == "4.1").Others.Single().Definition.Code);
            Assert.Equal("test.ailleurs", view.OtherIndicators.Single().Definition.Code);
            Assert.Equal(4, view.Indicators().Count);
            // A view survives the round trip through the snapshot unchanged.
            var copy = JsonSerializer.Deserialize<AnnualReportView>(JsonSerializer.Serialize(view, ReportWorkflow.Json), ReportWorkflow.Json)!;
            Assert.Equal(JsonSerializer.Serialize(view, ReportWorkflow.Json), JsonSerializer.Serialize(copy, ReportWorkflow.Json));
        });
    }

    [Theory]
    [InlineData("2027-01-31T22:59:00Z", ReportState.Draft, ReportStatus.Brouillon)]
    [InlineData("2027-01-31T23:00:00Z", ReportState.Draft, ReportStatus.EnRetard)]
    [InlineData("2027-03-01T00:00:00Z", ReportState.Returned, ReportStatus.ACompleter)]
    [InlineData("2027-03-01T00:00:00Z", ReportState.Transmitted, ReportStatus.Transmis)]
    [InlineData("2027-03-01T00:00:00Z", ReportState.Acknowledged, ReportStatus.AccuseReception)]
    public void A_report_never_sent_is_late_from_the_first_of_february_paris_time(string now, ReportState state, ReportStatus expected) =>
        Assert.Equal(expected, ReportStatuses.Of(state, 2026, DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>An indicator with a fixed value and a breakdown, placed where the test says.</summary>
    private sealed class FixedIndicator(string code, string? line, decimal value, string objective = "1.1") : IIndicator
    {
        public IndicatorDefinition Definition { get; } = new(code, "Indicateur " + code, objective, "Test", "Valeur fixe.", IndicatorUnit.Count) { ReferentialLine = line };

        public Task<IndicatorValue> ComputeAsync(IndicatorScope scope, CancellationToken ct = default) =>
            Task.FromResult(new IndicatorValue(value) { Breakdown = [new("PMI", value - 1), new("Juriste", 1)] });
    }
}
