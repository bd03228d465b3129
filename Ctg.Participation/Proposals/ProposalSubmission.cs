using Ctg.Participation.Accounts;
using Ctg.Participation.Common;
using Ctg.Participation.Data;
using Ctg.Participation.Text;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Proposals;

/// <summary>
/// Writing a proposal: the draft the author previews, its edits until the first support or comment, publishing,
/// withdrawing. Every text is cleaned here, once, on write.
/// </summary>
public sealed class ProposalSubmission(PortalDbContext db, PortalHtmlSanitizer sanitizer, ProposalFollowers followers, ProposalImages images, TimeProvider clock)
{
    /// <summary>What the form sends. Field names in <see cref="FieldErrors"/> match these property names.</summary>
    public sealed record Draft(string? Title, string? Body, int ConventionId, IReadOnlyCollection<int> MunicipalityIds,
        IReadOnlyCollection<int> AxisIds, Guid SubmissionKey, string? AssistedAuthorName = null);

    public sealed record Outcome(int? ProposalId, FieldErrors Errors);

    public sealed record Cleaned(string Title, string BodyHtml, string? AssistedAuthorName);

    /// <summary>The rules of a draft, without the database: cleaned texts and the French messages for each field.</summary>
    public Cleaned Clean(Draft draft, bool assisted, FieldErrors errors)
    {
        var title = PortalText.PlainText(draft.Title);
        if (title.Length < ProposalText.TitleMin || title.Length > ProposalText.TitleMax)
        {
            errors[nameof(Draft.Title)] = title.Length == 0
                ? "Saisissez un titre."
                : $"Le titre doit compter entre {ProposalText.TitleMin} et {ProposalText.TitleMax} caractères (il en compte {title.Length}).";
        }
        var body = sanitizer.Sanitize(draft.Body);
        var visible = PortalHtmlSanitizer.VisibleText(body).Length;
        if (visible < ProposalText.BodyMin || visible > ProposalText.BodyMax)
        {
            errors[nameof(Draft.Body)] = visible == 0
                ? "Décrivez votre proposition."
                : $"La description doit compter entre {ProposalText.BodyMin} et {ProposalText.BodyMax:N0} caractères (elle en compte {visible:N0}).";
        }
        if (draft.MunicipalityIds.Count == 0) errors[nameof(Draft.MunicipalityIds)] = "Choisissez au moins une commune concernée.";
        if (draft.AxisIds.Count == 0) errors[nameof(Draft.AxisIds)] = "Choisissez au moins un axe de la CTG.";

        string? assistedName = null;
        if (assisted)
        {
            assistedName = DisplayNames.Normalize(draft.AssistedAuthorName);
            if (assistedName.Length is < 2 or > 60) errors[nameof(Draft.AssistedAuthorName)] = "Saisissez le nom sous lequel l'habitant souhaite apparaître (2 à 60 caractères).";
            else if (DisplayNames.Problem(assistedName) is { } problem) errors[nameof(Draft.AssistedAuthorName)] = problem;
        }
        return new Cleaned(title, body, assistedName);
    }

    /// <summary>
    /// Creates the draft. The same submission key twice (double click, resent POST) returns the first draft: the
    /// unique index on the key decides when both requests arrive together.
    /// </summary>
    public async Task<Outcome> CreateDraftAsync(string userId, Draft draft, bool assisted, ProposalImages.Stored? image, CancellationToken ct = default)
    {
        if (await FindSubmittedAsync(draft.SubmissionKey, userId, ct) is { } existing) return new(existing, new FieldErrors());

        var errors = new FieldErrors();
        var cleaned = Clean(draft, assisted, errors);
        await CheckTerritoryAsync(draft, errors, ct);
        if (errors.Any) return new(null, errors);

        var proposal = new Proposal
        {
            ConventionId = draft.ConventionId, SubmissionKey = draft.SubmissionKey, CreatedAt = clock.GetUtcNow(),
            AuthorId = assisted ? null : userId, EnteredById = assisted ? userId : null, IsAssisted = assisted,
            AssistedAuthorName = cleaned.AssistedAuthorName, ImageFile = image?.FileName, ImageContentType = image?.ContentType,
        };
        Apply(proposal, draft, cleaned);
        db.Proposals.Add(proposal);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Both requests of a double click passed the first check; the unique index kept the first one's.
            db.ChangeTracker.Clear();
            if (await FindSubmittedAsync(draft.SubmissionKey, userId, ct) is { } raced) return new(raced, new FieldErrors());
            throw;
        }
        return new(proposal.Id, errors);
    }

    /// <summary>Edits a proposal (draft or published) while its owner still may: before any support or comment.</summary>
    public async Task<Outcome> UpdateAsync(int proposalId, string userId, Draft draft, ProposalImages.Stored? newImage, bool removeImage, CancellationToken ct = default)
    {
        var proposal = await db.Proposals.Include(p => p.Municipalities).Include(p => p.Axes).FirstOrDefaultAsync(p => p.Id == proposalId, ct);
        var errors = new FieldErrors();
        if (proposal is null || !proposal.CanBeEditedBy(userId))
        {
            errors[""] = "Cette proposition ne peut plus être modifiée : elle a déjà reçu un soutien ou un commentaire.";
            return new(null, errors);
        }
        draft = draft with { ConventionId = proposal.ConventionId };
        var cleaned = Clean(draft, proposal.IsAssisted, errors);
        await CheckTerritoryAsync(draft, errors, ct);
        if (errors.Any) return new(null, errors);

        Apply(proposal, draft, cleaned);
        if (proposal.IsAssisted) proposal.AssistedAuthorName = cleaned.AssistedAuthorName;
        string? replaced = null;
        if (newImage is not null || removeImage)
        {
            replaced = proposal.ImageFile;
            proposal.ImageFile = newImage?.FileName;
            proposal.ImageContentType = newImage?.ContentType;
        }
        if (proposal.IsPublished) proposal.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        // Only once the proposal no longer points at it: a photo the author removed is not kept.
        images.Delete(replaced);
        return new(proposal.Id, errors);
    }

    public async Task<bool> PublishAsync(int proposalId, string userId, CancellationToken ct = default)
    {
        var proposal = await db.Proposals.FirstOrDefaultAsync(p => p.Id == proposalId, ct);
        if (proposal is null || !proposal.IsOwnedBy(userId)) return false;
        if (proposal.IsPublished) return true;
        proposal.PublishedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        // The author (or the coordinator who entered it) hears about comments and answers.
        await followers.FollowAsync(proposalId, userId, ct);
        return true;
    }

    /// <summary>Withdraws a published proposal with the author's reason; it stays readable, marked as withdrawn.</summary>
    public async Task<string?> WithdrawAsync(int proposalId, string userId, string? reason, CancellationToken ct = default)
    {
        var text = (reason ?? "").Trim();
        if (text.Length < ProposalText.ReasonMin || text.Length > ProposalText.ReasonMax)
        {
            return $"Expliquez en quelques mots pourquoi vous retirez la proposition ({ProposalText.ReasonMin} à {ProposalText.ReasonMax} caractères).";
        }
        var proposal = await db.Proposals.FirstOrDefaultAsync(p => p.Id == proposalId, ct);
        if (proposal is null || !proposal.IsOwnedBy(userId) || !proposal.IsPublished || proposal.IsWithdrawn)
        {
            return "Cette proposition ne peut pas être retirée.";
        }
        proposal.WithdrawnAt = clock.GetUtcNow();
        proposal.WithdrawalReason = PortalText.PlainText(text);
        await db.SaveChangesAsync(ct);
        return null;
    }

    private static void Apply(Proposal proposal, Draft draft, Cleaned cleaned)
    {
        proposal.Title = cleaned.Title;
        proposal.BodyHtml = cleaned.BodyHtml;
        proposal.SearchText = ProposalText.SearchTextOf(cleaned.Title, cleaned.BodyHtml);
        proposal.Municipalities = draft.MunicipalityIds.Distinct().Select(id => new ProposalMunicipality { MunicipalityId = id }).ToList();
        proposal.Axes = draft.AxisIds.Distinct().Select(id => new ProposalAxis { AxisId = id }).ToList();
    }

    /// <summary>Communes and axes must belong to the chosen CTG: a forged form cannot attach another territory's.</summary>
    private async Task CheckTerritoryAsync(Draft draft, FieldErrors errors, CancellationToken ct)
    {
        if (!await db.Conventions.AnyAsync(c => c.Id == draft.ConventionId, ct))
        {
            errors[nameof(Draft.ConventionId)] = "Choisissez la CTG concernée.";
            return;
        }
        var municipalities = draft.MunicipalityIds.Distinct().ToList();
        if (municipalities.Count > 0 && await db.Municipalities.CountAsync(m => municipalities.Contains(m.Id) && m.ConventionId == draft.ConventionId, ct) != municipalities.Count)
        {
            errors[nameof(Draft.MunicipalityIds)] = "Choisissez des communes de cette CTG.";
        }
        var axes = draft.AxisIds.Distinct().ToList();
        if (axes.Count > 0 && await db.Axes.CountAsync(a => axes.Contains(a.Id) && a.ConventionId == draft.ConventionId, ct) != axes.Count)
        {
            errors[nameof(Draft.AxisIds)] = "Choisissez des axes de cette CTG.";
        }
    }

    /// <summary>The proposal a submission key already made for this person, if any.</summary>
    public async Task<int?> FindSubmittedAsync(Guid key, string userId, CancellationToken ct) =>
        await db.Proposals.Where(p => p.SubmissionKey == key && (p.AuthorId == userId || p.EnteredById == userId))
            .Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
}
