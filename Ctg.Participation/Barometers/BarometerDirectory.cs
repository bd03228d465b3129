using Ctg.Participation.Data;
using Ctg.Participation.Surveys;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Barometers;

/// <summary>The barometers launched for a CTG, newest year first, with their survey's state and response count.</summary>
public sealed class BarometerDirectory(PortalDbContext db)
{
    public sealed record Item(int Id, BarometerKind Kind, int Year, int SurveyId, string SurveyTitle, SurveyStatus Status,
        DateTimeOffset OpensAt, DateTimeOffset ClosesAt, DateTimeOffset? ClosedAt, int Responses);

    public async Task<IReadOnlyList<Item>> ForConventionAsync(int conventionId, CancellationToken ct = default) =>
        await db.Barometers.AsNoTracking().Where(b => b.ConventionId == conventionId)
            .OrderByDescending(b => b.Year).ThenBy(b => b.Kind)
            .Select(b => new Item(b.Id, b.Kind, b.Year, b.SurveyId, b.Survey!.Title, b.Survey.Status, b.Survey.OpensAt, b.Survey.ClosesAt, b.Survey.ClosedAt,
                db.SurveyResponses.Count(r => r.SurveyId == b.SurveyId && r.Status == SurveyResponseStatus.Completed)))
            .ToListAsync(ct);
}
