using Ctg.Participation.Data;
using Ctg.Participation.Indicators;
using Ctg.Participation.Surveys;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Barometers;

/// <summary>
/// A barometer's 1–5 question turned into a figure: the share of respondents who answered 4 or 5 (« bonne » or
/// « très bonne »), with the distribution of the five answers as its breakdown. Counted in the database over the
/// completed responses of the barometers of the scope's years (a barometer belongs to its year, whenever it is
/// answered), in one CTG or the whole department. The axis and commune filters do not apply: a barometer asks about
/// the whole CTG. The count of respondents is the <see cref="IndicatorValue.PeopleBasis"/>, so the public sees
/// « moins de 11 » instead of a share of three people.
/// </summary>
public abstract class BarometerIndicator(PortalDbContext db) : IIndicator
{
    public abstract IndicatorDefinition Definition { get; }

    protected abstract BarometerKind Kind { get; }

    /// <summary>The answer labels, from 1 to 5.</summary>
    protected abstract IReadOnlyList<string> Scale { get; }

    protected abstract IQueryable<int> Questions(IQueryable<Barometer> barometers);

    public async Task<IndicatorValue> ComputeAsync(IndicatorScope scope, CancellationToken ct = default)
    {
        var barometers = db.Barometers.AsNoTracking().Where(b => b.Kind == Kind && b.Year >= scope.From.Year && b.Year <= scope.To.Year);
        if (scope.ConventionId is { } c) barometers = barometers.Where(b => b.ConventionId == c);
        var questions = Questions(barometers);
        var counts = await db.SurveyAnswers.AsNoTracking()
            .Where(a => questions.Contains(a.QuestionId) && a.NumberValue != null && a.Response!.Status == SurveyResponseStatus.Completed)
            .GroupBy(a => a.NumberValue)
            .Select(g => new { Score = g.Key, Count = g.Count() })
            .ToListAsync(ct);

        var byScore = counts.Where(x => x.Score is >= 1 and <= 5).ToDictionary(x => (int)x.Score!.Value, x => x.Count);
        var total = byScore.Values.Sum();
        if (total == 0) return new IndicatorValue(null, "Aucune réponse à un baromètre sur la période") { PeopleBasis = 0 };
        var favourable = byScore.GetValueOrDefault(4) + byScore.GetValueOrDefault(5);
        // The scale's order (5 down to 1) reads better than "largest first" for an opinion.
        var breakdown = Enumerable.Range(1, 5).Reverse().Select(score => new IndicatorBreakdown(Scale[score - 1], byScore.GetValueOrDefault(score))).ToList();
        return new IndicatorValue(Math.Round(100m * favourable / total, 1), $"{favourable} sur {total} répondants")
        {
            PeopleBasis = total,
            Breakdown = breakdown,
        };
    }
}

/// <summary>T2-3.2-e: better visibility expressed by partners of each institution's missions and mobilisable means.</summary>
public sealed class PartnersVisibilityIndicator(PortalDbContext db) : BarometerIndicator(db)
{
    public override IndicatorDefinition Definition { get; } = new(
        "barometre-partenaires-visibilite", "Visibilité des missions des institutions exprimée par les partenaires", "3.2",
        "Baromètre annuel des partenaires et des élus",
        "Part des partenaires et élus ayant répondu 4 ou 5 (« bien » ou « très bien visibles ») à la question sur la visibilité des missions et des moyens mobilisables auprès de chaque institution, au baromètre des années de la période ; répartition des réponses de 1 à 5. Masqué publiquement sous 11 répondants.",
        IndicatorUnit.Percent) { ReferentialLine = "T2-3.2-e" };

    protected override BarometerKind Kind => BarometerKind.Partners;
    protected override IReadOnlyList<string> Scale => BarometerTemplates.VisibilityScale;
    protected override IQueryable<int> Questions(IQueryable<Barometer> barometers) => barometers.Select(b => b.VisibilityQuestionId);
}

/// <summary>T2-4.2-e: better visibility expressed by residents.</summary>
public sealed class ResidentsVisibilityIndicator(PortalDbContext db) : BarometerIndicator(db)
{
    public override IndicatorDefinition Definition { get; } = new(
        "barometre-habitants-visibilite", "Visibilité des missions des institutions exprimée par les habitants", "4.2",
        "Baromètre annuel des habitants",
        "Part des habitants ayant répondu 4 ou 5 (« bien » ou « très bien visibles ») à la question sur la visibilité des missions et de l'aide des institutions du territoire, au baromètre des années de la période ; répartition des réponses de 1 à 5. Masqué publiquement sous 11 répondants.",
        IndicatorUnit.Percent) { ReferentialLine = "T2-4.2-e" };

    protected override BarometerKind Kind => BarometerKind.Residents;
    protected override IReadOnlyList<string> Scale => BarometerTemplates.VisibilityScale;
    protected override IQueryable<int> Questions(IQueryable<Barometer> barometers) => barometers.Select(b => b.VisibilityQuestionId);
}

/// <summary>FA17-5: qualitative appreciation by elected officials and partners of the coordinator's role.</summary>
public sealed class CoordinatorAppreciationIndicator(PortalDbContext db) : BarometerIndicator(db)
{
    public override IndicatorDefinition Definition { get; } = new(
        "barometre-appreciation-cooperation", "Appréciation du rôle du/de la chargé(e) de coopération par les élus et partenaires", "FA17",
        "Baromètre annuel des partenaires et des élus",
        "Part des élus et partenaires jugeant « bonne » ou « très bonne » (4 ou 5) le rôle du/de la chargé(e) de coopération, au baromètre des années de la période ; répartition des réponses de 1 à 5. Masqué publiquement sous 11 répondants.",
        IndicatorUnit.Percent) { ReferentialLine = "FA17-5" };

    protected override BarometerKind Kind => BarometerKind.Partners;
    protected override IReadOnlyList<string> Scale => BarometerTemplates.AppreciationScale;
    protected override IQueryable<int> Questions(IQueryable<Barometer> barometers) =>
        barometers.Where(b => b.AppreciationQuestionId != null).Select(b => b.AppreciationQuestionId!.Value);
}
