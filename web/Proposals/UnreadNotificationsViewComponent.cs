using Ctg.Participation.Notifications;
using Ctg.Participation.Web.Common;
using Microsoft.AspNetCore.Mvc;

namespace Ctg.Participation.Web.Proposals;

/// <summary>The header's link to the notification centre with the unread count (one indexed count per page).</summary>
public sealed class UnreadNotificationsViewComponent(NotificationCentre notifications) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string? current)
    {
        var userId = UserClaimsPrincipal.UserId();
        var count = userId is null ? 0 : await notifications.UnreadCountAsync(userId, HttpContext.RequestAborted);
        return View((count, current == "notifications"));
    }
}
