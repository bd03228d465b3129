using Ctg.Participation.Data;
using Ctg.Participation.Indicators;
using Ctg.Participation.Indicators.Participation;
using Ctg.Participation.Initiatives;
using Ctg.Participation.Initiatives.Indicators;
using Ctg.Participation.Proposals;
using Ctg.Participation.Proposals.Indicators;
using Ctg.Participation.Routing;
using Ctg.Participation.Routing.Indicators;
using Ctg.Participation.Tests.Support;
using Ctg.Participation.Walls.Indicators;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Ctg.Participation.Tests.Indicators.IndicatorData;

namespace Ctg.Participation.Tests.Indicators;

/// <summary>Each indicator on hand-made data whose expected figure is counted by hand in the test.</summary>
public sealed class ParticipationIndicatorsTests
{
    private static async Task WithDataAsync(Func<PortalDbContext, IndicatorData, Task> test)
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<PortalDbContext>();
            await test(db, await LoadAsync(db));
        });
    }

    private static async Task<decimal?> ValueAsync(IIndicator indicator, IndicatorScope scope) => (await indicator.ComputeAsync(scope)).Value;

    [Fact]
    public async Task Proposals_by_status_count_the_published_not_withdrawn_proposals_of_the_period_ctg_axis_and_commune()
    {
        await WithDataAsync(async (db, data) =>
        {
            await data.ProposalAsync(InPeriod);
            await data.ProposalAsync(InPeriod, commune: data.Beuil, axis: data.YouthAxis);
            await data.ProposalAsync(InPeriod, ProposalStatus.Retenue);
            await data.ProposalAsync(InPeriod, withdrawn: true);           // withdrawn: not counted
            await data.ProposalAsync(publishedAt: null);                  // draft: not counted
            await data.ProposalAsync(BeforePeriod);                       // before: not counted
            await data.ProposalAsync(AfterPeriod);                        // after: not counted
            await data.ProposalAsync(InPeriod, ctg: data.OtherCtg);       // another CTG: not counted

            Assert.Equal(2, await ValueAsync(new ProposalsSubmittedIndicator(db), data.Scope));
            Assert.Equal(1, await ValueAsync(new ProposalsKeptIndicator(db), data.Scope));
            Assert.Equal(0, await ValueAsync(new ProposalsNotKeptIndicator(db), data.Scope));
            Assert.Equal(1, await ValueAsync(new ProposalsSubmittedIndicator(db), data.Scope with { AxisId = data.YouthAxis }));
            Assert.Equal(1, await ValueAsync(new ProposalsSubmittedIndicator(db), data.Scope with { MunicipalityId = data.PugetTheniers }));
            // Whole department over 2025-2026: the two of the CTG, plus the one before, the one after and the other CTG's.
            Assert.Equal(5, await ValueAsync(new ProposalsSubmittedIndicator(db), data.Scope with { ConventionId = null, From = new DateOnly(2025, 1, 1), To = new DateOnly(2026, 12, 31) }));
        });
    }

    [Fact]
    public async Task The_answered_share_is_the_percentage_of_kept_not_kept_or_carried_out_proposals_of_the_period()
    {
        await WithDataAsync(async (db, data) =>
        {
            var indicator = new ProposalsAnsweredShareIndicator(db);
            Assert.Null(await ValueAsync(indicator, data.Scope));

            await data.ProposalAsync(InPeriod, ProposalStatus.Retenue);
            await data.ProposalAsync(InPeriod, ProposalStatus.NonRetenue);
            await data.ProposalAsync(InPeriod, ProposalStatus.Realisee);
            await data.ProposalAsync(InPeriod, ProposalStatus.AEtude);
            await data.ProposalAsync(InPeriod, ProposalStatus.Orientee);
            await data.ProposalAsync(InPeriod, ProposalStatus.Retenue, withdrawn: true);
            await data.ProposalAsync(BeforePeriod, ProposalStatus.Retenue);

            var value = await indicator.ComputeAsync(data.Scope);
            Assert.Equal(60m, value.Value);
            Assert.Equal("3 sur 5", value.Detail);
        });
    }

    [Fact]
    public async Task The_median_answer_time_is_the_middle_duration_of_the_decisions_taken_in_the_period()
    {
        await WithDataAsync(async (db, data) =>
        {
            var indicator = new ProposalMedianAnswerDaysIndicator(db);
            Assert.Null(await ValueAsync(indicator, data.Scope));

            await data.DecideAsync(await data.ProposalAsync(InPeriod), 10);
            await data.DecideAsync(await data.ProposalAsync(InPeriod), 2, ProposalStatus.NonRetenue);
            await data.DecideAsync(await data.ProposalAsync(InPeriod), 4);
            await data.DecideAsync(await data.ProposalAsync(InPeriod.AddDays(100)), 200);          // decided after the period
            await data.DecideAsync(await data.ProposalAsync(InPeriod, ctg: data.OtherCtg), 1);   // another CTG
            Assert.Equal(4m, await ValueAsync(indicator, data.Scope));

            await data.DecideAsync(await data.ProposalAsync(InPeriod), 20);
            Assert.Equal(7m, await ValueAsync(indicator, data.Scope)); // (4 + 10) / 2
        });
    }

    [Fact]
    public async Task Initiatives_identified_are_those_validated_in_the_period_and_routed_ones_count_once_whatever_the_groups()
    {
        await WithDataAsync(async (db, data) =>
        {
            var routedTwice = await data.InitiativeAsync(InPeriod, InitiativeStatus.Validated);
            var notRouted = await data.InitiativeAsync(InPeriod, InitiativeStatus.Validated, axis: data.YouthAxis);
            await data.InitiativeAsync(InPeriod, InitiativeStatus.Refused);
            await data.InitiativeAsync(InPeriod, InitiativeStatus.AwaitingReview);
            var validatedBefore = await data.InitiativeAsync(BeforePeriod, InitiativeStatus.Validated);
            await data.InitiativeAsync(InPeriod, InitiativeStatus.Validated, ctg: data.OtherCtg);
            await data.RouteAsync(ContributionKind.Initiative, routedTwice.Id, InPeriod);
            await data.RouteAsync(ContributionKind.Initiative, routedTwice.Id, InPeriod.AddDays(1));
            await data.RouteAsync(ContributionKind.Initiative, validatedBefore.Id, AfterPeriod);

            Assert.Equal(2, await ValueAsync(new InitiativesIdentifiedIndicator(db), data.Scope));
            Assert.Equal(1, await ValueAsync(new InitiativesIdentifiedIndicator(db), data.Scope with { AxisId = data.YouthAxis }));
            Assert.Equal(1, await ValueAsync(new InitiativesRoutedIndicator(db), data.Scope));
            Assert.Equal(0, await ValueAsync(new InitiativesRoutedIndicator(db), data.Scope with { AxisId = data.YouthAxis }));
            Assert.Equal(0, await ValueAsync(new InitiativesRoutedIndicator(db), data.Scope with { MunicipalityId = data.Beuil }));
            _ = notRouted;
        });
    }

    [Fact]
    public async Task Projects_mobilising_residents_are_contributions_a_working_group_answered_in_the_period()
    {
        await WithDataAsync(async (db, data) =>
        {
            var proposal = await data.ProposalAsync(InPeriod, ProposalStatus.Orientee);
            var initiative = await data.InitiativeAsync(InPeriod, InitiativeStatus.Validated);
            var onlyRouted = await data.ProposalAsync(InPeriod, ProposalStatus.Orientee);
            var answeredLater = await data.InitiativeAsync(InPeriod, InitiativeStatus.Validated);
            await data.RouteAsync(ContributionKind.Proposal, proposal.Id, InPeriod, answeredAt: InPeriod.AddDays(3));
            await data.RouteAsync(ContributionKind.Proposal, proposal.Id, InPeriod, answeredAt: InPeriod.AddDays(5)); // second group: same project
            await data.RouteAsync(ContributionKind.Initiative, initiative.Id, InPeriod, answeredAt: InPeriod.AddDays(8));
            await data.RouteAsync(ContributionKind.Proposal, onlyRouted.Id, InPeriod);
            await data.RouteAsync(ContributionKind.Initiative, answeredLater.Id, InPeriod, answeredAt: AfterPeriod);

            var value = await new ProjectsMobilisingResidentsIndicator(db).ComputeAsync(data.Scope);
            Assert.Equal(2, value.Value);
            Assert.Equal("1 proposition, 1 initiative", value.Detail);
        });
    }

    [Fact]
    public async Task Copil_alerts_are_counted_when_raised_and_when_closed_in_the_period_for_the_ctg_only()
    {
        await WithDataAsync(async (db, data) =>
        {
            await data.AlertAsync(InPeriod);
            await data.AlertAsync(InPeriod, closedAt: InPeriod.AddDays(10));
            await data.AlertAsync(BeforePeriod, closedAt: InPeriod);
            await data.AlertAsync(BeforePeriod, closedAt: AfterPeriod);
            await data.AlertAsync(InPeriod, closedAt: InPeriod, ctg: data.OtherCtg);

            Assert.Equal(2, await ValueAsync(new CopilAlertsRaisedIndicator(db), data.Scope));
            Assert.Equal(2, await ValueAsync(new CopilAlertsClosedIndicator(db), data.Scope));
            Assert.Equal(3, await ValueAsync(new CopilAlertsRaisedIndicator(db), data.Scope with { ConventionId = null }));
            // An alert has no commune: the filter does not change the figure.
            Assert.Equal(2, await ValueAsync(new CopilAlertsRaisedIndicator(db), data.Scope with { MunicipalityId = data.Beuil }));
        });
    }

    [Fact]
    public async Task Wall_activity_counts_cards_created_in_the_period_and_their_distinct_authors()
    {
        await WithDataAsync(async (db, data) =>
        {
            var (ana, ben) = (await data.UserAsync("ana"), await data.UserAsync("ben"));
            var wall = await data.WallAsync();
            await data.CardAsync(wall, ana, InPeriod);
            await data.CardAsync(wall, ana, InPeriod.AddDays(1));
            await data.CardAsync(wall, ben, InPeriod);
            await data.CardAsync(wall, ben, InPeriod, deleted: true);
            await data.CardAsync(wall, ben, AfterPeriod);
            var otherWall = await data.WallAsync(await db.ThematicNetworks.Where(n => n.ConventionId == data.OtherCtg).Select(n => n.Id).FirstAsync());
            await data.CardAsync(otherWall, ana, InPeriod);

            Assert.Equal(3, await ValueAsync(new WallCardsCreatedIndicator(db), data.Scope));
            Assert.Equal(2, await ValueAsync(new WallContributorsIndicator(db), data.Scope));
            Assert.Equal(3, await ValueAsync(new WallCardsCreatedIndicator(db), data.Scope with { AxisId = data.NetworkAxis }));
            var otherAxis = await db.Axes.Where(a => a.ConventionId == data.Ctg && a.Id != data.NetworkAxis).Select(a => a.Id).FirstAsync();
            Assert.Equal(0, await ValueAsync(new WallCardsCreatedIndicator(db), data.Scope with { AxisId = otherAxis }));
            Assert.True(new WallContributorsIndicator(db).Definition.CountsPeople);
        });
    }

    [Fact]
    public async Task Distinct_participants_count_each_account_once_across_proposals_comments_supports_and_initiatives()
    {
        await WithDataAsync(async (db, data) =>
        {
            var (ana, ben, chloe, dan, eve) = (await data.UserAsync("ana"), await data.UserAsync("ben"), await data.UserAsync("chloe"), await data.UserAsync("dan"), await data.UserAsync("eve"));
            var proposal = await data.ProposalAsync(InPeriod, author: ana);
            await data.CommentAsync(proposal, ana, InPeriod);              // ana again: still one person
            await data.SupportAsync(proposal, ben, InPeriod);
            await data.InitiativeAsync(InPeriod, InitiativeStatus.AwaitingReview, author: chloe, commune: data.Beuil);
            await data.CommentAsync(proposal, dan, AfterPeriod);           // after the period
            var elsewhere = await data.ProposalAsync(InPeriod, author: eve, ctg: data.OtherCtg); // another CTG
            await data.SupportAsync(elsewhere, ana, InPeriod);
            await data.ProposalAsync(InPeriod);                            // assisted entry: no account

            var participants = new DistinctParticipantsIndicator(db);
            Assert.Equal(3, await ValueAsync(participants, data.Scope));
            Assert.Equal(2, await ValueAsync(participants, data.Scope with { MunicipalityId = data.PugetTheniers }));
            Assert.Equal(1, await ValueAsync(participants, data.Scope with { MunicipalityId = data.Beuil }));
            Assert.Equal(4, await ValueAsync(participants, data.Scope with { ConventionId = null }));
            Assert.True(participants.Definition.CountsPeople);

            var population = await db.Municipalities.Where(m => m.ConventionId == data.Ctg).SumAsync(m => m.Population);
            var rate = await new ParticipantsPerThousandIndicator(db).ComputeAsync(data.Scope);
            Assert.Equal(Math.Round(3000m / population, 2), rate.Value);
            Assert.Equal(3, rate.PeopleBasis);
            var inBeuil = await new ParticipantsPerThousandIndicator(db).ComputeAsync(data.Scope with { MunicipalityId = data.Beuil });
            Assert.Equal(Math.Round(1000m / 550, 2), inBeuil.Value);
        });
    }

    [Fact]
    public async Task Participants_per_commune_count_each_account_once_per_commune_and_are_masked_when_public()
    {
        await WithDataAsync(async (db, data) =>
        {
            var (ana, ben, chloe) = (await data.UserAsync("ana"), await data.UserAsync("ben"), await data.UserAsync("chloe"));
            var inPuget = await data.ProposalAsync(InPeriod, author: ana);
            await data.CommentAsync(inPuget, ana, InPeriod);
            await data.SupportAsync(inPuget, ben, InPeriod);
            await data.InitiativeAsync(InPeriod, InitiativeStatus.Validated, author: ana, commune: data.Beuil);
            await data.ProposalAsync(AfterPeriod, author: chloe, commune: data.Beuil);

            var byCommune = new ParticipantsByMunicipality(db, Secrecy());
            var full = await byCommune.ComputeAsync(data.Scope, isPublic: false);
            Assert.Equal(await db.Municipalities.CountAsync(m => m.ConventionId == data.Ctg), full.Count);
            var puget = full.Single(l => l.InseeCode == "06099");
            Assert.Equal((2, Math.Round(2000m / 1950, 2)), (puget.Participants, puget.PerThousand));
            Assert.Equal(1, full.Single(l => l.InseeCode == "06016").Participants);
            Assert.Equal(0, full.Single(l => l.InseeCode == "06053").Participants);

            var pub = await byCommune.ComputeAsync(data.Scope, isPublic: true);
            Assert.Equal((null, "moins de 11", null, "moins de 11"), (pub.Single(l => l.InseeCode == "06099") is var p ? (p.Participants, p.ParticipantsText, p.PerThousand, p.PerThousandText) : default));
            Assert.Equal("0", pub.Single(l => l.InseeCode == "06053").ParticipantsText);
        });
    }
}
