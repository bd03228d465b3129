using Ctg.Participation.Conventions;
using Ctg.Participation.Data;
using Ctg.Participation.Indicators;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Governance;

/// <summary>
/// What every governance indicator shares: the meetings "held" on a scope are those of the CTG (every CTG when the
/// scope has none) that started within the period and before now. With an axis, only meetings of a working group
/// whose axes include it count (Copil and comités techniques cover every axis, so they are left out of an axis view).
/// Meetings have no commune: the commune filter is ignored.
/// </summary>
public abstract class GovernanceIndicator(PortalDbContext db, TimeProvider clock) : IIndicator
{
    public const string Source = "Portail : réunions et relevés de décisions (module Instances)";
    protected const string ScopeNote = " Par CTG (ou tout le département), sur la période ; avec un axe, seules les réunions des groupes de travail rattachés à cet axe comptent ; le filtre par commune est ignoré (une réunion n'a pas de commune).";

    protected PortalDbContext Db { get; } = db;

    public abstract IndicatorDefinition Definition { get; }

    public abstract Task<IndicatorValue> ComputeAsync(IndicatorScope scope, CancellationToken ct = default);

    protected IQueryable<Meeting> Held(IndicatorScope scope)
    {
        var now = clock.GetUtcNow();
        var start = scope.Start;
        var end = scope.End < now ? scope.End : now;
        var meetings = Db.Meetings.AsNoTracking().Where(m => m.StartsAt >= start && m.StartsAt < end);
        return ForScope(meetings, scope);
    }

    protected static IQueryable<Meeting> ForScope(IQueryable<Meeting> meetings, IndicatorScope scope)
    {
        if (scope.ConventionId is { } conventionId) meetings = meetings.Where(m => m.ConventionId == conventionId);
        if (scope.AxisId is { } axisId) meetings = meetings.Where(m => m.WorkingGroup != null && m.WorkingGroup.Axes.Any(a => a.Id == axisId));
        return meetings;
    }
}

/// <summary>1.1: number of Copil meetings held.</summary>
public sealed class CopilMeetingsIndicator(PortalDbContext db, TimeProvider clock) : GovernanceIndicator(db, clock)
{
    public override IndicatorDefinition Definition { get; } = new("gouvernance.copil.reunions", "Réunions du comité de pilotage tenues", "1.1", Source,
        "Nombre de réunions de type « comité de pilotage » qui ont eu lieu sur la période." + ScopeNote, IndicatorUnit.Count) { ReferentialLine = "T2-1.1-a" };

    public override async Task<IndicatorValue> ComputeAsync(IndicatorScope scope, CancellationToken ct = default) =>
        IndicatorValue.Of(await Held(scope).CountAsync(m => m.Kind == MeetingKind.ComiteDePilotage, ct));
}

/// <summary>1.1: regularity of the Copil, as the mean number of days between two consecutive Copil meetings.</summary>
public sealed class CopilRegularityIndicator(PortalDbContext db, TimeProvider clock) : GovernanceIndicator(db, clock)
{
    public override IndicatorDefinition Definition { get; } = new("gouvernance.copil.regularite", "Régularité du comité de pilotage", "1.1", Source,
        "Nombre moyen de jours entre deux réunions consécutives du comité de pilotage tenues sur la période : (date de la dernière − date de la première) ÷ (nombre de réunions − 1). Sans objet en dessous de deux réunions." + ScopeNote,
        IndicatorUnit.Days) { ReferentialLine = "FA17-1" };

    public override async Task<IndicatorValue> ComputeAsync(IndicatorScope scope, CancellationToken ct = default)
    {
        var copil = Held(scope).Where(m => m.Kind == MeetingKind.ComiteDePilotage);
        var count = await copil.CountAsync(ct);
        if (count < 2) return IndicatorValue.None;
        var first = await copil.OrderBy(m => m.StartsAt).Select(m => m.StartsAt).FirstAsync(ct);
        var last = await copil.OrderByDescending(m => m.StartsAt).Select(m => m.StartsAt).FirstAsync(ct);
        var days = (decimal)(last - first).TotalDays / (count - 1);
        return IndicatorValue.Of(Math.Round(days, 1), $"{count} réunions");
    }
}

/// <summary>2.1: meetings of the governance bodies and working groups held (public meetings are not counted).</summary>
public sealed class GovernanceMeetingsIndicator(PortalDbContext db, TimeProvider clock) : GovernanceIndicator(db, clock)
{
    public override IndicatorDefinition Definition { get; } = new("gouvernance.reunions", "Réunions des instances et groupes de travail tenues", "2.1", Source,
        "Nombre de réunions tenues sur la période par les instances de gouvernance (Copil, comité technique), les groupes de travail et les commissions ; les réunions publiques ne sont pas comptées." + ScopeNote,
        IndicatorUnit.Count) { ReferentialLine = "FA17-1" };

    public override async Task<IndicatorValue> ComputeAsync(IndicatorScope scope, CancellationToken ct = default) =>
        IndicatorValue.Of(await Held(scope).CountAsync(m => m.Kind != MeetingKind.ReunionPublique, ct));
}

/// <summary>3.1: partners' attendance rate at the meetings held.</summary>
public sealed class PartnerAttendanceRateIndicator(PortalDbContext db, TimeProvider clock) : GovernanceIndicator(db, clock)
{
    public override IndicatorDefinition Definition { get; } = new("gouvernance.partenaires.taux-presence", "Taux de présence des partenaires aux temps de concertation", "3.1", Source,
        "Invitations de partenaires marquées « présent » ÷ invitations de partenaires dont la présence est renseignée (présent, excusé ou absent), aux réunions tenues sur la période, en %. Un partenaire excusé compte comme non présent. Sans objet sans présence renseignée." + ScopeNote,
        IndicatorUnit.Percent) { ReferentialLine = "FA17-2" };

    public override async Task<IndicatorValue> ComputeAsync(IndicatorScope scope, CancellationToken ct = default)
    {
        var held = Held(scope);
        var counts = await Db.MeetingInvitees.AsNoTracking()
            .Where(i => i.PartnerId != null && i.Attendance != AttendanceStatus.NotRecorded && held.Any(m => m.Id == i.MeetingId))
            .GroupBy(_ => 1)
            .Select(g => new { Recorded = g.Count(), Present = g.Count(i => i.Attendance == AttendanceStatus.Present) })
            .SingleOrDefaultAsync(ct);
        if (counts is null || counts.Recorded == 0) return IndicatorValue.None;
        return IndicatorValue.Of(Math.Round(100m * counts.Present / counts.Recorded, 1), $"{counts.Present} présences sur {counts.Recorded} invitations");
    }
}

/// <summary>3.1: distinct partners present at least once in the period.</summary>
public sealed class PartnersMobilisedIndicator(PortalDbContext db, TimeProvider clock) : GovernanceIndicator(db, clock)
{
    public override IndicatorDefinition Definition { get; } = new("gouvernance.partenaires.mobilises", "Partenaires mobilisés", "3.1", Source,
        "Nombre de partenaires distincts présents au moins une fois à une réunion tenue sur la période." + ScopeNote, IndicatorUnit.Count);

    public override async Task<IndicatorValue> ComputeAsync(IndicatorScope scope, CancellationToken ct = default)
    {
        var held = Held(scope);
        return IndicatorValue.Of(await Db.MeetingInvitees.AsNoTracking()
            .Where(i => i.PartnerId != null && i.Attendance == AttendanceStatus.Present && held.Any(m => m.Id == i.MeetingId))
            .Select(i => i.PartnerId).Distinct().CountAsync(ct));
    }
}

/// <summary>3.1: partners present for the first time in the period.</summary>
public sealed class NewPartnersIndicator(PortalDbContext db, TimeProvider clock) : GovernanceIndicator(db, clock)
{
    public override IndicatorDefinition Definition { get; } = new("gouvernance.partenaires.nouveaux", "Nouveaux partenaires mobilisés", "3.1", Source,
        "Nombre de partenaires présents à une réunion tenue sur la période et jamais présents auparavant à une réunion de la même CTG (du département sans CTG choisie)." + ScopeNote,
        IndicatorUnit.Count) { ReferentialLine = "T2-3.1-e" };

    public override async Task<IndicatorValue> ComputeAsync(IndicatorScope scope, CancellationToken ct = default)
    {
        var held = Held(scope);
        var start = scope.Start;
        var earlier = Db.Meetings.AsNoTracking().Where(m => m.StartsAt < start);
        if (scope.ConventionId is { } conventionId) earlier = earlier.Where(m => m.ConventionId == conventionId);
        var presentBefore = Db.MeetingInvitees.Where(i => i.Attendance == AttendanceStatus.Present && earlier.Any(m => m.Id == i.MeetingId));
        var newcomers = Db.MeetingInvitees
            .Where(i => i.PartnerId != null && i.Attendance == AttendanceStatus.Present && held.Any(m => m.Id == i.MeetingId)
                && !presentBefore.Any(p => p.PartnerId == i.PartnerId))
            .Select(i => i.PartnerId);
        // « Nombre et nature »: the new partners by type (Caf, commune, association…).
        var rows = await Db.Partners.AsNoTracking().Where(p => newcomers.Contains((int?)p.Id))
            .GroupBy(p => p.Kind).Select(g => new { Kind = g.Key, Count = g.Count() }).ToListAsync(ct);
        return IndicatorValue.Of(rows.Sum(r => r.Count)) with
        {
            Breakdown = rows.OrderByDescending(r => r.Count).ThenBy(r => r.Kind.Label(), StringComparer.Ordinal).Select(r => new IndicatorBreakdown(r.Kind.Label(), r.Count)).ToList(),
        };
    }
}

/// <summary>1.1: decisions taken at the meetings held in the period.</summary>
public sealed class DecisionsTakenIndicator(PortalDbContext db, TimeProvider clock) : GovernanceIndicator(db, clock)
{
    public override IndicatorDefinition Definition { get; } = new("gouvernance.decisions.prises", "Décisions prises", "1.1", Source,
        "Nombre de décisions inscrites au relevé de décisions des réunions tenues sur la période." + ScopeNote, IndicatorUnit.Count) { ReferentialLine = "T2-1.1-a" };

    public override async Task<IndicatorValue> ComputeAsync(IndicatorScope scope, CancellationToken ct = default)
    {
        var held = Held(scope);
        return IndicatorValue.Of(await Db.Decisions.AsNoTracking().CountAsync(d => held.Any(m => m.Id == d.MeetingId), ct));
    }
}

/// <summary>1.1 "décisions facilitées": decisions marked carried out during the period, whenever they were taken.</summary>
public sealed class DecisionsCarriedOutIndicator(PortalDbContext db, TimeProvider clock) : GovernanceIndicator(db, clock)
{
    public override IndicatorDefinition Definition { get; } = new("gouvernance.decisions.realisees", "Décisions réalisées (décisions facilitées)", "1.1", Source,
        "Nombre de décisions dont le suivi est passé à « réalisée » pendant la période, quelle que soit la réunion où elles ont été prises ; une décision rouverte ne compte plus." + ScopeNote,
        IndicatorUnit.Count) { ReferentialLine = "T2-1.1-e" };

    public override async Task<IndicatorValue> ComputeAsync(IndicatorScope scope, CancellationToken ct = default)
    {
        var start = scope.Start;
        var end = scope.End;
        var meetings = ForScope(Db.Meetings.AsNoTracking(), scope);
        // « Nombre et nature »: by the kind of meeting that took the decision (Copil, comité technique, groupe de travail…).
        var rows = await Db.Decisions.AsNoTracking()
            .Where(d => d.Status == DecisionStatus.Done && d.DoneAt >= start && d.DoneAt < end && meetings.Any(m => m.Id == d.MeetingId))
            .GroupBy(d => d.Meeting!.Kind).Select(g => new { Kind = g.Key, Count = g.Count() }).ToListAsync(ct);
        return IndicatorValue.Of(rows.Sum(r => r.Count)) with
        {
            Breakdown = rows.OrderByDescending(r => r.Count).ThenBy(r => r.Kind.Label(), StringComparer.Ordinal).Select(r => new IndicatorBreakdown(r.Kind.Label(), r.Count)).ToList(),
        };
    }
}
