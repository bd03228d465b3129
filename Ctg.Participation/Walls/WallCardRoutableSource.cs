using Ctg.Participation.Data;
using Ctg.Participation.Routing;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Walls;

/// <summary>
/// Cards a thematic network sent up to the CTG's desk (<see cref="WallCardSubmission"/>), as they were sent. Their axis
/// is the network's, when it has one; they have no commune. Closed submissions are not listed.
/// </summary>
public sealed class WallCardRoutableSource(PortalDbContext db) : IRoutableSource
{
    public const int TitleLength = 120;

    public ContributionKind Kind => ContributionKind.WallCard;
    public string KeyPrefix => "carte-mur";
    public string KindLabel => "Carte de mur";

    /// <summary>A short address that finds the card on its wall (the wall page checks who may read it).</summary>
    public string? PublicLink(int id) => $"/reseaux/remontees/{id}";

    public async Task<IReadOnlyList<RoutableItem>> ListAsync(int conventionId, RoutableFilter filter, IReadOnlyCollection<int>? ids, CancellationToken ct = default)
    {
        if (filter.MunicipalityId is not null) return [];
        var query = db.WallCardSubmissions.AsNoTracking().Where(s => s.ConventionId == conventionId && s.Status != SubmissionStatus.Closed);
        // One parameter whatever the number of ids (see ProposalRoutableSource).
        if (ids?.ToArray() is { } idArray) query = query.Where(s => EF.Parameter(idArray).Contains(s.Id));
        if (filter.AxisId is { } axis) query = query.Where(s => s.Wall!.ThematicNetwork!.AxisId == axis);
        if (filter.SinceBefore is { } before) query = query.Where(s => s.SubmittedAt < before);
        if (filter.SinceAfter is { } after) query = query.Where(s => s.SubmittedAt >= after);
        var rows = await query.Select(s => new
        {
            s.Id, s.TextAsSent, s.SubmittedAt, s.SubmittedById, WallTitle = s.Wall!.Title,
            AxisId = s.Wall.ThematicNetwork!.AxisId, AxisName = s.Wall.ThematicNetwork.Axis == null ? null : s.Wall.ThematicNetwork.Axis.Name,
        }).ToListAsync(ct);
        return rows.Select(s => new RoutableItem(Kind, s.Id, TitleOf(s.TextAsSent, s.WallTitle), s.SubmittedAt,
            s.AxisId is { } a ? [new RoutableTag(a, s.AxisName!)] : [], [], s.SubmittedById)).ToList();
    }

    /// <summary>"Début du texte… (mur « Titre »)": a card has no title of its own.</summary>
    public static string TitleOf(string text, string wallTitle)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var start = flat.Length <= TitleLength ? flat : flat[..TitleLength].TrimEnd() + "…";
        return $"{start} (mur « {wallTitle} »)";
    }
}
