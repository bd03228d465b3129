using Ctg.Participation.Accounts;
using Ctg.Participation.Common;
using Ctg.Participation.Conventions;
using Ctg.Participation.Data;
using Ctg.Participation.Notifications;
using Ctg.Participation.Proposals;
using Ctg.Participation.Text;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Initiatives;

/// <summary>
/// Declaring an initiative and its review by the CTG: texts cleaned once on write, communes and axis checked against
/// the CTG, the author told of the decision (with the reason of a refusal) through the notification centre.
/// </summary>
public sealed class InitiativeSubmission(PortalDbContext db, PortalHtmlSanitizer sanitizer, ConventionAccess access,
    NotificationCentre notifications, TimeProvider clock)
{
    public const int NameMin = 5, NameMax = 150, DescriptionMin = 15, DescriptionMax = 5_000, ContactMin = 5, ContactMax = 300, ReasonMin = 10, ReasonMax = 1_000;

    /// <summary>What the form sends. Field names in the errors match these property names.</summary>
    public sealed record Draft(string? Name, string? Description, CarrierKind CarrierKind, string? CarrierName, int ConventionId,
        IReadOnlyCollection<int> MunicipalityIds, int? AxisId, InitiativeNeeds Needs, string? Contact);

    public sealed record Outcome(int? InitiativeId, FieldErrors Errors);

    public async Task<Outcome> DeclareAsync(string userId, Draft draft, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var name = PortalText.PlainText(draft.Name);
        if (name.Length is < NameMin or > NameMax)
            errors[nameof(Draft.Name)] = name.Length == 0 ? "Saisissez le nom de l'initiative." : $"Le nom doit compter entre {NameMin} et {NameMax} caractères.";
        var description = sanitizer.Sanitize(draft.Description);
        var visible = PortalHtmlSanitizer.VisibleText(description).Length;
        if (visible is < DescriptionMin or > DescriptionMax)
            errors[nameof(Draft.Description)] = visible == 0 ? "Décrivez l'initiative." : $"La description doit compter entre {DescriptionMin} et {DescriptionMax:N0} caractères.";
        var carrier = DisplayNames.Normalize(draft.CarrierName);
        if (carrier.Length is < 2 or > 80)
            errors[nameof(Draft.CarrierName)] = "Saisissez le nom public de la personne ou de l'association qui porte l'initiative (2 à 80 caractères).";
        if (!Enum.IsDefined(draft.CarrierKind)) errors[nameof(Draft.CarrierKind)] = "Indiquez qui porte l'initiative.";
        var contact = PortalText.PlainText(draft.Contact);
        if (contact.Length is < ContactMin or > ContactMax)
            errors[nameof(Draft.Contact)] = "Indiquez comment joindre les porteurs (adresse électronique ou téléphone, 5 à 300 caractères).";
        if (draft.MunicipalityIds.Count == 0) errors[nameof(Draft.MunicipalityIds)] = "Choisissez au moins une commune.";
        if (draft.AxisId is null) errors[nameof(Draft.AxisId)] = "Choisissez l'axe de la CTG.";

        var municipalities = draft.MunicipalityIds.Distinct().ToList();
        if (municipalities.Count > 0 && await db.Municipalities.CountAsync(m => municipalities.Contains(m.Id) && m.ConventionId == draft.ConventionId, ct) != municipalities.Count)
            errors[nameof(Draft.MunicipalityIds)] = "Choisissez des communes de cette CTG.";
        if (draft.AxisId is { } axis && !await db.Axes.AnyAsync(a => a.Id == axis && a.ConventionId == draft.ConventionId, ct))
            errors[nameof(Draft.AxisId)] = "Choisissez un axe de cette CTG.";
        if (errors.Any) return new(null, errors);

        var initiative = new CitizenInitiative
        {
            ConventionId = draft.ConventionId, AuthorId = userId, Name = name, DescriptionHtml = description,
            CarrierKind = draft.CarrierKind, CarrierName = carrier, AxisId = draft.AxisId!.Value,
            // Only the five known needs: a forged value cannot store unknown bits.
            Needs = draft.Needs & AllNeeds, Contact = contact, CreatedAt = clock.GetUtcNow(),
            Municipalities = municipalities.Select(id => new InitiativeMunicipality { MunicipalityId = id }).ToList(),
        };
        db.CitizenInitiatives.Add(initiative);
        await db.SaveChangesAsync(ct);
        return new(initiative.Id, errors);
    }

    /// <summary>Validates (publishes) or refuses an initiative awaiting review. Returns a French error, or null.</summary>
    public async Task<string?> ReviewAsync(int initiativeId, Actor actor, bool validate, string? reason, CancellationToken ct = default)
    {
        var initiative = await db.CitizenInitiatives.FirstOrDefaultAsync(i => i.Id == initiativeId, ct);
        if (initiative is null) return "Cette initiative n'existe pas.";
        if (!await access.CanManageAsync(actor.UserId, actor.Roles, initiative.ConventionId, ct)) return "Vous ne pouvez pas valider les initiatives de cette CTG.";
        if (initiative.Status != InitiativeStatus.AwaitingReview) return "Cette initiative a déjà été examinée.";
        var text = PortalText.PlainText(reason);
        if (!validate && text.Length is < ReasonMin or > ReasonMax) return $"Expliquez le refus à son auteur ({ReasonMin} à {ReasonMax} caractères).";

        initiative.Status = validate ? InitiativeStatus.Validated : InitiativeStatus.Refused;
        initiative.RefusalReason = validate ? null : text;
        initiative.ReviewedById = actor.UserId;
        initiative.ReviewedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);

        if (initiative.AuthorId is { } author)
        {
            var message = validate
                ? $"Votre initiative « {initiative.Name} » est publiée."
                : $"Votre initiative « {initiative.Name} » n'a pas été retenue. Motif : {text}";
            await notifications.PublishAsync([author], message, $"/initiatives/{initiative.Id}", ct);
        }
        return null;
    }

    private const InitiativeNeeds AllNeeds = InitiativeNeeds.Room | InitiativeNeeds.Funding | InitiativeNeeds.Communication
        | InitiativeNeeds.Partners | InitiativeNeeds.MethodologicalSupport;
}
