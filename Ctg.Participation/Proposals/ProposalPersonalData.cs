using Ctg.Participation.Accounts;
using Ctg.Participation.Data;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Proposals;

/// <summary>The proposals' share of "download my data": what the person wrote, supported, followed and reported.</summary>
public sealed class ProposalPersonalData(PortalDbContext db) : IPersonalDataSource
{
    public string Section => "propositions";

    public IReadOnlyCollection<Type> Covers { get; } = [typeof(Proposal), typeof(Comment), typeof(Support), typeof(ProposalFollow), typeof(Report)];

    public async Task<object?> CollectAsync(string userId, CancellationToken ct)
    {
        var proposals = await db.Proposals.AsNoTracking().Where(p => p.AuthorId == userId || p.EnteredById == userId).OrderBy(p => p.Id)
            .Select(p => new
            {
                id = p.Id, titre = p.Title, texte = p.BodyHtml, ctg = p.Convention!.Name, saisieAccompagnee = p.IsAssisted,
                nomDeLHabitant = p.AssistedAuthorName, statut = p.Status.ToString(), creeeLe = p.CreatedAt, publieeLe = p.PublishedAt,
                retireeLe = p.WithdrawnAt, motifDuRetrait = p.WithdrawalReason,
            })
            .ToListAsync(ct);
        var comments = await db.Comments.AsNoTracking().Where(c => c.AuthorId == userId).OrderBy(c => c.Id)
            .Select(c => new { proposition = c.ProposalId, texte = c.BodyHtml, ecritLe = c.CreatedAt, modifieLe = c.EditedAt }).ToListAsync(ct);
        var supports = await db.Supports.AsNoTracking().Where(s => s.UserId == userId).OrderBy(s => s.Id)
            .Select(s => new { proposition = s.ProposalId, le = s.CreatedAt }).ToListAsync(ct);
        var follows = await db.ProposalFollows.AsNoTracking().Where(f => f.UserId == userId)
            .Select(f => new { proposition = f.ProposalId, depuis = f.FollowedAt }).ToListAsync(ct);
        var reports = await db.Reports.AsNoTracking().Where(r => r.ReporterId == userId).OrderBy(r => r.Id)
            .Select(r => new { proposition = r.ProposalId, commentaire = r.CommentId, motif = r.Reason.ToString(), le = r.CreatedAt }).ToListAsync(ct);
        return new { propositions = proposals, commentaires = comments, soutiens = supports, suivies = follows, signalements = reports };
    }
}
