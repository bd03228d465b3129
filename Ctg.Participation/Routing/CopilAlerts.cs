using Ctg.Participation.Common;
using Ctg.Participation.Conventions;
using Ctg.Participation.Data;
using Ctg.Participation.Proposals;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Routing;

/// <summary>Raising an alert to the Copil, listing a CTG's alerts (open ones first), closing one with its resolution.</summary>
public sealed class CopilAlerts(PortalDbContext db, ConventionAccess access, TimeProvider clock)
{
    public const int SubjectMin = 5, SubjectMax = 200, TextMin = 10, TextMax = 2_000;

    public sealed record Line(int Id, string Subject, string Reason, string RaisedBy, DateTimeOffset RaisedAt, RoutingDesk.ItemRef? Item,
        DateTimeOffset? ClosedAt, string? Resolution, int? ActionNumber = null, string? ActionTitle = null);

    public async Task<IReadOnlyList<Line>> ListAsync(int conventionId, CancellationToken ct = default)
    {
        var rows = await db.CopilAlerts.AsNoTracking().Where(a => a.ConventionId == conventionId)
            .OrderBy(a => a.ClosedAt != null).ThenBy(a => a.RaisedAt).ThenBy(a => a.Id)
            .Select(a => new { a.Id, a.Subject, a.Reason, RaisedBy = a.RaisedBy == null ? null : a.RaisedBy.DisplayName, a.RaisedAt, a.ContributionKind, a.ContributionId, a.ClosedAt, a.Resolution,
                Action = db.PlanActions.Where(p => p.Id == a.ActionId).Select(p => new { p.Number, p.Title }).FirstOrDefault() })
            .ToListAsync(ct);
        return rows.Select(a => new Line(a.Id, a.Subject, a.Reason, a.RaisedBy ?? Accounts.FormerParticipant.DisplayName, a.RaisedAt,
            a.ContributionKind is { } kind && a.ContributionId is { } id ? new RoutingDesk.ItemRef(kind, id) : null, a.ClosedAt, a.Resolution,
            a.Action?.Number, a.Action?.Title)).ToList();
    }

    /// <summary>Raises an alert; returns the field and French message of the first problem, or null.</summary>
    public Task<(string Field, string Message)?> RaiseAsync(int conventionId, Actor actor, string? subject, string? reason,
        RoutingDesk.ItemRef? item, CancellationToken ct = default) => RaiseAsync(conventionId, actor, subject, reason, item, actionId: null, ct);

    /// <summary>Raises an alert on a routed item, on a fiche action of the CTG (<paramref name="actionId"/>), or on neither.</summary>
    public async Task<(string Field, string Message)?> RaiseAsync(int conventionId, Actor actor, string? subject, string? reason,
        RoutingDesk.ItemRef? item, int? actionId, CancellationToken ct = default)
    {
        if (!await access.CanManageAsync(actor.UserId, actor.Roles, conventionId, ct)) return ("", "Vous ne pouvez pas alerter le Copil de cette CTG.");
        var cleanSubject = PortalText.PlainText(subject);
        if (cleanSubject.Length is < SubjectMin or > SubjectMax) return ("Subject", $"Saisissez l'objet de l'alerte ({SubjectMin} à {SubjectMax} caractères).");
        var cleanReason = PortalText.PlainText(reason);
        if (cleanReason.Length is < TextMin or > TextMax) return ("Reason", $"Expliquez ce qui bloque ou ce qui est en retard ({TextMin} à {TextMax:N0} caractères).");
        if (item is not null && !await db.Routings.AnyAsync(r => r.ConventionId == conventionId && r.ContributionKind == item.Kind && r.ContributionId == item.Id, ct))
            return ("Item", "Cet élément n'a pas été orienté dans cette CTG.");
        if (actionId is not null && !await db.PlanActions.AnyAsync(p => p.Id == actionId && p.ConventionId == conventionId, ct))
            return ("Action", "Cette fiche action n'appartient pas au plan de cette CTG.");

        db.CopilAlerts.Add(new CopilAlert
        {
            ConventionId = conventionId, Subject = cleanSubject, Reason = cleanReason, ContributionKind = item?.Kind, ContributionId = item?.Id, ActionId = actionId,
            RaisedById = actor.UserId, RaisedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Closes an open alert of this CTG with what the Copil decided. Returns a French error, or null.</summary>
    public async Task<string?> CloseAsync(int conventionId, int alertId, Actor actor, string? resolution, CancellationToken ct = default)
    {
        if (!await access.CanManageAsync(actor.UserId, actor.Roles, conventionId, ct)) return "Vous ne pouvez pas clore les alertes de cette CTG.";
        var alert = await db.CopilAlerts.FirstOrDefaultAsync(a => a.Id == alertId && a.ConventionId == conventionId, ct);
        if (alert is null || !alert.IsOpen) return "Cette alerte est déjà close.";
        var text = PortalText.PlainText(resolution);
        if (text.Length is < TextMin or > TextMax) return $"Indiquez la suite donnée par le Copil ({TextMin} à {TextMax:N0} caractères).";
        alert.ClosedAt = clock.GetUtcNow();
        alert.ClosedById = actor.UserId;
        alert.Resolution = text;
        await db.SaveChangesAsync(ct);
        return null;
    }
}
