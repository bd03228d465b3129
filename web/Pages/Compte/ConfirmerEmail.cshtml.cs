using Ctg.Participation.Accounts;
using Ctg.Participation.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Compte;

public sealed class ConfirmerEmailModel(UserManager<PortalUser> users) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(string? utilisateur, string? code)
    {
        var token = AccountMails.Decode(code);
        var user = string.IsNullOrEmpty(utilisateur) ? null : await users.FindByIdAsync(utilisateur);
        if (user is null || token is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        Confirmed = (await users.ConfirmEmailAsync(user, token)).Succeeded;
        if (!Confirmed) Response.StatusCode = StatusCodes.Status400BadRequest;
    }
}
