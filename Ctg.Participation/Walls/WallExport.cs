using Ctg.Participation.Data;
using Ctg.Participation.Spreadsheets;
using Ctg.Participation.Text;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Walls;

/// <summary>
/// A wall's live cards as a table (CSV for people, XLSX or ODS through <see cref="Spreadsheets.ITableWriter"/>), streamed
/// row by row from the database. Authors are pseudonymised ("Auteur 1", "Auteur 2"…), as every portal export is;
/// « Créée le » is a real date and time in Paris.
/// </summary>
public sealed class WallExport(PortalDbContext db)
{
    public static readonly TableColumn[] Columns =
    [
        new("Colonne", 20), new("Texte", 60), new("Lien", 30), new("Couleur", 10), new("Auteur", 12), new("Réactions 👍", 8), new("Réactions ❤️", 8),
        new("Réactions 💡", 8), new("Commentaires", 8), new("Image", 8), new("Créée le", 17),
    ];

    public async Task WriteAsync(int wallId, ITableWriter table, CancellationToken ct = default)
    {
        var columns = await db.WallColumns.AsNoTracking().Where(c => c.WallId == wallId).ToDictionaryAsync(c => c.Id, c => c.Title, ct);
        var pseudonyms = new Dictionary<string, string>();
        await table.WriteHeaderAsync(Columns, ct);
        var cards = db.WallCards.AsNoTracking().Where(c => c.WallId == wallId && !c.IsDeleted && c.HiddenAt == null)
            .OrderBy(c => c.ColumnId).ThenBy(c => c.Id)
            .Select(c => new
            {
                c.ColumnId, c.Html, c.Link, c.Colour, c.AuthorId, c.CreatedAt, HasImage = c.ImageFileName != null,
                Approve = c.Reactions.Count(r => r.Kind == ReactionKinds.Approve),
                Love = c.Reactions.Count(r => r.Kind == ReactionKinds.Love),
                Idea = c.Reactions.Count(r => r.Kind == ReactionKinds.Idea),
                Comments = c.Comments.Count,
            })
            .AsAsyncEnumerable();
        await foreach (var card in cards.WithCancellation(ct))
        {
            if (!pseudonyms.TryGetValue(card.AuthorId, out var author))
            {
                author = $"Auteur {pseudonyms.Count + 1}";
                pseudonyms[card.AuthorId] = author;
            }
            await table.WriteRowAsync(
            [
                TableCell.Text(columns.GetValueOrDefault(card.ColumnId, "")), TableCell.Text(PortalHtmlSanitizer.VisibleText(card.Html)),
                TableCell.Text(card.Link), TableCell.Text(CardColours.Label(card.Colour)), TableCell.Text(author), TableCell.Of(card.Approve),
                TableCell.Of(card.Love), TableCell.Of(card.Idea), TableCell.Of(card.Comments), TableCell.Text(card.HasImage ? "oui" : "non"),
                TableCell.Of(card.CreatedAt),
            ], ct);
        }
    }
}
