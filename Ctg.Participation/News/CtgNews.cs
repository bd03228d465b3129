using Ctg.Participation.ActionPlan;
using Ctg.Participation.Common;
using Ctg.Participation.Conventions;
using Ctg.Participation.Data;
using Ctg.Participation.Images;
using Ctg.Participation.Proposals;
using Ctg.Participation.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ctg.Participation.News;

/// <summary>
/// The CTG's news posts: written by its coordinators (draft or published), read on the public CTG page. Images go
/// through the shared <see cref="ImageStore"/> (checked, re-encoded), in an « actualites » folder beside proposals' images.
/// </summary>
public sealed class CtgNews(PortalDbContext db, ConventionAccess access, PortalHtmlSanitizer sanitizer, IOptions<ProposalOptions> options, TimeProvider clock)
{
    public const int TitleMin = 5, TitleMax = 150, BodyMin = 15, BodyMax = 20_000, AltMax = 250, PublicListSize = 10;

    public sealed class Input
    {
        public string? Title { get; set; }
        public string? Body { get; set; }
        public string? ImageAlt { get; set; }
        public bool Publish { get; set; }
        public bool RemoveImage { get; set; }
    }

    public sealed record Summary(int Id, string Title, bool IsPublished, DateTimeOffset? PublishedAt, DateTimeOffset CreatedAt, bool HasImage);

    public ImageStore Images => new(Path.Combine(options.Value.ImageDirectory, "actualites"));

    /// <summary>Creates (id null) or updates a post; the image, if any, was already checked and stored by the caller through <see cref="Images"/>.</summary>
    public async Task<(int? Id, IReadOnlyList<FieldProblem> Problems)> SaveAsync(int conventionId, Actor actor, int? id, Input input,
        ImageStore.Stored? image, CancellationToken ct = default)
    {
        if (!await access.CanManageAsync(actor.UserId, actor.Roles, conventionId, ct)) return (null, [new FieldProblem("", "Vous ne pouvez pas publier d'actualité pour cette CTG.")]);
        var problems = new List<FieldProblem>();
        var title = PortalText.PlainText(input.Title);
        if (title.Length is < TitleMin or > TitleMax) problems.Add(new(nameof(Input.Title), $"Saisissez le titre ({TitleMin} à {TitleMax} caractères)."));
        var body = sanitizer.Sanitize(input.Body);
        var visible = PortalHtmlSanitizer.VisibleText(body).Trim();
        if (visible.Length < BodyMin || body.Length > BodyMax) problems.Add(new(nameof(Input.Body), $"Rédigez le texte de l'actualité ({BodyMin} à {BodyMax:N0} caractères)."));
        var alt = PortalText.PlainText(input.ImageAlt);
        if (alt.Length > AltMax) problems.Add(new(nameof(Input.ImageAlt), $"La description de l'image dépasse {AltMax} caractères."));
        NewsPost? post = null;
        if (id is { } existing && (post = await db.NewsPosts.FirstOrDefaultAsync(p => p.Id == existing && p.ConventionId == conventionId, ct)) is null)
            problems.Add(new("", "Cette actualité n'existe pas."));
        var hasImage = image is not null || (post?.ImageFile is not null && !input.RemoveImage);
        if (hasImage && alt.Length == 0) problems.Add(new(nameof(Input.ImageAlt), "Décrivez l'image pour les personnes qui ne la voient pas."));
        if (problems.Count > 0) return (null, problems);

        var now = clock.GetUtcNow();
        post ??= db.NewsPosts.Add(new NewsPost { ConventionId = conventionId, CreatedAt = now, AuthorId = actor.UserId }).Entity;
        string? oldImage = null;
        if (image is not null || input.RemoveImage)
        {
            oldImage = post.ImageFile;
            post.ImageFile = image?.FileName;
            post.ImageContentType = image?.ContentType;
        }
        post.Title = title;
        post.BodyHtml = body;
        post.ImageAlt = post.ImageFile is null ? null : alt;
        if (input.Publish && !post.IsPublished) post.PublishedAt = now;
        post.IsPublished = input.Publish;
        await db.SaveChangesAsync(ct);
        if (oldImage is not null && oldImage != post.ImageFile) Images.Delete(oldImage);
        return (post.Id, []);
    }

    public async Task<IReadOnlyList<Summary>> ListAsync(int conventionId, bool publishedOnly, CancellationToken ct = default)
    {
        var query = db.NewsPosts.AsNoTracking().Where(p => p.ConventionId == conventionId);
        if (publishedOnly) query = query.Where(p => p.IsPublished);
        return await query.OrderByDescending(p => p.PublishedAt ?? p.CreatedAt).ThenByDescending(p => p.Id).Take(publishedOnly ? PublicListSize : 200)
            .Select(p => new Summary(p.Id, p.Title, p.IsPublished, p.PublishedAt, p.CreatedAt, p.ImageFile != null)).ToListAsync(ct);
    }

    /// <summary>A post of the CTG; drafts only when <paramref name="includeDrafts"/>.</summary>
    public Task<NewsPost?> FindAsync(int conventionId, int id, bool includeDrafts, CancellationToken ct = default) =>
        db.NewsPosts.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && p.ConventionId == conventionId && (includeDrafts || p.IsPublished), ct);
}
