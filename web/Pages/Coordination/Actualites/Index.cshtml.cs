using Ctg.Participation.Conventions;
using Ctg.Participation.News;
using Ctg.Participation.Web.Pages.Coordination.Plan;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ctg.Participation.Web.Pages.Coordination.Actualites;

/// <summary>The CTG's news posts in the back-office, drafts included.</summary>
[Authorize(Policy = ConventionPermissions.ReadBackOffice)]
public sealed class IndexModel(ConventionDirectory directory, IAuthorizationService authorization, CtgNews news) : PlanPage(directory, authorization)
{
    public IReadOnlyList<CtgNews.Summary> Posts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string ctg)
    {
        if (!await LoadConventionAsync(ctg)) return NotFound();
        Posts = await news.ListAsync(Convention.Id, publishedOnly: false, HttpContext.RequestAborted);
        return Page();
    }
}
