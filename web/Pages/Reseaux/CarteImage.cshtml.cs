using Ctg.Participation.Walls;
using Ctg.Participation.Web.Walls;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.SignalR;

namespace Ctg.Participation.Web.Pages.Reseaux;

/// <summary>
/// A card's image. GET serves it to those who may read the wall (a private wall's image answers 404 to others, as
/// the wall does). POST (multipart, with the antiforgery token Razor Pages checks) attaches or replaces it, and the
/// "supprimer" handler removes it: both re-read the caller's rights, as the hub does on every call, then push the
/// recorded change to everyone on the wall. Answers are JSON for wwwroot/js/murs/main.mjs: the operation result, or { message }.
/// </summary>
[RequestSizeLimit(WallCardImageUpload.MaxRequestBytes)]
public sealed class CarteImageModel(WallAccess access, WallImages images, IHubContext<WallHub, IWallClient> hub) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int wallId, int cardId)
    {
        var permit = await access.PermitAsync(User, wallId, HttpContext.RequestAborted);
        if (permit is null || !permit.CanRead) return NotFound();
        var image = await images.OpenAsync(permit, cardId, HttpContext.RequestAborted);
        if (image is null) return NotFound();
        Response.Headers.XContentTypeOptions = "nosniff";
        // Private: the image of a private wall must not sit in a shared cache. The address changes with the card's version.
        Response.Headers.CacheControl = "private, max-age=86400";
        return File(image.Content, image.ContentType);
    }

    public async Task<IActionResult> OnPostAsync(int wallId, int cardId, Guid operationId, IFormFile? image, string? alt)
    {
        var permit = await WriterAsync(wallId);
        if (permit is null) return Refused(StatusCodes.Status403Forbidden, WallCardImageUpload.WriteRefused);
        if (image is null || image.Length == 0) return Refused(StatusCodes.Status400BadRequest, "Choisissez une image JPEG, PNG ou WebP.");
        await using var upload = image.OpenReadStream();
        var outcome = await images.AttachAsync(permit, operationId, cardId, upload, image.Length, alt, HttpContext.RequestAborted);
        return await AnswerAsync(wallId, outcome);
    }

    public async Task<IActionResult> OnPostSupprimerAsync(int wallId, int cardId, Guid operationId)
    {
        var permit = await WriterAsync(wallId);
        if (permit is null) return Refused(StatusCodes.Status403Forbidden, WallCardImageUpload.WriteRefused);
        return await AnswerAsync(wallId, await images.RemoveAsync(permit, operationId, cardId, HttpContext.RequestAborted));
    }

    private async Task<WallPermit?> WriterAsync(int wallId)
    {
        var permit = await access.PermitAsync(User, wallId, HttpContext.RequestAborted);
        return permit is { CanWrite: true, UserId: not null } ? permit : null;
    }

    private async Task<IActionResult> AnswerAsync(int wallId, WallImages.Outcome outcome)
    {
        if (outcome.Result is null) return Refused(StatusCodes.Status400BadRequest, outcome.Error ?? "L'image n'a pas été enregistrée.");
        // As the hub does: newly applied changes go to the wall's group; a resent operation is answered, pushed to no one.
        if (outcome.Result.Status == WallOperationResult.Applied && outcome.Result.Changes.Count > 0)
        {
            await hub.Clients.Group(WallHub.Group(wallId)).Changed(outcome.Result.Changes);
        }
        return new JsonResult(outcome.Result, WallViewMapping.Json);
    }

    private static JsonResult Refused(int status, string message) => new(new { message }, WallViewMapping.Json) { StatusCode = status };
}

/// <summary>Limits and messages of the image upload, shared by the page and its tests.</summary>
public static class WallCardImageUpload
{
    /// <summary>The 5 MB image plus the form around it; a larger body is cut off before it is read.</summary>
    public const long MaxRequestBytes = Ctg.Participation.Images.ImageStore.MaxBytes + 64 * 1024;

    public const string WriteRefused = "Seuls les membres du groupe réseau et la coordination de la CTG peuvent modifier ce mur. Rien n'a été enregistré.";
}
