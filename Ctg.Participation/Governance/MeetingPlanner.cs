using Ctg.Participation.Common;
using Ctg.Participation.Conventions;
using Ctg.Participation.Data;
using Ctg.Participation.Initiatives;
using Ctg.Participation.Proposals;
using Ctg.Participation.Routing;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Governance;

/// <summary>
/// Plans a CTG's meetings: the form's choices, a new meeting with its invitations and linked contributions, and changes
/// to it. Every change re-checks that the actor manages this CTG and that every id given belongs to it; a change is
/// stored whole or not at all (one SaveChanges).
/// </summary>
public sealed class MeetingPlanner(PortalDbContext db, ConventionAccess access, TimeProvider clock, RoutableKeys keys)
{
    public sealed record Input(MeetingKind? Kind, string? Title, DateTime? Starts, DateTime? Ends, string? Place, int? GovernanceBodyId,
        int? WorkingGroupId, IReadOnlyList<int> PartnerIds, string? People, string? Agenda, IReadOnlyList<RoutingDesk.ItemRef> Contributions);

    public sealed record FormOptions(IReadOnlyList<MeetingOption> Bodies, IReadOnlyList<MeetingOption> Groups, IReadOnlyList<MeetingOption> Partners, IReadOnlyList<MeetingOption> Contributions);

    /// <summary>What the meeting form offers: this CTG's bodies, groups, partners and latest contributions (bounded).</summary>
    public async Task<FormOptions> OptionsAsync(int conventionId, CancellationToken ct = default)
    {
        var bodies = await db.GovernanceBodies.AsNoTracking().Where(b => b.ConventionId == conventionId).OrderBy(b => b.Name)
            .Select(b => new MeetingOption(b.Id.ToString(), b.Name)).ToListAsync(ct);
        var groups = await db.WorkingGroups.AsNoTracking().Where(g => g.ConventionId == conventionId).OrderBy(g => g.Name)
            .Select(g => new MeetingOption(g.Id.ToString(), g.Name)).ToListAsync(ct);
        var partners = await db.ConventionPartners.AsNoTracking().Where(p => p.ConventionId == conventionId).OrderBy(p => p.Partner!.Name)
            .Select(p => new MeetingOption(p.PartnerId.ToString(), p.Partner!.Name)).ToListAsync(ct);
        var proposals = await db.Proposals.AsNoTracking()
            .Where(p => p.ConventionId == conventionId && p.PublishedAt != null && p.Moderation == ModerationState.Visible)
            .OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id).Take(50)
            .Select(p => new { p.Id, p.Title }).ToListAsync(ct);
        var initiatives = await db.CitizenInitiatives.AsNoTracking()
            .Where(i => i.ConventionId == conventionId && i.Status == InitiativeStatus.Validated)
            .OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id).Take(50)
            .Select(i => new { i.Id, i.Name }).ToListAsync(ct);
        var contributions = proposals.Select(p => new MeetingOption(keys.KeyOf(ContributionKind.Proposal, p.Id), "Proposition : " + p.Title))
            .Concat(initiatives.Select(i => new MeetingOption(keys.KeyOf(ContributionKind.Initiative, i.Id), "Initiative : " + i.Name)))
            .ToList();
        return new FormOptions(bodies, groups, partners, contributions);
    }

    private sealed record Prepared(MeetingKind Kind, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Place, int? BodyId, int? GroupId,
        string Agenda, IReadOnlyList<int> PartnerIds, IReadOnlyList<MeetingInvitee> People, IReadOnlyList<RoutingDesk.ItemRef> Contributions);

    /// <summary>Plans a meeting with its invitations. Returns the French message of each bad field, or the new id.</summary>
    public async Task<(IReadOnlyDictionary<string, string> Errors, int Id)> CreateAsync(int conventionId, Actor actor, Input input,
        CancellationToken ct = default)
    {
        if (!await access.CanManageAsync(actor.UserId, actor.Roles, conventionId, ct))
            return (new Dictionary<string, string> { [""] = "Vous ne pouvez pas planifier de réunion dans cette CTG." }, 0);
        var (errors, ok) = await PrepareAsync(conventionId, input, ct);
        if (ok is null) return (errors, 0);

        var now = clock.GetUtcNow();
        var meeting = new Meeting { ConventionId = conventionId, CreatedById = actor.UserId, CreatedAt = now };
        Apply(meeting, ok, now);
        meeting.Invitees.AddRange(ok.PartnerIds.Select(id => new MeetingInvitee { PartnerId = id }));
        meeting.Invitees.AddRange(ok.People);
        meeting.Contributions.AddRange(ok.Contributions.Select(c => new MeetingContribution { ContributionKind = c.Kind, ContributionId = c.Id }));
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(ct);
        return (errors, meeting.Id);
    }

    /// <summary>
    /// Changes a meeting. Invitations still listed keep their attendance; those no longer listed are removed; a change
    /// of title, time or place bumps the revision calendar apps read.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>> UpdateAsync(int conventionId, int meetingId, Actor actor, Input input,
        CancellationToken ct = default)
    {
        if (!await access.CanManageAsync(actor.UserId, actor.Roles, conventionId, ct))
            return new Dictionary<string, string> { [""] = "Vous ne pouvez pas modifier les réunions de cette CTG." };
        var meeting = await db.Meetings.Include(m => m.Invitees).Include(m => m.Contributions)
            .FirstOrDefaultAsync(m => m.Id == meetingId && m.ConventionId == conventionId, ct);
        if (meeting is null) return new Dictionary<string, string> { [""] = "Cette réunion n'existe pas." };
        var (errors, ok) = await PrepareAsync(conventionId, input, ct);
        if (ok is null) return errors;

        var now = clock.GetUtcNow();
        if (meeting.Title != ok.Title || meeting.StartsAt != ok.StartsAt || meeting.EndsAt != ok.EndsAt || meeting.Place != ok.Place) meeting.Revision++;
        Apply(meeting, ok, now);
        meeting.Invitees.RemoveAll(i => i.PartnerId is { } p ? !ok.PartnerIds.Contains(p)
            : !ok.People.Any(x => (x.UserId != null && x.UserId == i.UserId) || (x.Name != null && x.Name == i.Name)));
        meeting.Invitees.AddRange(ok.PartnerIds.Where(p => meeting.Invitees.All(i => i.PartnerId != p)).Select(p => new MeetingInvitee { PartnerId = p }));
        meeting.Invitees.AddRange(ok.People.Where(x => !meeting.Invitees.Any(i => (x.UserId != null && x.UserId == i.UserId) || (x.Name != null && x.Name == i.Name))));
        meeting.Contributions.RemoveAll(c => !ok.Contributions.Contains(new RoutingDesk.ItemRef(c.ContributionKind, c.ContributionId)));
        meeting.Contributions.AddRange(ok.Contributions.Where(c => !meeting.Contributions.Any(x => x.ContributionKind == c.Kind && x.ContributionId == c.Id))
            .Select(c => new MeetingContribution { ContributionKind = c.Kind, ContributionId = c.Id }));
        await db.SaveChangesAsync(ct);
        return errors;
    }

    /// <summary>The meeting as its form shows it: local times, invited accounts by e-mail, contributions by key.</summary>
    public async Task<Input?> InputOfAsync(int conventionId, int meetingId, CancellationToken ct = default)
    {
        var m = await db.Meetings.AsNoTracking().Where(m => m.Id == meetingId && m.ConventionId == conventionId)
            .Select(m => new
            {
                m.Kind, m.Title, m.StartsAt, m.EndsAt, m.Place, m.GovernanceBodyId, m.WorkingGroupId, m.Agenda,
                Partners = m.Invitees.Where(i => i.PartnerId != null).Select(i => i.PartnerId!.Value).ToList(),
                People = m.Invitees.Where(i => i.PartnerId == null).OrderBy(i => i.Id).Select(i => i.User != null ? i.User.Email : i.Name).ToList(),
                Contributions = m.Contributions.Select(c => new { c.ContributionKind, c.ContributionId }).ToList(),
            })
            .FirstOrDefaultAsync(ct);
        return m is null ? null : new Input(m.Kind, m.Title, MeetingRules.ToLocal(m.StartsAt), MeetingRules.ToLocal(m.EndsAt), m.Place, m.GovernanceBodyId,
            m.WorkingGroupId, m.Partners, string.Join('\n', m.People), m.Agenda,
            m.Contributions.Select(c => new RoutingDesk.ItemRef(c.ContributionKind, c.ContributionId)).ToList());
    }

    private static void Apply(Meeting meeting, Prepared ok, DateTimeOffset now)
    {
        meeting.Kind = ok.Kind;
        meeting.Title = ok.Title;
        meeting.StartsAt = ok.StartsAt;
        meeting.EndsAt = ok.EndsAt;
        meeting.Place = ok.Place;
        meeting.GovernanceBodyId = ok.BodyId;
        meeting.WorkingGroupId = ok.GroupId;
        meeting.Agenda = ok.Agenda;
        meeting.UpdatedAt = now;
    }

    private async Task<(Dictionary<string, string> Errors, Prepared? Ok)> PrepareAsync(int conventionId, Input input, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>();
        var title = PortalText.PlainText(input.Title);
        var place = PortalText.PlainText(input.Place);
        var agenda = string.Join('\n', (input.Agenda ?? "").Split('\n').Select(PortalText.PlainText).Where(l => l.Length > 0));

        if (input.Kind is not { } kind || !Enum.IsDefined(kind)) errors["Kind"] = "Choisissez le type de réunion.";
        if (title.Length is < MeetingRules.TitleMin or > MeetingRules.TitleMax)
            errors["Title"] = $"Saisissez l'intitulé de la réunion ({MeetingRules.TitleMin} à {MeetingRules.TitleMax} caractères).";
        if (input.Starts is null) errors["Starts"] = "Indiquez la date et l'heure de début.";
        if (input.Ends is null) errors["Ends"] = "Indiquez la date et l'heure de fin.";
        else if (input.Starts is { } s && input.Ends <= s) errors["Ends"] = "La fin de la réunion doit être postérieure à son début.";
        else if (input.Starts is { } s2 && input.Ends - s2 > TimeSpan.FromHours(24)) errors["Ends"] = "Une réunion dure au plus 24 heures.";
        if (place.Length is < MeetingRules.PlaceMin or > MeetingRules.PlaceMax)
            errors["Place"] = $"Indiquez le lieu de la réunion ({MeetingRules.PlaceMin} à {MeetingRules.PlaceMax} caractères), ou « visioconférence ».";
        if (agenda.Length > MeetingRules.AgendaMax) errors["Agenda"] = $"L'ordre du jour dépasse {MeetingRules.AgendaMax:N0} caractères.";

        int? bodyId = null, groupId = null;
        if (input.Kind is { } k && Enum.IsDefined(k))
        {
            if (MeetingRules.HeldByBody(k) || (k == MeetingKind.ReunionPublique && input.GovernanceBodyId is not null))
            {
                if (input.GovernanceBodyId is not { } b) errors["GovernanceBodyId"] = "Choisissez l'instance qui se réunit.";
                else if (!await db.GovernanceBodies.AnyAsync(x => x.Id == b && x.ConventionId == conventionId, ct))
                    errors["GovernanceBodyId"] = "Cette instance n'appartient pas à cette CTG.";
                else bodyId = b;
            }
            if (MeetingRules.HeldByGroup(k) || (k == MeetingKind.ReunionPublique && input.WorkingGroupId is not null && bodyId is null))
            {
                if (input.WorkingGroupId is not { } g) errors["WorkingGroupId"] = "Choisissez le groupe de travail qui se réunit.";
                else if (!await db.WorkingGroups.AnyAsync(x => x.Id == g && x.ConventionId == conventionId, ct))
                    errors["WorkingGroupId"] = "Ce groupe de travail n'appartient pas à cette CTG.";
                else groupId = g;
            }
        }

        var partnerIds = input.PartnerIds.Distinct().ToList();
        if (partnerIds.Count > 0)
        {
            var known = await db.ConventionPartners.CountAsync(p => p.ConventionId == conventionId && partnerIds.Contains(p.PartnerId), ct);
            if (known != partnerIds.Count) errors["PartnerIds"] = "Un des partenaires choisis n'est pas partenaire de cette CTG.";
        }

        var people = new List<MeetingInvitee>();
        var lines = (input.People ?? "").Split('\n').Select(l => PortalText.PlainText(l)).Where(l => l.Length > 0).Distinct().ToList();
        if (lines.Count > MeetingRules.PeopleMax) errors["People"] = $"Invitez au plus {MeetingRules.PeopleMax} personnes à la fois.";
        foreach (var line in lines.Take(MeetingRules.PeopleMax))
        {
            if (line.Contains('@'))
            {
                var normalized = line.ToUpperInvariant();
                var userId = await db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => u.Id).FirstOrDefaultAsync(ct);
                if (userId is null) { errors["People"] = $"Aucun compte du portail n'a l'adresse « {line} ». Écrivez plutôt le nom de la personne."; break; }
                if (people.All(p => p.UserId != userId)) people.Add(new MeetingInvitee { UserId = userId });
            }
            else if (line.Length is < MeetingRules.NameMin or > MeetingRules.NameMax)
            {
                errors["People"] = $"Chaque nom compte {MeetingRules.NameMin} à {MeetingRules.NameMax} caractères (« {line} »).";
                break;
            }
            else people.Add(new MeetingInvitee { Name = line });
        }

        foreach (var item in input.Contributions.Distinct())
        {
            var belongs = item.Kind switch
            {
                ContributionKind.Proposal => await db.Proposals.AnyAsync(p => p.Id == item.Id && p.ConventionId == conventionId, ct),
                ContributionKind.Initiative => await db.CitizenInitiatives.AnyAsync(i => i.Id == item.Id && i.ConventionId == conventionId, ct),
                _ => false,
            };
            if (!belongs) { errors["Contributions"] = "Une des contributions choisies n'appartient pas à cette CTG."; break; }
        }

        if (errors.Count > 0) return (errors, null);
        return (errors, new Prepared(input.Kind!.Value, title, MeetingRules.FromLocal(input.Starts!.Value), MeetingRules.FromLocal(input.Ends!.Value), place,
            bodyId, groupId, agenda, partnerIds, people, input.Contributions.Distinct().ToList()));
    }
}

/// <summary>A choice of a meeting form, or a linked contribution as a meeting shows it (its link and its label).</summary>
public sealed record MeetingOption(string Value, string Text);
