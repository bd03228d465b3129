using Ctg.Participation.Data;
using Ctg.Participation.Images;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ctg.Participation.Walls;

/// <summary>
/// Card images: an upload is checked and re-encoded by the shared <see cref="ImageStore"/> (metadata dropped), then
/// attached through <see cref="WallBoard"/>, which records the change. Rights are checked before anything is written
/// to disk, and again by the board inside its transaction.
/// </summary>
public sealed class WallImages(PortalDbContext db, WallBoard board, IOptions<WallImageOptions> options)
{
    private const string WriteRefused = "Seuls les membres du groupe réseau et la coordination de la CTG peuvent modifier ce mur. Rien n'a été enregistré.";

    /// <summary>The card's new state, or the reason the image was refused (nothing stored then).</summary>
    public sealed record Outcome(WallOperationResult? Result, string? Error);

    public sealed record Image(Stream Content, string ContentType);

    private ImageStore Store => new(options.Value.ImageDirectory);

    public async Task<Outcome> AttachAsync(WallPermit permit, Guid operationId, int cardId, Stream upload, long length, string? alt, CancellationToken ct = default)
    {
        if (!permit.CanWrite || permit.UserId is null) return new(null, WriteRefused);
        var saved = await Store.SaveAsync(upload, length, ct);
        if (saved.Image is null) return new(null, saved.Error);
        try
        {
            var result = await board.SetCardImageAsync(permit, operationId, cardId, saved.Image.FileName, alt, ct);
            // A resent operation keeps the image of its first run: this copy is attached to nothing.
            if (result.Status != WallOperationResult.Applied) Store.Delete(saved.Image.FileName);
            return new(result, null);
        }
        catch (WallRuleException refused)
        {
            Store.Delete(saved.Image.FileName);
            return new(null, refused.Message);
        }
        catch
        {
            Store.Delete(saved.Image.FileName);
            throw;
        }
    }

    public async Task<Outcome> RemoveAsync(WallPermit permit, Guid operationId, int cardId, CancellationToken ct = default)
    {
        if (!permit.CanWrite || permit.UserId is null) return new(null, WriteRefused);
        try
        {
            return new(await board.SetCardImageAsync(permit, operationId, cardId, null, null, ct), null);
        }
        catch (WallRuleException refused)
        {
            return new(null, refused.Message);
        }
    }

    /// <summary>A live, visible card's image, for someone who may read the wall; null otherwise (hidden cards show nothing).</summary>
    public async Task<Image?> OpenAsync(WallPermit permit, int cardId, CancellationToken ct = default)
    {
        if (!permit.CanRead) return null;
        var file = await db.WallCards.AsNoTracking()
            .Where(c => c.Id == cardId && c.WallId == permit.WallId && !c.IsDeleted && c.HiddenAt == null)
            .Select(c => c.ImageFileName).FirstOrDefaultAsync(ct);
        if (file is null) return null;
        var stream = Store.Open(file);
        return stream is null ? null : new Image(stream, ImageStore.ContentTypeOf(file));
    }
}
