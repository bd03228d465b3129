using Ctg.Participation.DepartmentNetwork;
using Ctg.Participation.Web.Common;
using Ctg.Participation.Web.DepartmentNetwork;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Coordination.Reseau.Supports;

/// <summary>
/// Sharing a support in the department library. The request may carry a little more than the 20 MB file (the form
/// around it); anything bigger is cut by the server before it is read. The file's content is checked by the library.
/// </summary>
[Authorize(Policy = DepartmentNetworkPermissions.Take)]
[RequestSizeLimit(RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = RequestLimit)]
public sealed class NouveauModel(SupportLibrary library) : PageModel
{
    public const long RequestLimit = SupportFileCheck.MaxBytes + 2 * 1024 * 1024;

    public sealed class SupportInput
    {
        public string? Title { get; set; }
        public SupportKind? Kind { get; set; }
        public int? OriginConventionId { get; set; }
        public List<string> Axes { get; set; } = [];
    }

    [BindProperty] public SupportInput Input { get; set; } = new();
    public IReadOnlyList<(int Id, string Name)> Origins { get; private set; } = [];
    public IReadOnlyList<string> AxisNames { get; private set; } = [];
    public bool CanShareForDepartment { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync(IFormFile? fichier)
    {
        await LoadAsync();
        if (!ModelState.IsValid) return Page();
        await using var content = fichier?.OpenReadStream();
        var outcome = await library.ShareAsync(User.NetworkActor(),
            new SupportLibrary.Upload(Input.Title, Input.Kind, Input.OriginConventionId, Input.Axes, fichier?.FileName, content, fichier?.Length ?? 0),
            HttpContext.RequestAborted);
        if (outcome.Id is null)
        {
            foreach (var (field, message) in outcome.Errors)
                ModelState.AddModelError(field switch { "" => "", "File" => "fichier", _ => $"{nameof(Input)}.{field}" }, message);
            return Page();
        }
        TempData["Message"] = "Le support est partagé avec le réseau départemental.";
        return RedirectToPage("/Coordination/Reseau/Index");
    }

    private async Task LoadAsync()
    {
        var actor = User.NetworkActor();
        Origins = await library.OriginChoicesAsync(actor, HttpContext.RequestAborted);
        AxisNames = await library.AxisNamesAsync(HttpContext.RequestAborted);
        CanShareForDepartment = actor.IsOrganiser;
        if (Input.OriginConventionId is null && Origins.Count == 1 && !CanShareForDepartment) Input.OriginConventionId = Origins[0].Id;
    }
}
