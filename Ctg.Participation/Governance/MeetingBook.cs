using Ctg.Participation.Conventions;
using Ctg.Participation.Data;
using Ctg.Participation.Initiatives;
using Ctg.Participation.Proposals;
using Ctg.Participation.Routing;
using Ctg.Participation.Text;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Governance;

/// <summary>
/// A CTG's meetings: plan one with its invitations, record who attended, write the minutes, take decisions and follow
/// them up. Every change re-checks that the actor manages this CTG and that every id given belongs to it; a change is
/// stored whole or not at all (one SaveChanges).
/// </summary>
public sealed class MeetingBook(PortalDbContext db, ConventionAccess access, PortalHtmlSanitizer sanitizer, TimeProvider clock)
{
    public sealed record Input(MeetingKind? Kind, string? Title, DateTime? Starts, DateTime? Ends, string? Place, int? GovernanceBodyId,
        int? WorkingGroupId, IReadOnlyList<int> PartnerIds, string? People, string? Agenda, IReadOnlyList<RoutingDesk.ItemRef> Contributions);

    public sealed record Option(string Value, string Text);

    public sealed record FormOptions(IReadOnlyList<Option> Bodies, IReadOnlyList<Option> Groups, IReadOnlyList<Option> Partners, IReadOnlyList<Option> Contributions);

    public sealed record ListItem(int Id, MeetingKind Kind, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Place, string? HeldBy,
        int Invited, int Present);

    public sealed record Cursor(DateTimeOffset StartsAt, int Id)
    {
        public string Key => $"{StartsAt.UtcTicks}-{Id}";

        public static Cursor? Parse(string? key)
        {
            var parts = key?.Split('-');
            return parts is [var ticks, var id] && long.TryParse(ticks, out var t) && int.TryParse(id, out var i) && t is > 0 and < 3_155_378_975_999_999_999
                ? new Cursor(new DateTimeOffset(t, TimeSpan.Zero), i) : null;
        }
    }

    public sealed record Invitation(int Id, string Name, bool IsPartner, AttendanceStatus Attendance);

    public sealed record FollowUpLine(DateTimeOffset At, DecisionStatus Status, string Note);

    public sealed record DecisionLine(int Id, string Text, string? Responsible, DateOnly? DueOn, DecisionStatus Status, IReadOnlyList<FollowUpLine> FollowUps)
    {
        /// <summary>The fiche action it concerns: its number and title, when there is one.</summary>
        public (int Number, string Title)? Action { get; init; }
    }

    public sealed record ActionOption(int Id, int Number, string Title);

    /// <summary>The fiches of the CTG's plan a decision may concern, by number.</summary>
    public async Task<IReadOnlyList<ActionOption>> ActionOptionsAsync(int conventionId, CancellationToken ct = default) =>
        await db.PlanActions.AsNoTracking().Where(a => a.ConventionId == conventionId).OrderBy(a => a.Number).Take(500)
            .Select(a => new ActionOption(a.Id, a.Number, a.Title)).ToListAsync(ct);

    public sealed record Detail(int Id, int ConventionId, MeetingKind Kind, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Place,
        string? HeldBy, string Agenda, string MinutesHtml, IReadOnlyList<Invitation> Invitees, IReadOnlyList<DecisionLine> Decisions,
        IReadOnlyList<Option> Contributions);

    /// <summary>What the meeting form offers: this CTG's bodies, groups, partners and latest contributions (bounded).</summary>
    public async Task<FormOptions> OptionsAsync(int conventionId, CancellationToken ct = default)
    {
        var bodies = await db.GovernanceBodies.AsNoTracking().Where(b => b.ConventionId == conventionId).OrderBy(b => b.Name)
            .Select(b => new Option(b.Id.ToString(), b.Name)).ToListAsync(ct);
        var groups = await db.WorkingGroups.AsNoTracking().Where(g => g.ConventionId == conventionId).OrderBy(g => g.Name)
            .Select(g => new Option(g.Id.ToString(), g.Name)).ToListAsync(ct);
        var partners = await db.ConventionPartners.AsNoTracking().Where(p => p.ConventionId == conventionId).OrderBy(p => p.Partner!.Name)
            .Select(p => new Option(p.PartnerId.ToString(), p.Partner!.Name)).ToListAsync(ct);
        var proposals = await db.Proposals.AsNoTracking()
            .Where(p => p.ConventionId == conventionId && p.PublishedAt != null && p.Moderation == ModerationState.Visible)
            .OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id).Take(50)
            .Select(p => new { p.Id, p.Title }).ToListAsync(ct);
        var initiatives = await db.CitizenInitiatives.AsNoTracking()
            .Where(i => i.ConventionId == conventionId && i.Status == InitiativeStatus.Validated)
            .OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id).Take(50)
            .Select(i => new { i.Id, i.Name }).ToListAsync(ct);
        var contributions = proposals.Select(p => new Option(new RoutingDesk.ItemRef(ContributionKind.Proposal, p.Id).Key, "Proposition : " + p.Title))
            .Concat(initiatives.Select(i => new Option(new RoutingDesk.ItemRef(ContributionKind.Initiative, i.Id).Key, "Initiative : " + i.Name)))
            .ToList();
        return new FormOptions(bodies, groups, partners, contributions);
    }

    /// <summary>The next meetings (bounded) or a page of past ones (keyset, most recent first).</summary>
    public async Task<(IReadOnlyList<ListItem> Items, Cursor? Next)> ListAsync(int conventionId, bool upcoming, Cursor? before, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var query = db.Meetings.AsNoTracking().Where(m => m.ConventionId == conventionId);
        IQueryable<Meeting> ordered;
        int take;
        if (upcoming)
        {
            ordered = query.Where(m => m.StartsAt >= now).OrderBy(m => m.StartsAt).ThenBy(m => m.Id);
            take = MeetingRules.UpcomingShown;
        }
        else
        {
            query = query.Where(m => m.StartsAt < now);
            if (before is not null) query = query.Where(m => m.StartsAt < before.StartsAt || (m.StartsAt == before.StartsAt && m.Id < before.Id));
            ordered = query.OrderByDescending(m => m.StartsAt).ThenByDescending(m => m.Id);
            take = MeetingRules.PastPageSize;
        }
        var rows = await ordered.Take(take + 1).Select(m => new ListItem(m.Id, m.Kind, m.Title, m.StartsAt, m.EndsAt, m.Place,
                m.GovernanceBody != null ? m.GovernanceBody.Name : m.WorkingGroup != null ? m.WorkingGroup.Name : null,
                m.Invitees.Count, m.Invitees.Count(i => i.Attendance == AttendanceStatus.Present)))
            .ToListAsync(ct);
        var next = !upcoming && rows.Count > take ? new Cursor(rows[take - 1].StartsAt, rows[take - 1].Id) : null;
        return (rows.Take(take).ToList(), next);
    }

    public async Task<Detail?> FindAsync(int conventionId, int meetingId, CancellationToken ct = default)
    {
        var m = await db.Meetings.AsNoTracking().Where(m => m.Id == meetingId && m.ConventionId == conventionId)
            .Select(m => new
            {
                m.Id, m.ConventionId, m.Kind, m.Title, m.StartsAt, m.EndsAt, m.Place, m.Agenda, m.MinutesHtml,
                HeldBy = m.GovernanceBody != null ? m.GovernanceBody.Name : m.WorkingGroup != null ? m.WorkingGroup.Name : null,
            })
            .FirstOrDefaultAsync(ct);
        if (m is null) return null;
        var invitees = await db.MeetingInvitees.AsNoTracking().Where(i => i.MeetingId == meetingId)
            .OrderBy(i => i.PartnerId == null).ThenBy(i => i.Id)
            .Select(i => new Invitation(i.Id, i.Partner != null ? i.Partner.Name : i.User != null ? i.User.DisplayName : i.Name ?? "", i.PartnerId != null, i.Attendance))
            .ToListAsync(ct);
        var decisions = await db.Decisions.AsNoTracking().Where(d => d.MeetingId == meetingId).OrderBy(d => d.Id)
            .Select(d => new
            {
                d.Id, d.Text, d.Responsible, d.DueOn, d.Status,
                Action = db.PlanActions.Where(a => a.Id == d.PlanActionId).Select(a => new { a.Number, a.Title }).FirstOrDefault(),
            }).ToListAsync(ct);
        var followUps = await db.DecisionFollowUps.AsNoTracking().Where(f => db.Decisions.Any(d => d.Id == f.DecisionId && d.MeetingId == meetingId))
            .OrderBy(f => f.At).ThenBy(f => f.Id).Select(f => new { f.DecisionId, f.At, f.Status, f.Note }).ToListAsync(ct);
        var links = await db.MeetingContributions.AsNoTracking().Where(c => c.MeetingId == meetingId).ToListAsync(ct);
        var proposalIds = links.Where(l => l.ContributionKind == ContributionKind.Proposal).Select(l => l.ContributionId).ToList();
        var initiativeIds = links.Where(l => l.ContributionKind == ContributionKind.Initiative).Select(l => l.ContributionId).ToList();
        var contributions = (await db.Proposals.AsNoTracking().Where(p => proposalIds.Contains(p.Id)).Select(p => new { p.Id, p.Title }).ToListAsync(ct))
            .Select(p => new Option($"/propositions/{p.Id}", "Proposition : " + p.Title))
            .Concat((await db.CitizenInitiatives.AsNoTracking().Where(i => initiativeIds.Contains(i.Id)).Select(i => new { i.Id, i.Name }).ToListAsync(ct))
                .Select(i => new Option($"/initiatives/{i.Id}", "Initiative : " + i.Name)))
            .ToList();
        return new Detail(m.Id, m.ConventionId, m.Kind, m.Title, m.StartsAt, m.EndsAt, m.Place, m.HeldBy, m.Agenda, m.MinutesHtml, invitees,
            decisions.Select(d => new DecisionLine(d.Id, d.Text, d.Responsible, d.DueOn, d.Status,
                followUps.Where(f => f.DecisionId == d.Id).Select(f => new FollowUpLine(f.At, f.Status, f.Note)).ToList())
            {
                Action = d.Action is null ? null : (d.Action.Number, d.Action.Title),
            }).ToList(),
            contributions);
    }

    private sealed record Prepared(MeetingKind Kind, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Place, int? BodyId, int? GroupId,
        string Agenda, IReadOnlyList<int> PartnerIds, IReadOnlyList<MeetingInvitee> People, IReadOnlyList<RoutingDesk.ItemRef> Contributions);

    /// <summary>Plans a meeting with its invitations. Returns the French message of each bad field, or the new id.</summary>
    public async Task<(IReadOnlyDictionary<string, string> Errors, int Id)> CreateAsync(int conventionId, ProposalAnswers.Actor actor, Input input,
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
    public async Task<IReadOnlyDictionary<string, string>> UpdateAsync(int conventionId, int meetingId, ProposalAnswers.Actor actor, Input input,
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
        var title = ProposalText.PlainText(input.Title);
        var place = ProposalText.PlainText(input.Place);
        var agenda = string.Join('\n', (input.Agenda ?? "").Split('\n').Select(ProposalText.PlainText).Where(l => l.Length > 0));

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
        var lines = (input.People ?? "").Split('\n').Select(l => ProposalText.PlainText(l)).Where(l => l.Length > 0).Distinct().ToList();
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

    /// <summary>
    /// Records attendance for the given invitations. Every id must be an invitation of this meeting; otherwise nothing
    /// is stored and a French error is returned.
    /// </summary>
    public async Task<string?> RecordAttendanceAsync(int conventionId, int meetingId, ProposalAnswers.Actor actor,
        IReadOnlyDictionary<int, AttendanceStatus> attendance, CancellationToken ct = default)
    {
        if (!await access.CanManageAsync(actor.UserId, actor.Roles, conventionId, ct)) return "Vous ne pouvez pas modifier les réunions de cette CTG.";
        if (attendance.Values.Any(s => !Enum.IsDefined(s))) return "Choisissez présent, excusé ou absent.";
        var ids = attendance.Keys.ToList();
        var invitees = await db.MeetingInvitees.Where(i => i.MeetingId == meetingId && i.Meeting!.ConventionId == conventionId && ids.Contains(i.Id)).ToListAsync(ct);
        if (invitees.Count != ids.Count) return "Une des personnes indiquées n'est pas invitée à cette réunion.";
        foreach (var invitee in invitees) invitee.Attendance = attendance[invitee.Id];
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Saves the minutes, sanitised. Returns a French error or null.</summary>
    public async Task<string?> SaveMinutesAsync(int conventionId, int meetingId, ProposalAnswers.Actor actor, string? html, CancellationToken ct = default)
    {
        if (!await access.CanManageAsync(actor.UserId, actor.Roles, conventionId, ct)) return "Vous ne pouvez pas modifier les réunions de cette CTG.";
        var clean = sanitizer.Sanitize(html);
        if (clean.Length > MeetingRules.MinutesMax) return $"Le compte rendu dépasse {MeetingRules.MinutesMax:N0} caractères.";
        var meeting = await db.Meetings.FirstOrDefaultAsync(m => m.Id == meetingId && m.ConventionId == conventionId, ct);
        if (meeting is null) return "Cette réunion n'existe pas.";
        meeting.MinutesHtml = clean;
        meeting.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Adds a decision to the meeting's relevé. Returns errors by field.</summary>
    public async Task<IReadOnlyDictionary<string, string>> AddDecisionAsync(int conventionId, int meetingId, ProposalAnswers.Actor actor,
        string? text, string? responsible, DateOnly? dueOn, CancellationToken ct = default) =>
        await AddDecisionAsync(conventionId, meetingId, actor, text, responsible, dueOn, null, ct);

    /// <summary>Adds a decision, optionally about one fiche action of the same CTG. Returns French errors by field, or none.</summary>
    public async Task<IReadOnlyDictionary<string, string>> AddDecisionAsync(int conventionId, int meetingId, ProposalAnswers.Actor actor,
        string? text, string? responsible, DateOnly? dueOn, int? planActionId, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string>();
        if (!await access.CanManageAsync(actor.UserId, actor.Roles, conventionId, ct)) { errors[""] = "Vous ne pouvez pas modifier les réunions de cette CTG."; return errors; }
        var cleanText = ProposalText.PlainText(text);
        var cleanResponsible = ProposalText.PlainText(responsible);
        if (cleanText.Length is < MeetingRules.DecisionMin or > MeetingRules.DecisionMax)
            errors["Text"] = $"Saisissez la décision ({MeetingRules.DecisionMin} à {MeetingRules.DecisionMax:N0} caractères).";
        if (cleanResponsible.Length > MeetingRules.NameMax) errors["Responsible"] = $"Le responsable compte au plus {MeetingRules.NameMax} caractères.";
        if (dueOn is { } due && (due.Year < 2000 || due.Year > 2100)) errors["DueOn"] = "Indiquez une échéance valide.";
        if (!await db.Meetings.AnyAsync(m => m.Id == meetingId && m.ConventionId == conventionId, ct)) errors[""] = "Cette réunion n'existe pas.";
        if (planActionId is { } action && !await db.PlanActions.AnyAsync(a => a.Id == action && a.ConventionId == conventionId, ct))
            errors["PlanActionId"] = "Choisissez une fiche action du plan de cette CTG.";
        if (errors.Count > 0) return errors;
        db.Decisions.Add(new Decision
        {
            MeetingId = meetingId, Text = cleanText, Responsible = cleanResponsible.Length == 0 ? null : cleanResponsible, DueOn = dueOn, PlanActionId = planActionId,
        });
        await db.SaveChangesAsync(ct);
        return errors;
    }

    /// <summary>Adds a dated follow-up note to a decision and sets its status. Returns a French error or null.</summary>
    public async Task<string?> FollowUpAsync(int conventionId, int meetingId, int decisionId, ProposalAnswers.Actor actor, DecisionStatus status, string? note,
        CancellationToken ct = default)
    {
        if (!await access.CanManageAsync(actor.UserId, actor.Roles, conventionId, ct)) return "Vous ne pouvez pas modifier les réunions de cette CTG.";
        if (!Enum.IsDefined(status)) return "Choisissez l'état de la décision.";
        var cleanNote = ProposalText.PlainText(note);
        if (cleanNote.Length is < MeetingRules.DecisionMin or > MeetingRules.DecisionMax)
            return $"Décrivez où en est la décision ({MeetingRules.DecisionMin} à {MeetingRules.DecisionMax:N0} caractères).";
        var decision = await db.Decisions.FirstOrDefaultAsync(d => d.Id == decisionId && d.MeetingId == meetingId && d.Meeting!.ConventionId == conventionId, ct);
        if (decision is null) return "Cette décision n'existe pas.";
        var now = clock.GetUtcNow();
        if (status == DecisionStatus.Done && decision.Status != DecisionStatus.Done) decision.DoneAt = now;
        if (status != DecisionStatus.Done) decision.DoneAt = null;
        decision.Status = status;
        decision.FollowUps.Add(new DecisionFollowUp { Status = status, Note = cleanNote, At = now, AuthorId = actor.UserId });
        await db.SaveChangesAsync(ct);
        return null;
    }
}
