using Ctg.Participation.Data;
using Ctg.Participation.Routing;
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
                Routed = db.Routings.Any(r => r.ContributionKind == ContributionKind.WallCard && r.ContributionId == s.Id && r.Status != RoutingStatus.HandedBack),
            })
            .ToListAsync(ct);
        // The desk routes submissions (routing feature); a received one with an open routing reads as routed.
        return rows.Select(r => new Row(r.Id, r.TextAsSent, r.Note, r.SubmittedByName, r.SubmittedAt,
            r.Status == SubmissionStatus.Received && r.Routed ? SubmissionStatus.Routed : r.Status, r.Title,
            CardUrl(r.ConventionSlug, r.NetworkSlug, r.WallSlug, r.CardId))).ToList();
    }

    public static string CardUrl(string ctg, string network, string wall, int cardId) => $"/reseaux/{ctg}/{network}/murs/{wall}#carte-{cardId}";

    /// <summary>The address of the card a submission came from, or null when the submission does not exist.</summary>
    public async Task<string?> CardUrlAsync(int submissionId, CancellationToken ct = default)
    {
        var row = await db.WallCardSubmissions.AsNoTracking().Where(s => s.Id == submissionId)
            .Select(s => new { Ctg = s.Wall!.ThematicNetwork!.Convention!.Slug, Network = s.Wall.ThematicNetwork.Slug, Wall = s.Wall.Slug, s.CardId })
            .FirstOrDefaultAsync(ct);
        return row is null ? null : CardUrl(row.Ctg, row.Network, row.Wall, row.CardId);
    }
}
