using Ctg.Participation.Data;
using Ctg.Participation.Text;
using Ctg.Participation.Images;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ctg.Participation.Walls;

/// <summary>
/// Every change to a wall. Each operation runs in one transaction that (1) skips an operation id already applied,
/// (2) applies the change, (3) stores one <see cref="WallChange"/> per changed column or card under the wall's next
/// sequence numbers and (4) records the operation id. The wall's LastSequence is a concurrency token, so two
/// operations on one wall never interleave: the loser retries on the new state (and, for a move, sees the winner's
/// key). Rights are checked here too, not only by the hub, so that no caller can skip them.
/// </summary>
public sealed partial class WallBoard(PortalDbContext db, PortalHtmlSanitizer sanitizer, TimeProvider clock, IOptions<WallImageOptions>? imageOptions = null)
{
    private const int Attempts = 6;

    /// <summary>Where card images live; without it (unit tests of the text operations) files are left alone.</summary>
    private ImageStore? Images => imageOptions is null ? null : new ImageStore(imageOptions.Value.ImageDirectory);

    public Task<WallOperationResult> AddColumnAsync(WallPermit permit, Guid operationId, string? title, CancellationToken ct = default)
    {
        var clean = ColumnTitle(title);
        return RunAsync(permit, operationId, WallRight.Write, async (wall, changed) =>
        {
            var columns = await db.WallColumns.Where(c => c.WallId == wall.Id).Select(c => c.OrderKey).ToListAsync(ct);
            if (columns.Count >= WallLimits.ColumnsPerWall) throw new WallRuleException($"Un mur compte au plus {WallLimits.ColumnsPerWall} colonnes.");
            var last = columns.Order(FractionalKey.Comparer).LastOrDefault();
            var column = new WallColumn { WallId = wall.Id, Title = clean, OrderKey = FractionalKey.Between(last, null), CreatedAt = clock.GetUtcNow() };
            db.WallColumns.Add(column);
            changed.Columns.Add(column);
            return null;
        }, ct);
    }

    public Task<WallOperationResult> RenameColumnAsync(WallPermit permit, Guid operationId, int columnId, string? title, CancellationToken ct = default)
    {
        var clean = ColumnTitle(title);
        return RunAsync(permit, operationId, WallRight.Write, async (wall, changed) =>
        {
            var column = await ColumnAsync(wall.Id, columnId, ct);
            column.Title = clean;
            changed.Columns.Add(column);
            return null;
        }, ct);
    }

    /// <summary>Places a column between two others (ids as the client saw them; null: first or last).</summary>
    public Task<WallOperationResult> MoveColumnAsync(WallPermit permit, Guid operationId, int columnId, int? previousId, int? nextId, CancellationToken ct = default) =>
        RunAsync(permit, operationId, WallRight.Write, async (wall, changed) =>
        {
            var column = await ColumnAsync(wall.Id, columnId, ct);
            var siblings = await db.WallColumns.Where(c => c.WallId == wall.Id && c.Id != columnId).ToListAsync(ct);
            column.OrderKey = PlaceBetween(siblings.Select(c => (c.Id, c.OrderKey)).ToList(), previousId, nextId);
            changed.Columns.Add(column);
            return null;
        }, ct);

    public Task<WallOperationResult> AddCardAsync(WallPermit permit, Guid operationId, int columnId, WallCardInput input, CancellationToken ct = default)
    {
        var (html, link, colour) = input.Validate(sanitizer);
        return RunAsync(permit, operationId, WallRight.Write, async (wall, changed) =>
        {
            var column = await ColumnAsync(wall.Id, columnId, ct);
            if (await db.WallCards.CountAsync(c => c.WallId == wall.Id && !c.IsDeleted, ct) >= WallLimits.CardsPerWall)
            {
                throw new WallRuleException($"Ce mur compte déjà {WallLimits.CardsPerWall} cartes : archivez-en avant d'en ajouter.");
            }
            var keys = await db.WallCards.Where(c => c.ColumnId == column.Id).Select(c => c.OrderKey).ToListAsync(ct);
            var now = clock.GetUtcNow();
            var card = new WallCard
            {
                WallId = wall.Id, ColumnId = column.Id, OrderKey = FractionalKey.Between(keys.Order(FractionalKey.Comparer).LastOrDefault(), null),
                Html = html, Link = link, Colour = colour, AuthorId = permit.UserId!, AuthorName = permit.DisplayName,
                CreatedAt = now, UpdatedAt = now,
            };
            db.WallCards.Add(card);
            changed.Cards.Add(card);
            return null;
        }, ct);
    }

    /// <summary>Edits a card if nobody changed it since <paramref name="expectedVersion"/>; otherwise answers with the card as it is now.</summary>
    public Task<WallOperationResult> EditCardAsync(WallPermit permit, Guid operationId, int cardId, int expectedVersion, WallCardInput input, CancellationToken ct = default)
    {
        var (html, link, colour) = input.Validate(sanitizer);
        return RunAsync(permit, operationId, WallRight.Write, async (wall, changed) =>
        {
            var card = await CardAsync(wall.Id, cardId, ct);
            if (card.Version != expectedVersion || card.IsDeleted || card.HiddenAt is not null) return card;
            card.Html = html;
            card.Link = link;
            card.Colour = colour;
            Touch(card);
            changed.Cards.Add(card);
            return null;
        }, ct);
    }

    /// <summary>
    /// Moves a card into a column between two cards (ids as the client saw them). One row is written, unless the new
    /// key grows past <see cref="WallLimits.OrderKeyRebalanceLength"/>: then the column gets fresh short keys.
    /// </summary>
    public Task<WallOperationResult> MoveCardAsync(WallPermit permit, Guid operationId, int cardId, int columnId, int? previousId, int? nextId, CancellationToken ct = default) =>
        RunAsync(permit, operationId, WallRight.Write, async (wall, changed) =>
        {
            var card = await CardAsync(wall.Id, cardId, ct);
            if (card.IsDeleted) throw new WallRuleException("Cette carte a été supprimée.");
            var column = await ColumnAsync(wall.Id, columnId, ct);
            var siblings = await db.WallCards.Where(c => c.ColumnId == column.Id && c.Id != card.Id).ToListAsync(ct);
            card.ColumnId = column.Id;
            card.OrderKey = PlaceBetween(siblings.Select(c => (c.Id, c.OrderKey)).ToList(), previousId, nextId);
            card.UpdatedAt = clock.GetUtcNow();
            changed.Cards.Add(card);
            if (card.OrderKey.Length > WallLimits.OrderKeyRebalanceLength)
            {
                Rebalance(siblings.Append(card).ToList(), changed);
            }
            return null;
        }, ct);

    public async Task<WallOperationResult> DeleteCardAsync(WallPermit permit, Guid operationId, int cardId, int expectedVersion, CancellationToken ct = default)
    {
        string? image = null;
        var result = await RunAsync(permit, operationId, WallRight.Write, async (wall, changed) =>
        {
            var card = await CardAsync(wall.Id, cardId, ct);
            if (card.IsDeleted) return null;
            if (card.Version != expectedVersion) return card;
            card.IsDeleted = true;
            // A tombstone keeps no picture: nobody can see it again, so the file is personal data kept for nothing.
            image = card.ImageFileName;
            card.ImageFileName = null;
            card.ImageAlt = null;
            Touch(card);
            changed.Cards.Add(card);
            return null;
        }, ct);
        if (result.Status == WallOperationResult.Applied) Images?.Delete(image);
        return result;
    }

    /// <summary>
    /// Attaches an image already stored by <see cref="WallImages"/> to a live card, replacing any previous one, or
    /// removes it (<paramref name="fileName"/> null). The card's version grows and the change is recorded like any
    /// other, so clients offline meanwhile catch up. The replaced file is deleted once the change is committed, never
    /// before: a refused or resent operation leaves the card's image in place.
    /// </summary>
    public async Task<WallOperationResult> SetCardImageAsync(WallPermit permit, Guid operationId, int cardId, string? fileName, string? alt, CancellationToken ct = default)
    {
        var cleanAlt = string.IsNullOrWhiteSpace(alt) || fileName is null
            ? null
            : DisplayText(alt, WallLimits.ImageAltLength, "Décrivez l'image en quelques mots ou laissez le champ vide.", $"La description de l'image est limitée à {WallLimits.ImageAltLength} caractères.");
        string? previous = null;
        var result = await RunAsync(permit, operationId, WallRight.Write, async (wall, changed) =>
        {
            var card = await LiveCardAsync(wall.Id, cardId, ct);
            previous = card.ImageFileName;
            card.ImageFileName = fileName;
            card.ImageAlt = cleanAlt;
            Touch(card);
            changed.Cards.Add(card);
            return null;
        }, ct);
        if (result.Status == WallOperationResult.Applied && previous != fileName) Images?.Delete(previous);
        return result;
    }

    /// <summary>Adds the person's reaction of this kind, or takes it back if they had already given it.</summary>
    public Task<WallOperationResult> ToggleReactionAsync(WallPermit permit, Guid operationId, int cardId, string? kind, CancellationToken ct = default)
    {
        if (kind is null || !ReactionKinds.All.Contains(kind)) throw new WallRuleException("Cette réaction n'existe pas : choisissez « J'approuve », « J'adore » ou « Bonne idée ».");
        return RunAsync(permit, operationId, WallRight.Write, async (wall, changed) =>
        {
            var card = await LiveCardAsync(wall.Id, cardId, ct);
            var mine = await db.WallReactions.FirstOrDefaultAsync(r => r.CardId == card.Id && r.UserId == permit.UserId && r.Kind == kind, ct);
            if (mine is null)
            {
                db.WallReactions.Add(new WallReaction { CardId = card.Id, UserId = permit.UserId!, Kind = kind, CreatedAt = clock.GetUtcNow() });
            }
            else
            {
                db.WallReactions.Remove(mine);
            }
            changed.Cards.Add(card);
            return null;
        }, ct);
    }

    public Task<WallOperationResult> AddCommentAsync(WallPermit permit, Guid operationId, int cardId, string? text, CancellationToken ct = default)
    {
        var clean = DisplayText(text, WallLimits.CommentLength, "Écrivez le commentaire.", $"Un commentaire est limité à {WallLimits.CommentLength} caractères.");
        return RunAsync(permit, operationId, WallRight.Write, async (wall, changed) =>
        {
            var card = await LiveCardAsync(wall.Id, cardId, ct);
            if (await db.WallComments.CountAsync(c => c.CardId == card.Id, ct) >= WallLimits.CommentsPerCard)
            {
                throw new WallRuleException($"Une carte reçoit au plus {WallLimits.CommentsPerCard} commentaires.");
            }
            db.WallComments.Add(new WallComment { CardId = card.Id, AuthorId = permit.UserId!, AuthorName = permit.DisplayName, Text = clean, CreatedAt = clock.GetUtcNow() });
            changed.Cards.Add(card);
            return null;
        }, ct);
    }

    /// <summary>Moderation: the card disappears for everyone; who hid it, when and why stay on the row.</summary>
    public Task<WallOperationResult> HideCardAsync(WallPermit permit, Guid operationId, int cardId, string? reason, CancellationToken ct = default)
    {
        var clean = DisplayText(reason, WallLimits.HideReasonLength, "Indiquez pourquoi vous masquez cette carte.", $"Le motif est limité à {WallLimits.HideReasonLength} caractères.");
        return RunAsync(permit, operationId, WallRight.Moderate, async (wall, changed) =>
        {
            var card = await LiveCardAsync(wall.Id, cardId, ct);
            card.HiddenAt = clock.GetUtcNow();
            card.HiddenById = permit.UserId;
            card.HiddenReason = clean;
            Touch(card);
            changed.Cards.Add(card);
            return null;
        }, ct);
    }

    /// <summary>Sends a card up to the CTG's routing desk as a contribution (once per card).</summary>
    public Task<WallOperationResult> SendUpAsync(WallPermit permit, Guid operationId, int cardId, string? note, CancellationToken ct = default)
    {
        var cleanNote = string.IsNullOrWhiteSpace(note) ? null : DisplayText(note, WallLimits.SubmissionNoteLength, "", $"La note est limitée à {WallLimits.SubmissionNoteLength} caractères.");
        return RunAsync(permit, operationId, WallRight.Write, async (wall, changed) =>
        {
            // The department network's wall belongs to no CTG: there is no routing desk to send a card up to.
            if (permit.ConventionId == 0) throw new WallRuleException("Les cartes du mur départemental ne se remontent pas à une CTG.");
            var card = await LiveCardAsync(wall.Id, cardId, ct);
            if (await db.WallCardSubmissions.AnyAsync(s => s.CardId == card.Id, ct))
            {
                throw new WallRuleException("Cette carte a déjà été remontée à la coordination.");
            }
            db.WallCardSubmissions.Add(new WallCardSubmission
            {
                ConventionId = permit.ConventionId, WallId = wall.Id, CardId = card.Id, SubmittedById = permit.UserId!,
                SubmittedByName = permit.DisplayName, TextAsSent = PortalHtmlSanitizer.VisibleText(card.Html), Note = cleanNote,
                SubmittedAt = clock.GetUtcNow(),
            });
            changed.Cards.Add(card);
            return null;
        }, ct);
    }

    private static void Touch(WallCard card) => card.Version++;

    private async Task<WallColumn> ColumnAsync(int wallId, int columnId, CancellationToken ct) =>
        await db.WallColumns.FirstOrDefaultAsync(c => c.Id == columnId && c.WallId == wallId, ct)
        ?? throw new WallRuleException("Cette colonne n'existe pas sur ce mur.");

    private async Task<WallCard> CardAsync(int wallId, int cardId, CancellationToken ct) =>
        await db.WallCards.FirstOrDefaultAsync(c => c.Id == cardId && c.WallId == wallId, ct)
        ?? throw new WallRuleException("Cette carte n'existe pas sur ce mur.");

    private async Task<WallCard> LiveCardAsync(int wallId, int cardId, CancellationToken ct)
    {
        var card = await CardAsync(wallId, cardId, ct);
        if (card.IsDeleted) throw new WallRuleException("Cette carte a été supprimée.");
        if (card.HiddenAt is not null) throw new WallRuleException("Cette carte a été masquée par la coordination.");
        return card;
    }

    private static string ColumnTitle(string? title) =>
        DisplayText(title, WallLimits.ColumnTitleLength, "Donnez un titre à la colonne.", $"Le titre d'une colonne est limité à {WallLimits.ColumnTitleLength} caractères.");

    /// <summary>Plain text (encoded when shown): trimmed, without control characters, required and bounded.</summary>
    private static string DisplayText(string? text, int max, string emptyMessage, string tooLongMessage)
    {
        var clean = new string((text ?? "").Where(c => !char.IsControl(c) || c == '\n').ToArray()).Trim();
        if (clean.Length == 0) throw new WallRuleException(emptyMessage);
        if (clean.Length > max) throw new WallRuleException(tooLongMessage);
        return clean;
    }
}
