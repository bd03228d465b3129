using Ctg.Participation.Data;
using Ctg.Participation.Governance;
using Ctg.Participation.Initiatives;
using Ctg.Participation.Proposals;
using Ctg.Participation.Surveys;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Home;

/// <summary>
/// What is happening now, for the home page of the department or of one CTG: open surveys, the latest and the most
/// supported proposals, the next public meetings, news, recently validated initiatives and the year's figures.
/// Every list is a short top-N read on an indexed column, so the home stays cheap with a whole department's data.
/// </summary>
public sealed class HomeFeed(PortalDbContext db, TimeProvider clock, HomeFeedMemo? kept = null)
{
    public const int ListSize = 4;

    public sealed record SurveyItem(int Id, string Title, string Ctg, DateTimeOffset ClosesAt);
    public sealed record ProposalItem(int Id, string Title, string Ctg, ProposalStatus Status, int Supports, int Comments, bool HasImage, DateTimeOffset PublishedAt);
    public sealed record MeetingItem(int Id, string Title, string CtgSlug, string Ctg, DateTimeOffset StartsAt, string Place);
    public sealed record NewsItem(int Id, string CtgSlug, string Ctg, string Title, bool HasImage, string? ImageAlt, DateTimeOffset? PublishedAt);
    public sealed record InitiativeItem(int Id, string Name, string Carrier, string Ctg, DateTimeOffset? ValidatedAt);

    /// <summary>The year's figures: contributions (proposals, comments, initiatives, survey answers) and proposals answered.</summary>
    public sealed record Figures(int Year, int Contributions, int Proposals, int Answered)
    {
        /// <summary>Share of this year's proposals that have an answer, in percent; null without proposals.</summary>
        public int? AnsweredShare => Proposals == 0 ? null : (int)Math.Round(100.0 * Answered / Proposals);
    }

    public sealed record Feed(
        IReadOnlyList<SurveyItem> Surveys, IReadOnlyList<ProposalItem> Latest, IReadOnlyList<ProposalItem> MostSupported,
        IReadOnlyList<MeetingItem> Meetings, IReadOnlyList<NewsItem> News, IReadOnlyList<InitiativeItem> Initiatives, Figures Figures);

    /// <summary>The feed, from memory when the host keeps one (<see cref="HomeFeedMemo"/>).</summary>
    public Task<Feed> ForAsync(int? conventionId, CancellationToken ct = default) =>
        kept is null ? ReadAsync(conventionId, ct) : kept.GetAsync(conventionId, () => ReadAsync(conventionId, ct));

    private async Task<Feed> ReadAsync(int? conventionId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var yearStart = new DateTimeOffset(now.Year, 1, 1, 0, 0, 0, TimeSpan.Zero);

        var surveys = await db.Surveys.AsNoTracking()
            .Where(s => s.Status == SurveyStatus.Published && s.OpensAt <= now && s.ClosesAt > now && (s.ClosedAt == null || s.ClosedAt > now))
            .Where(s => conventionId == null || s.ConventionId == conventionId)
            .OrderBy(s => s.ClosesAt).ThenBy(s => s.Id).Take(ListSize)
            .Select(s => new SurveyItem(s.Id, s.Title, s.Convention!.Epci, s.ClosesAt)).ToListAsync(ct);

        var visible = db.Proposals.AsNoTracking()
            .Where(p => p.PublishedAt != null && p.WithdrawnAt == null && p.Moderation == ModerationState.Visible)
            .Where(p => conventionId == null || p.ConventionId == conventionId);
        var latest = await visible.OrderByDescending(p => p.Id).Take(ListSize)
            .Select(p => new ProposalItem(p.Id, p.Title, p.Convention!.Epci, p.Status, p.SupportCount, p.CommentCount, p.ImageFile != null, p.PublishedAt!.Value))
            .ToListAsync(ct);
        var latestIds = latest.Select(p => p.Id).ToList();
        var supported = await visible.Where(p => p.SupportCount > 0 && !latestIds.Contains(p.Id))
            .OrderByDescending(p => p.SupportCount).ThenByDescending(p => p.Id).Take(ListSize)
            .Select(p => new ProposalItem(p.Id, p.Title, p.Convention!.Epci, p.Status, p.SupportCount, p.CommentCount, p.ImageFile != null, p.PublishedAt!.Value))
            .ToListAsync(ct);

        var meetings = await db.Meetings.AsNoTracking()
            .Where(m => m.Kind == MeetingKind.ReunionPublique && m.StartsAt >= now)
            .Where(m => conventionId == null || m.ConventionId == conventionId)
            .OrderBy(m => m.StartsAt).ThenBy(m => m.Id).Take(ListSize)
            .Select(m => new MeetingItem(m.Id, m.Title, m.Convention!.Slug, m.Convention.Epci, m.StartsAt, m.Place)).ToListAsync(ct);

        var news = await db.NewsPosts.AsNoTracking()
            .Where(p => p.IsPublished && p.PublishedAt != null && p.PublishedAt <= now)
            .Where(p => conventionId == null || p.ConventionId == conventionId)
            .OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id).Take(3)
            .Join(db.Conventions, p => p.ConventionId, c => c.Id, (p, c) => new NewsItem(p.Id, c.Slug, c.Epci, p.Title, p.ImageFile != null, p.ImageAlt, p.PublishedAt))
            .ToListAsync(ct);

        var initiatives = await db.CitizenInitiatives.AsNoTracking()
            .Where(i => i.Status == InitiativeStatus.Validated && i.ReviewedAt != null)
            .Where(i => conventionId == null || i.ConventionId == conventionId)
            .OrderByDescending(i => i.ReviewedAt).ThenByDescending(i => i.Id).Take(3)
            .Select(i => new InitiativeItem(i.Id, i.Name, i.CarrierName, i.Convention!.Epci, i.ReviewedAt)).ToListAsync(ct);

        var figures = await FiguresAsync(conventionId, yearStart, now, ct);
        return new Feed(surveys, latest, supported, meetings, news, initiatives, figures);
    }

    private async Task<Figures> FiguresAsync(int? conventionId, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var proposals = db.Proposals.AsNoTracking()
            .Where(p => p.PublishedAt >= from && p.PublishedAt < to && p.WithdrawnAt == null)
            .Where(p => conventionId == null || p.ConventionId == conventionId);
        var proposalCount = await proposals.CountAsync(ct);
        var answered = await proposals.CountAsync(p => p.Answer != null || p.Status == ProposalStatus.Retenue || p.Status == ProposalStatus.NonRetenue || p.Status == ProposalStatus.Realisee, ct);
        var comments = await db.Comments.AsNoTracking()
            .Where(c => c.CreatedAt >= from && c.CreatedAt < to)
            .Where(c => conventionId == null || c.Proposal!.ConventionId == conventionId).CountAsync(ct);
        var initiatives = await db.CitizenInitiatives.AsNoTracking()
            .Where(i => i.CreatedAt >= from && i.CreatedAt < to)
            .Where(i => conventionId == null || i.ConventionId == conventionId).CountAsync(ct);
        var answers = await db.SurveyResponses.AsNoTracking()
            .Where(r => r.Status == SurveyResponseStatus.Completed && r.CompletedAt >= from && r.CompletedAt < to)
            .Where(r => conventionId == null || r.Survey!.ConventionId == conventionId).CountAsync(ct);
        return new Figures(from.Year, proposalCount + comments + initiatives + answers, proposalCount, answered);
    }
}
