using Ctg.Participation.Routing;

namespace Ctg.Participation.Tests.Orientation;

public sealed class RoutingRulesTests
{
    [Theory]
    [InlineData(RoutingStatus.Routed, RoutingStep.Acknowledged, true)]
    [InlineData(RoutingStatus.Acknowledged, RoutingStep.Acknowledged, false)]
    [InlineData(RoutingStatus.Routed, RoutingStep.Answered, true)]
    [InlineData(RoutingStatus.Acknowledged, RoutingStep.Answered, true)]
    [InlineData(RoutingStatus.Acknowledged, RoutingStep.HandedBack, true)]
    [InlineData(RoutingStatus.Answered, RoutingStep.Answered, false)]
    [InlineData(RoutingStatus.Answered, RoutingStep.HandedBack, false)]
    [InlineData(RoutingStatus.HandedBack, RoutingStep.Acknowledged, false)]
    [InlineData(RoutingStatus.Routed, RoutingStep.Routed, false)]
    public void A_group_acknowledges_once_then_answers_or_hands_back_and_an_answer_closes_the_item(RoutingStatus current, RoutingStep step, bool allowed) =>
        Assert.Equal(allowed, RoutingRules.CanTake(current, step));

    [Fact]
    public void Answering_or_handing_back_needs_a_text_but_acknowledging_does_not()
    {
        Assert.NotNull(RoutingRules.TextProblem(RoutingStep.Answered, "Oui"));
        Assert.NotNull(RoutingRules.TextProblem(RoutingStep.HandedBack, ""));
        Assert.Null(RoutingRules.TextProblem(RoutingStep.Answered, "Une salle est disponible le samedi."));
        Assert.Null(RoutingRules.TextProblem(RoutingStep.Acknowledged, ""));
    }

    [Fact]
    public void An_item_is_new_again_once_every_group_handed_it_back()
    {
        Assert.True(RoutingRules.IsNew([]));
        Assert.True(RoutingRules.IsNew([RoutingStatus.HandedBack]));
        Assert.False(RoutingRules.IsNew([RoutingStatus.HandedBack, RoutingStatus.Routed]));
        Assert.False(RoutingRules.IsNew([RoutingStatus.Answered]));
    }

    [Fact]
    public void An_item_waits_long_only_after_thirty_days()
    {
        var since = new DateTimeOffset(2026, 10, 1, 8, 0, 0, TimeSpan.Zero);
        Assert.False(RoutingRules.IsLongWaiting(since, since.AddDays(30)));
        Assert.True(RoutingRules.IsLongWaiting(since, since.AddDays(30).AddMinutes(1)));
    }

    [Fact]
    public void The_status_names_the_group_without_repeating_groupe_de_travail()
    {
        Assert.Equal("Orientée vers le groupe de travail Parentalité", RoutingRules.Label(RoutingStatus.Routed, "Groupe de travail Parentalité"));
        Assert.Equal("Réponse du groupe de travail Commission jeunesse", RoutingRules.Label(RoutingStatus.Answered, "Commission jeunesse"));
    }

    [Theory]
    [InlineData("proposition-12", ContributionKind.Proposal, 12)]
    [InlineData("initiative-3", ContributionKind.Initiative, 3)]
    [InlineData("carte-mur-7", ContributionKind.WallCard, 7)]
    [InlineData("reponse-enquete-40", ContributionKind.SurveyAnswer, 40)]
    public void Desk_item_keys_round_trip(string key, ContributionKind kind, int id)
    {
        var item = Keys.Parse(key);
        Assert.Equal(new RoutingDesk.ItemRef(kind, id), item);
        Assert.Equal(key, Keys.KeyOf(item!));
    }

    [Theory]
    [InlineData("mur-4")]
    [InlineData("initiative-x")]
    [InlineData("proposition--2")]
    [InlineData("proposition-0")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_desk_item_keys_are_rejected(string? key) => Assert.Null(Keys.Parse(key));

    /// <summary>The prefixes come from the features' sources (a key is built without the database).</summary>
    private static readonly RoutableKeys Keys = new(
    [
        new Ctg.Participation.Proposals.ProposalRoutableSource(null!), new Ctg.Participation.Initiatives.InitiativeRoutableSource(null!),
        new Ctg.Participation.Walls.WallCardRoutableSource(null!), new Ctg.Participation.Surveys.SurveyAnswerSource(null!),
    ]);
}
