using Ctg.Participation.Conventions;
using Ctg.Participation.Cooperation.Diagnostics;
using Ctg.Participation.Web.Pages.Coordination.Journal;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ctg.Participation.Web.Pages.Coordination.Diagnostics;

/// <summary>The CTG's shared diagnostics, newest first. Coordinators write; Caf advisors read.</summary>
[Authorize(Policy = ConventionPermissions.ReadBackOffice)]
public sealed class IndexModel(ConventionDirectory directory, IAuthorizationService authorization, SharedDiagnostics diagnostics)
    : CooperationPage(directory, authorization)
{
    public IReadOnlyList<SharedDiagnostics.Summary> Diagnostics { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string ctg)
    {
        if (!await LoadConventionAsync(ctg)) return NotFound();
        Diagnostics = await diagnostics.ListAsync(Convention.Id, HttpContext.RequestAborted);
        return Page();
    }
}
