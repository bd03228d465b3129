using Ctg.Participation.Conventions;
using Ctg.Participation.Data;
using Ctg.Participation.Governance;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Demo;

/// <summary>A few meetings of the alpes-d-azur demo CTG, around today: attendance recorded, decisions followed up.</summary>
internal static class DemoGovernance
{
    public static async Task SeedAsync(PortalDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (await db.Meetings.AnyAsync(ct)) return;
        var convention = await db.Conventions.Where(c => c.Slug == "alpes-d-azur").Select(c => new { c.Id }).FirstOrDefaultAsync(ct);
        if (convention is null) return;
        var bodies = await db.GovernanceBodies.Where(b => b.ConventionId == convention.Id).ToListAsync(ct);
        var group = await db.WorkingGroups.Where(g => g.ConventionId == convention.Id).OrderBy(g => g.Id).FirstOrDefaultAsync(ct);
        var partners = await db.ConventionPartners.Where(p => p.ConventionId == convention.Id).OrderBy(p => p.PartnerId).Select(p => p.PartnerId).ToListAsync(ct);
        var copil = bodies.FirstOrDefault(b => b.Kind == GovernanceBodyKind.ComiteDePilotage);
        var cotech = bodies.FirstOrDefault(b => b.Kind == GovernanceBodyKind.ComiteTechnique);
        var today = clock.GetUtcNow();
        var at = (int days, int hour) => MeetingRules.FromLocal(today.Date.AddDays(days).AddHours(hour));

        Meeting Make(MeetingKind kind, string title, int days, string place, int? body, int? groupId, string agenda) => new()
        {
            ConventionId = convention.Id, Kind = kind, Title = title, StartsAt = at(days, 14), EndsAt = at(days, 16), Place = place,
            GovernanceBodyId = body, WorkingGroupId = groupId, Agenda = agenda, CreatedAt = today, UpdatedAt = today,
        };

        var first = Make(MeetingKind.ComiteDePilotage, "Copil de lancement du plan d'action", -120, "Salle du conseil, Puget-Théniers", copil?.Id, null,
            "Bilan du diagnostic partagé\nPriorités du plan d'action\nCalendrier des groupes de travail");
        first.Invitees.AddRange(partners.Select((p, i) => new MeetingInvitee { PartnerId = p, Attendance = i % 4 == 3 ? AttendanceStatus.Excused : AttendanceStatus.Present }));
        first.Invitees.Add(new MeetingInvitee { Name = "Élue déléguée à la petite enfance", Attendance = AttendanceStatus.Present });
        first.MinutesHtml = "<p>Le Copil valide les priorités du plan d'action et le calendrier des groupes de travail.</p>";
        first.Decisions.Add(new Decision { Text = "Lancer le groupe de travail parentalité avant l'été", Responsible = "Chargée de coopération", Status = DecisionStatus.Done,
            DoneAt = today.AddDays(-60), FollowUps = [new DecisionFollowUp { Status = DecisionStatus.Done, Note = "Première réunion tenue.", At = today.AddDays(-60) }] });
        first.Decisions.Add(new Decision { Text = "Étudier un relais petite enfance itinérant", Responsible = "Caf des Alpes-Maritimes", DueOn = DateOnly.FromDateTime(today.Date.AddDays(60)),
            Status = DecisionStatus.InProgress, FollowUps = [new DecisionFollowUp { Status = DecisionStatus.InProgress, Note = "Étude de faisabilité en cours.", At = today.AddDays(-30) }] });

        var technical = Make(MeetingKind.ComiteTechnique, "Comité technique de suivi", -75, "Visioconférence", cotech?.Id, null, "Suivi des fiches actions");
        technical.Invitees.AddRange(partners.Take(3).Select((p, i) => new MeetingInvitee { PartnerId = p, Attendance = i == 2 ? AttendanceStatus.Absent : AttendanceStatus.Present }));

        var workshop = Make(MeetingKind.GroupeDeTravail, "Groupe de travail : accueil des parents", -60, "Maison France services, Guillaumes", null, group?.Id,
            "Besoins exprimés par les familles\nPistes d'actions");
        workshop.Invitees.AddRange(partners.Skip(1).Take(2).Select(p => new MeetingInvitee { PartnerId = p, Attendance = AttendanceStatus.Present }));
        workshop.Invitees.Add(new MeetingInvitee { Name = "Association des parents d'élèves", Attendance = AttendanceStatus.Present });

        var nextCopil = Make(MeetingKind.ComiteDePilotage, "Copil de mi-parcours", 30, "Salle du conseil, Puget-Théniers", copil?.Id, null, "Bilan d'étape\nAlertes");
        nextCopil.Invitees.AddRange(partners.Select(p => new MeetingInvitee { PartnerId = p }));
        var publicMeeting = Make(MeetingKind.ReunionPublique, "Réunion publique : parents, parlons-en", 14, "Salle des fêtes, Entrevaux", null, null,
            "Présentation de la CTG\nÉchanges avec les habitants");

        if (copil is null || cotech is null || group is null) return;
        db.Meetings.AddRange(first, technical, workshop, nextCopil, publicMeeting);
        await db.SaveChangesAsync(ct);
    }
}
