using Ctg.Participation.Data;
using Ctg.Participation.Indicators;
using Ctg.Participation.Surveys;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.ExternalIdentities;

/// <summary>Distinct accounts whose identity FranceConnect verified that completed a survey response in the period.</summary>
public sealed class VerifiedParticipantsIndicator(PortalDbContext db) : IIndicator
{
    public IndicatorDefinition Definition { get; } = new(
        "participants-verifies", "Participants à l'identité vérifiée (FranceConnect)", "4.1", "Portail : comptes vérifiés par FranceConnect",
        "Nombre de personnes distinctes, à l'identité vérifiée par FranceConnect, ayant répondu à une enquête pendant la période (filtres CTG et axe de l'enquête ; la commune ne s'applique pas).",
        IndicatorUnit.Count, CountsPeople: true);

    public async Task<IndicatorValue> ComputeAsync(IndicatorScope scope, CancellationToken ct = default)
    {
        var responses = db.SurveyResponses.AsNoTracking().Where(r => r.Status == SurveyResponseStatus.Completed
            && r.CompletedAt >= scope.Start && r.CompletedAt < scope.End && r.UserId != null);
        if (scope.ConventionId is { } c) responses = responses.Where(r => r.Survey!.ConventionId == c);
        if (scope.AxisId is { } a) responses = responses.Where(r => r.Survey!.AxisId == a);
        var count = await responses
            .Where(r => db.Users.Any(u => u.Id == r.UserId && u.FranceConnectVerifiedAt != null))
            .Select(r => r.UserId).Distinct().CountAsync(ct);
        return IndicatorValue.Of(count);
    }
}
