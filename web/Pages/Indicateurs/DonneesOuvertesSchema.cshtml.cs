using Ctg.Participation.Indicators;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Indicateurs;

/// <summary>The Frictionless Table Schema of an open data file (fields, types, constraints, Licence Ouverte 2.0).</summary>
public sealed class DonneesOuvertesSchemaModel(StatisticalSecrecy secrecy) : PageModel
{
    public IActionResult OnGet(string jeu)
    {
        if (OpenDataSchemas.Find(jeu, secrecy.Threshold) is not { } schema) return NotFound();
        Response.Headers.CacheControl = "public, max-age=3600";
        return Content(schema.ToJson(), "application/json; charset=utf-8");
    }
}
