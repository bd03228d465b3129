using Ctg.Participation.Conventions;
using Ctg.Participation.Cooperation;
using Ctg.Participation.Cooperation.Diagnostics;
using Ctg.Participation.Web.Pages.Coordination.Journal;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ctg.Participation.Web.Pages.Coordination.Diagnostics;

/// <summary>One shared diagnostic as read by the back-office, with its document.</summary>
[Authorize(Policy = ConventionPermissions.ReadBackOffice)]
public sealed class DiagnosticModel(ConventionDirectory directory, IAuthorizationService authorization, SharedDiagnostics diagnostics, DocumentStore documents)
    : CooperationPage(directory, authorization)
{
    public SharedDiagnostics.Detail Detail { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(string ctg, int id)
    {
        if (!await LoadConventionAsync(ctg)) return NotFound();
        if (await diagnostics.DetailAsync(Convention.Id, id, HttpContext.RequestAborted) is not { } detail) return NotFound();
        Detail = detail;
        return Page();
    }

    public async Task<IActionResult> OnGetDocumentAsync(string ctg, int id)
    {
        if (!await LoadConventionAsync(ctg)) return NotFound();
        return Download(await diagnostics.DocumentAsync(Convention.Id, id, HttpContext.RequestAborted), documents);
    }
}
