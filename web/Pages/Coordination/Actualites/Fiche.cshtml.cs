using Ctg.Participation.Conventions;
using Ctg.Participation.Images;
using Ctg.Participation.News;
using Ctg.Participation.Web.Common;
using Ctg.Participation.Web.Pages.Coordination.Plan;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ctg.Participation.Web.Pages.Coordination.Actualites;

/// <summary>Writes a news post (draft or published) with an optional image. Only the CTG's coordinators and administrators.</summary>
[Authorize(Policy = ConventionPermissions.ManageBackOffice)]
[RequestSizeLimit(ImageStore.MaxBytes + 256 * 1024)]
public sealed class FicheModel(ConventionDirectory directory, IAuthorizationService authorization, CtgNews news) : PlanPage(directory, authorization)
{
    [BindProperty] public CtgNews.Input Input { get; set; } = new();
    public int? Id { get; private set; }
    public bool HasImage { get; private set; }

    public async Task<IActionResult> OnGetAsync(string ctg, int? id)
    {
        if (!await LoadConventionAsync(ctg)) return NotFound();
        if (!CanManage) return Forbid();
        Id = id;
        if (id is { } existing)
        {
            var post = await news.FindAsync(Convention.Id, existing, includeDrafts: true, HttpContext.RequestAborted);
            if (post is null) return NotFound();
            Input = new CtgNews.Input { Title = post.Title, Body = post.BodyHtml, ImageAlt = post.ImageAlt, Publish = post.IsPublished };
            HasImage = post.ImageFile is not null;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string ctg, int? id, IFormFile? image)
    {
        if (!await LoadConventionAsync(ctg)) return NotFound();
        if (!CanManage) return Forbid();
        Id = id;
        ModelState.Clear();
        ImageStore.Stored? stored = null;
        if (image is { Length: > 0 })
        {
            await using var stream = image.OpenReadStream();
            var saved = await news.Images.SaveAsync(stream, image.Length, HttpContext.RequestAborted);
            if (saved.Error is not null)
            {
                ModelState.AddModelError("image", saved.Error);
                return Page();
            }
            stored = saved.Image;
        }
        var (savedId, problems) = await news.SaveAsync(Convention.Id, User.Actor(), id, Input, stored, HttpContext.RequestAborted);
        if (savedId is null)
        {
            // Nothing stored: the image just written is not referenced by any post, so it goes too.
            if (stored is not null) news.Images.Delete(stored.FileName);
            ModelState.AddErrors("Input", problems);
            return Page();
        }
        TempData["Message"] = Input.Publish ? "L'actualité est publiée." : "Le brouillon est enregistré.";
        return RedirectToPage("/Coordination/Actualites/Index", new { ctg = ctg });
    }
}
