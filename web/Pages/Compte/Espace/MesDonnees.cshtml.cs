using Ctg.Participation.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Compte.Espace;

/// <summary>Downloads everything the portal holds about the signed-in person, as JSON, written straight to the response.</summary>
public sealed class MesDonneesModel(UserManager<PortalUser> users, PersonalDataExport export, TimeProvider clock, Ctg.Participation.Web.Accounts.AccountSecurity security) : PageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        var userId = users.GetUserId(User);
        if (userId is null) return Challenge();
        Response.ContentType = "application/json; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"mes-donnees-ctg-participation-{clock.GetUtcNow():yyyy-MM-dd}.json\"";
        Response.Headers.CacheControl = "no-store";
        await security.RecordAsync(Ctg.Participation.Security.SecurityEventKinds.PersonalDataExported, userId);
        await export.WriteAsync(userId, Response.Body, HttpContext.RequestAborted);
        return new EmptyResult();
    }
}
