using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages;

/// <summary>The French error pages (404, 403, 400, 429, 500). No stack trace outside Development.</summary>
[IgnoreAntiforgeryToken]
[Microsoft.AspNetCore.RateLimiting.DisableRateLimiting]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ErreurModel : PageModel
{
    public string Title { get; private set; } = "";
    public string Explanation { get; private set; } = "";

    public void OnGet(int? code) => Describe(code ?? 500);
    public void OnPost(int? code) => Describe(code ?? 500);

    private void Describe(int code)
    {
        (Title, Explanation) = code switch
        {
            404 => ("Page introuvable", "La page demandée n'existe pas ou plus. Vérifiez l'adresse, ou utilisez le menu."),
            403 => ("Accès refusé", "Vous n'avez pas accès à cette page."),
            400 => ("Demande refusée", "La demande n'a pas pu être traitée (formulaire expiré ou modifié). Rechargez la page et réessayez : rien n'a été enregistré."),
            429 => ("Trop de demandes", "Trop de demandes en peu de temps. Patientez une minute puis réessayez : rien n'a été enregistré."),
            _ => ("Une erreur est survenue", "Le portail a rencontré un problème. Réessayez dans un instant ; si le problème persiste, contactez l'équipe du portail."),
        };
        if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null && code is >= 400 and < 600)
        {
            Response.StatusCode = code;
        }
    }
}
