using System.Security.Claims;
using Ctg.Participation.Proposals;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Ctg.Participation.Web.Proposals;

public static class ProposalPageHelpers
{
    public static string? UserId(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);

    public static ProposalAnswers.Actor Actor(this ClaimsPrincipal user) =>
        new(user.UserId() ?? "", user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList());

    /// <summary>Puts the library's French messages beside their fields ("Title" → "Input.Title").</summary>
    public static void AddErrors(this ModelStateDictionary modelState, string prefix, IReadOnlyDictionary<string, string> errors)
    {
        foreach (var (field, message) in errors)
        {
            modelState.AddModelError(field.Length == 0 ? "" : $"{prefix}.{field}", message);
        }
    }

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
        TimeZoneInfo.ConvertTime(value, PortalTime.Zone).ToString("d MMMM yyyy 'à' HH'h'mm", PortalCulture.French);
}

/// <summary>Dates are shown in the portal's time zone (metropolitan France), whatever the server's.</summary>
public static class PortalTime
{
    public static readonly TimeZoneInfo Zone = Find();

    private static TimeZoneInfo Find()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.Utc; }
    }
}
