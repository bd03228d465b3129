using Ctg.Participation.Accounts;
using Ctg.Participation.Data;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Walls;

/// <summary>The walls' share of "download my data": the cards and comments the person wrote, and their reactions.</summary>
public sealed class WallPersonalData(PortalDbContext db) : IPersonalDataSource
{
    public string Section => "murs";

    public IReadOnlyCollection<Type> Covers { get; } = [typeof(WallCard), typeof(WallComment), typeof(WallReaction)];

    public async Task<object?> CollectAsync(string userId, CancellationToken ct)
    {
        // Deleted cards are kept for the wall's history; the person still gets what they wrote, marked as deleted.
        var cards = await db.WallCards.AsNoTracking().Where(c => c.AuthorId == userId).OrderBy(c => c.Id)
            .Select(c => new
            {
                id = c.Id, mur = c.Wall!.Title, colonne = c.Column!.Title, texte = c.Html, lien = c.Link, image = c.ImageFileName,
                texteAlternatif = c.ImageAlt, nomAffiche = c.AuthorName, creeeLe = c.CreatedAt, modifieeLe = c.UpdatedAt, supprimee = c.IsDeleted,
            })
            .ToListAsync(ct);
        var comments = await db.WallComments.AsNoTracking().Where(c => c.AuthorId == userId).OrderBy(c => c.Id)
            .Select(c => new { carte = c.CardId, texte = c.Text, nomAffiche = c.AuthorName, ecritLe = c.CreatedAt }).ToListAsync(ct);
        var reactions = await db.WallReactions.AsNoTracking().Where(r => r.UserId == userId).OrderBy(r => r.CardId)
            .Select(r => new { carte = r.CardId, reaction = r.Kind, le = r.CreatedAt }).ToListAsync(ct);
        return new { cartes = cards, commentaires = comments, reactions };
    }
}
