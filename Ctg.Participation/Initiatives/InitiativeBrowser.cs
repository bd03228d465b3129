using Ctg.Participation.Accounts;
using Ctg.Participation.Conventions;
using Ctg.Participation.Data;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Initiatives;

/// <summary>Reading initiatives: the public list of validated ones with its filters, and one initiative's page.</summary>
public sealed class InitiativeBrowser(PortalDbContext db, ConventionAccess access)
{
    public sealed record ListItem(int Id, string Name, string CarrierName, string ConventionName, string AxisName, IReadOnlyList<string> Municipalities);

    public sealed record Detail(int Id, int ConventionId, string ConventionSlug, string ConventionName, string Name, string DescriptionHtml,
        CarrierKind CarrierKind, string CarrierName, string AxisName, IReadOnlyList<string> Municipalities, InitiativeNeeds Needs,
        InitiativeStatus Status, string? RefusalReason, DateTimeOffset CreatedAt, string? AuthorId, string? Contact);

    /// <summary>Validated initiatives, newest first, filtered by CTG slug, axis slug and commune INSEE code.</summary>
    public async Task<IReadOnlyList<ListItem>> ListAsync(string? ctg, string? axis, string? commune, CancellationToken ct = default)
    {
        var query = db.CitizenInitiatives.AsNoTracking().Where(i => i.Status == InitiativeStatus.Validated);
        if (!string.IsNullOrEmpty(ctg)) query = query.Where(i => i.Convention!.Slug == ctg);
        if (!string.IsNullOrEmpty(axis)) query = query.Where(i => i.Axis!.Slug == axis);
        if (!string.IsNullOrEmpty(commune)) query = query.Where(i => i.Municipalities.Any(m => m.Municipality!.InseeCode == commune));
        return await query.OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id).Take(200)
            .Select(i => new ListItem(i.Id, i.Name, i.CarrierName, i.Convention!.Name, i.Axis!.Name,
                i.Municipalities.Select(m => m.Municipality!.Name).ToList()))
            .ToListAsync(ct);
    }

    /// <summary>
    /// One initiative as this person may see it: the public once validated, the author and the CTG's staff always.
    /// The contact is filled only for those who may review the initiative (its coordinators, administrators).
    /// </summary>
    public async Task<Detail?> FindAsync(int id, string? userId, IReadOnlyCollection<string> roles, CancellationToken ct = default)
    {
        var detail = await db.CitizenInitiatives.AsNoTracking().Where(i => i.Id == id)
            .Select(i => new Detail(i.Id, i.ConventionId, i.Convention!.Slug, i.Convention.Name, i.Name, i.DescriptionHtml, i.CarrierKind, i.CarrierName,
                i.Axis!.Name, i.Municipalities.Select(m => m.Municipality!.Name).ToList(), i.Needs, i.Status, i.RefusalReason, i.CreatedAt,
                i.AuthorId, i.Contact))
            .FirstOrDefaultAsync(ct);
        if (detail is null) return null;
        var isAuthor = userId is not null && detail.AuthorId == userId;
        var isStaff = await access.CanReadAsync(userId, roles, detail.ConventionId, ct);
        if (detail.Status != InitiativeStatus.Validated && !isAuthor && !isStaff) return null;
        var canSeeContact = await access.CanManageAsync(userId, roles, detail.ConventionId, ct);
        return detail with { Contact = canSeeContact ? detail.Contact : null, AuthorId = null };
    }

    /// <summary>Initiatives of a CTG awaiting a coordinator's decision, oldest first.</summary>
    public sealed record AwaitingItem(int Id, string Name, string CarrierName);

    /// <summary>The oldest initiatives awaiting validation, and how many await in all.</summary>
    public sealed record Awaiting(IReadOnlyList<AwaitingItem> Oldest, int Total);

    /// <summary>
    /// The routing desk's queue of initiatives to validate: the <paramref name="take"/> oldest and the count (a CTG may
    /// hold a hundred; listing them all, with their communes, was a sixth of the desk's time at department scale).
    /// </summary>
    public async Task<Awaiting> AwaitingReviewAsync(int conventionId, int take = 10, CancellationToken ct = default)
    {
        var awaiting = db.CitizenInitiatives.AsNoTracking().Where(i => i.ConventionId == conventionId && i.Status == InitiativeStatus.AwaitingReview);
        var total = await awaiting.CountAsync(ct);
        if (total == 0) return new([], 0);
        var oldest = await awaiting.OrderBy(i => i.CreatedAt).ThenBy(i => i.Id).Take(take)
            .Select(i => new AwaitingItem(i.Id, i.Name, i.CarrierName)).ToListAsync(ct);
        return new(oldest, total);
    }
}
