using Ctg.Participation.Common;
using Ctg.Participation.Conventions;
using Ctg.Participation.Data;
using Ctg.Participation.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Proposals;

/// <summary>
/// The CTG's answer: status changes along the workflow, each by someone who manages that CTG's back-office, kept in
/// the history with who and when, and notified to the author and the followers.
/// </summary>
public sealed class ProposalAnswers(PortalDbContext db, ConventionAccess access,
    ProposalFollowers followers, NotificationCentre notifications, TimeProvider clock)
{
    public const int AnswerMax = 5_000;

    public enum Failure
    {
        None,
        NotFound,
        Forbidden,
        NotAllowedTransition,
        AnswerRequired,
    }

    public async Task<Failure> ChangeStatusAsync(int proposalId, Actor actor, ProposalStatus to, string? answer, CancellationToken ct = default)
    {
        var proposal = await db.Proposals.FirstOrDefaultAsync(p => p.Id == proposalId && p.PublishedAt != null, ct);
        if (proposal is null) return Failure.NotFound;
        if (!await access.CanManageAsync(actor.UserId, actor.Roles, proposal.ConventionId, ct)) return Failure.Forbidden;
        if (proposal.IsWithdrawn || !ProposalStatuses.CanMove(proposal.Status, to)) return Failure.NotAllowedTransition;

        var text = PortalText.PlainText(answer);
        if (text.Length > AnswerMax) text = text[..AnswerMax];
        if (ProposalStatuses.RequiresAnswer(to) && text.Length < ProposalText.ReasonMin) return Failure.AnswerRequired;

        var now = clock.GetUtcNow();
        proposal.StatusChanges.Add(new ProposalStatusChange
        {
            From = proposal.Status, To = to, Answer = text.Length == 0 ? null : text, ChangedById = actor.UserId, ChangedAt = now,
        });
        proposal.Status = to;
        if (text.Length > 0) proposal.Answer = text;
        await db.SaveChangesAsync(ct);

        var recipients = (await followers.RecipientsAsync(proposalId, actor.UserId, ct)).ToList();
        if (proposal.AuthorId is { } author && author != actor.UserId) recipients.Add(author);
        await notifications.PublishAsync(recipients,
            $"La proposition « {proposal.Title} » est maintenant : {ProposalStatuses.Label(to)}.", $"/propositions/{proposalId}", ct);
        return Failure.None;
    }

    public static string Message(Failure failure) => failure switch
    {
        Failure.NotFound => "Cette proposition n'existe pas.",
        Failure.Forbidden => "Seul(e) un(e) chargé(e) de coopération de cette CTG peut changer le statut.",
        Failure.NotAllowedTransition => "Ce statut ne peut pas suivre le statut actuel.",
        Failure.AnswerRequired => "Rédigez la réponse adressée à l'auteur : elle est obligatoire pour « Retenue » et « Non retenue ».",
        _ => "",
    };
}
