using Ctg.Participation.Data;
using Ctg.Participation.Indicators;
using Ctg.Participation.Indicators.Participation;
using Ctg.Participation.Proposals.Indicators;
using Ctg.Participation.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static Ctg.Participation.Tests.Indicators.IndicatorData;

namespace Ctg.Participation.Tests.Indicators;

public sealed class StatisticalSecrecyTests
{
    private static readonly IndicatorDefinition People = new("p", "Personnes", "4.1", "s", "d", IndicatorUnit.Count, CountsPeople: true);
    private static readonly IndicatorDefinition Things = new("t", "Choses", "4.1", "s", "d", IndicatorUnit.Count);

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(10, true)]
    [InlineData(11, false)]
    public void A_count_of_people_from_1_to_10_is_suppressed_and_0_or_11_are_not(int count, bool suppressed)
    {
        var secrecy = Secrecy();
        Assert.Equal(suppressed, secrecy.IsSuppressed(People, IndicatorValue.Of(count)));
        Assert.Equal(suppressed ? "moins de 11" : count.ToString(), secrecy.PublicText(People, IndicatorValue.Of(count)));
        Assert.False(secrecy.IsSuppressed(Things, IndicatorValue.Of(count)));
    }

    [Fact]
    public void The_threshold_is_configurable_and_a_rate_derived_from_a_small_count_is_suppressed_too()
    {
        Assert.False(Secrecy(5).IsSuppressed(People, IndicatorValue.Of(7)));
        Assert.True(Secrecy(5).IsSuppressed(People, IndicatorValue.Of(4)));
        Assert.Equal("moins de 5", Secrecy(5).SmallCountLabel);
        var rate = new IndicatorValue(0.35m, "3 pour 8 600 habitants") { PeopleBasis = 3 };
        Assert.True(Secrecy().IsSuppressed(Things, rate));
        Assert.Null(Secrecy().PublicDetail(Things, rate));
    }

    [Fact]
    public async Task The_public_report_never_carries_a_small_count_of_people_in_the_current_or_previous_period()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<PortalDbContext>();
            var data = await LoadAsync(db);
            foreach (var name in new[] { "ana", "ben", "chloe" }) await data.ProposalAsync(InPeriod, author: await data.UserAsync(name));
            foreach (var name in new[] { "dan", "eve" }) await data.ProposalAsync(InPeriod.AddYears(-1).AddMonths(1), author: await data.UserAsync(name));
            var report = new IndicatorReport(new IndicatorCatalogue([new DistinctParticipantsIndicator(db), new ParticipantsPerThousandIndicator(db), new ProposalsSubmittedIndicator(db)]), Secrecy());
            // The first half of 2026 and, as previous period, the second half of 2025... widened to cover both.
            var scope = new IndicatorScope(data.Ctg, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));

            var pub = await report.ComputeAsync(scope, isPublic: true);
            var participants = pub.Figures.Single(f => f.Definition.Code == "participants-distincts");
            Assert.Equal((null, "moins de 11", null, true), (participants.Current, participants.CurrentText, participants.CurrentDetail, participants.CurrentSuppressed));
            Assert.Equal((null, "moins de 11", true), (participants.Previous, participants.PreviousText, participants.PreviousSuppressed));
            var rate = pub.Figures.Single(f => f.Definition.Code == "participants-pour-1000-habitants");
            Assert.Equal((null, "moins de 11", null), (rate.Current, rate.CurrentText, rate.CurrentDetail));
            // Not a count of people: published as is.
            Assert.Equal(3m, pub.Figures.Single(f => f.Definition.Code == "propositions-deposee").Current);

            var full = await report.ComputeAsync(scope, isPublic: false);
            var fullParticipants = full.Figures.Single(f => f.Definition.Code == "participants-distincts");
            Assert.Equal((3m, 2m), (fullParticipants.Current, fullParticipants.Previous));
        });
    }
}
