using Ctg.Participation.Data;
using Ctg.Participation.Text;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Walls;

/// <summary>
/// A wall's live cards as CSV for a spreadsheet: UTF-8 with BOM, ';' separators (what French Excel expects), streamed
/// row by row from the database. Authors are pseudonymised ("Auteur 1", "Auteur 2"…), as every portal export is.
/// </summary>
public sealed class WallExport(PortalDbContext db)
{
    public async Task WriteCsvAsync(int wallId, TextWriter writer, CancellationToken ct = default)
    {
        var columns = await db.WallColumns.AsNoTracking().Where(c => c.WallId == wallId).ToDictionaryAsync(c => c.Id, c => c.Title, ct);
        var pseudonyms = new Dictionary<string, string>();
        writer.NewLine = "\r\n"; // RFC 4180 line ends, whatever the server's platform
        await writer.WriteLineAsync("Colonne;Texte;Lien;Couleur;Auteur;Réactions 👍;Réactions ❤️;Réactions 💡;Commentaires;Image;Créée le".AsMemory(), ct);
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
            var cells = new[]
            {
                columns.GetValueOrDefault(card.ColumnId, ""), PortalHtmlSanitizer.VisibleText(card.Html), card.Link ?? "",
                CardColours.Label(card.Colour), author, card.Approve.ToString(), card.Love.ToString(), card.Idea.ToString(),
                card.Comments.ToString(), card.HasImage ? "oui" : "non", card.CreatedAt.ToOffset(TimeSpan.Zero).ToString("yyyy-MM-dd HH:mm 'UTC'"),
            };
            await writer.WriteLineAsync(string.Join(';', cells.Select(Cell)).AsMemory(), ct);
        }
        await writer.FlushAsync(ct);
    }

    /// <summary>Quoted when needed; a leading = + - @ is neutralised so a spreadsheet never runs it as a formula.</summary>
    public static string Cell(string value)
    {
        if (value.Length > 0 && "=+-@\t\r".Contains(value[0])) value = "'" + value;
        return value.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
