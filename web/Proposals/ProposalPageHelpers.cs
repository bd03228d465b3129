using Ctg.Participation.Common;
using Ctg.Participation.Proposals;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Ctg.Participation.Web.Proposals;

/// <summary>What the proposal pages share: the image upload and the dates they show (Paris time).</summary>
public static class ProposalPageHelpers
{
    /// <summary>
    /// Saves the image of a proposal form, if one was sent. Returns false with the reason beside the image field when
    /// it is refused; the page then shows the form again and nothing else is stored.
    /// </summary>
    public static async Task<(bool Accepted, ProposalImages.Stored? Image)> SaveUploadAsync(this ProposalImages images,
        Microsoft.AspNetCore.Http.IFormFile? file, ModelStateDictionary modelState, CancellationToken ct)
    {
        if (file is not { Length: > 0 }) return (true, null);
        await using var stream = file.OpenReadStream();
        var saved = await images.SaveAsync(stream, file.Length, ct);
        if (saved.Error is null) return (true, saved.Image);
        modelState.AddModelError("Input.Image", saved.Error);
        return (false, null);
    }

    public static string Date(DateTimeOffset value) =>
        PortalTime.ToParis(value).ToString("d MMMM yyyy 'à' HH'h'mm", PortalCulture.French);
}
