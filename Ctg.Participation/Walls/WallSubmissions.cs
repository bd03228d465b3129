using Ctg.Participation.Data;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Walls;

/// <summary>The cards a CTG's walls sent up to its routing desk, newest first, each with a link back to its card.</summary>
public sealed class WallSubmissions(PortalDbContext db)
{
    public sealed record Row(int Id, string TextAsSent, string? Note, string SubmittedByName, DateTimeOffset SubmittedAt, SubmissionStatus Status, string WallTitle, string CardUrl);

    public async Task<IReadOnlyList<Row>> ForConventionAsync(int conventionId, CancellationToken ct = default)
    {
        var rows = await db.WallCardSubmissions.AsNoTracking().Where(s => s.ConventionId == conventionId)
            .OrderByDescending(s => s.SubmittedAt)
            .Select(s => new
            {
                s.Id, s.TextAsSent, s.Note, s.SubmittedByName, s.SubmittedAt, s.Status, s.Wall!.Title, WallSlug = s.Wall.Slug,
                NetworkSlug = s.Wall.ThematicNetwork!.Slug, ConventionSlug = s.Wall.ThematicNetwork.Convention!.Slug, s.CardId,
            })
            .ToListAsync(ct);
        return rows.Select(r => new Row(r.Id, r.TextAsSent, r.Note, r.SubmittedByName, r.SubmittedAt, r.Status, r.Title,
            $"/reseaux/{r.ConventionSlug}/{r.NetworkSlug}/murs/{r.WallSlug}#carte-{r.CardId}")).ToList();
    }
}
