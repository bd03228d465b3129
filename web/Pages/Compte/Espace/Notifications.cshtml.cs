using Ctg.Participation.Notifications;
using Ctg.Participation.Web.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Compte.Espace;

/// <summary>The notification centre: what happened on followed contributions, and how often mail comes.</summary>
public sealed class NotificationsModel(NotificationCentre notifications) : PageModel
{
    public sealed class InputModel
    {
        public MailFrequency Frequency { get; set; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    public IReadOnlyList<NotificationCentre.Item> Items { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var userId = User.UserId()!;
        Input.Frequency = await notifications.FrequencyAsync(userId, HttpContext.RequestAborted);
        Items = await notifications.ListAsync(userId, ct: HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostFrequenceAsync()
    {
        if (!Enum.IsDefined(Input.Frequency)) return BadRequest();
        await notifications.SetFrequencyAsync(User.UserId()!, Input.Frequency, HttpContext.RequestAborted);
        TempData["Message"] = "Votre choix est enregistré : " + MailFrequencies.Label(Input.Frequency).ToLowerInvariant() + ".";
        return RedirectToPage("/Compte/Espace/Notifications");
    }

    public async Task<IActionResult> OnPostToutLuAsync()
    {
        await notifications.MarkAllReadAsync(User.UserId()!, HttpContext.RequestAborted);
        return RedirectToPage("/Compte/Espace/Notifications");
    }
}
