using System.Globalization;
using Ctg.Participation.Conventions;
using Ctg.Participation.Governance;

namespace Ctg.Participation.Bench.Seeding.Parts;

/// <summary>
/// Governance of the CTGs: the department's partners (Caf, Département, CPAM, MSA, Éducation nationale, État) and each
/// CTG's own (its intercommunalité, its main communes, local associations, some joining during the period), each CTG's
/// Copil and comité technique, and meetings of every kind (Copil, comité technique, groupe de travail, commission,
/// réunion publique) on weekdays, with partner and coordinator invitees, attendance, minutes, and for each Copil a
/// relevé de décisions followed up until carried out or abandoned.
/// </summary>
public sealed class MeetingsPart : ISeedPart
{
    public string Name => "Meetings";

    private static readonly (MeetingKind Kind, double Weight)[] Kinds =
    [
        (MeetingKind.ComiteDePilotage, 0.07), (MeetingKind.ComiteTechnique, 0.13), (MeetingKind.GroupeDeTravail, 0.50),
        (MeetingKind.Commission, 0.15), (MeetingKind.ReunionPublique, 0.15),
    ];

    private sealed record PartnerSeed(int Id, string Name, bool Signatory, DateOnly Since);

    public string Run(SeedContext context)
    {
        var world = context.World;
        var options = context.Options;
        var random = context.Random;
        if (options.Meetings == 0 || world.Ctgs.Count == 0) return "no meetings";
        var since = DateOnly.FromDateTime(options.Since.UtcDateTime);

        // Partners: the department's, shared by every CTG, then each CTG's own.
        var partnerId = 0;
        var department = new List<(int Id, string Name, PartnerKind Kind)>();
        foreach (var (name, kind) in DepartmentPartners)
        {
            context.Insert(new Partner { Id = ++partnerId, Name = name, Kind = kind });
            department.Add((partnerId, name, kind));
        }
        var partners = new List<List<PartnerSeed>>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        int bodyId = 0;
        var bodies = new List<(int Copil, int Technique)>();
        foreach (var ctg in world.Ctgs)
        {
            var own = new List<PartnerSeed>();
            void Link(int id, string name, bool signatory, DateOnly from)
            {
                context.Insert(new ConventionPartner { ConventionId = ctg.Id, PartnerId = id, IsSignatory = signatory, Since = from });
                own.Add(new(id, name, signatory, from));
                ctg.Partners.Add(id);
            }
            DateOnly Later() => DateOnly.FromDateTime(context.Between(options.Since.AddMonths(3), options.Until.AddMonths(-2)).UtcDateTime);
            foreach (var (id, name, kind) in department)
            {
                var signatory = kind is PartnerKind.Caf or PartnerKind.Departement || kind == PartnerKind.Cpam && random.NextDouble() < 0.4;
                Link(id, name, signatory, signatory || random.NextDouble() < 0.6 ? since : Later());
            }
            context.Insert(new Partner { Id = ++partnerId, Name = "Communauté " + ctg.Name, Kind = PartnerKind.Intercommunalite });
            Link(partnerId, "Communauté " + ctg.Name, true, since);
            foreach (var commune in ctg.Municipalities.OrderByDescending(m => m.Population).Take(3 + random.Next(3)))
            {
                context.Insert(new Partner { Id = ++partnerId, Name = "Commune de " + commune.Name, Kind = PartnerKind.Commune });
                Link(partnerId, "Commune de " + commune.Name, random.NextDouble() < 0.5, random.NextDouble() < 0.7 ? since : Later());
            }
            var associations = 2 + random.Next(4);
            for (var k = 0; k < associations; k++)
            {
                var name = string.Format(CultureInfo.InvariantCulture, context.Pick(Associations), context.Pick(ctg.Municipalities).Name);
                if (!names.Add(name)) continue; // Partner names are unique.
                context.Insert(new Partner { Id = ++partnerId, Name = name, Kind = PartnerKind.Association });
                Link(partnerId, name, false, random.NextDouble() < 0.4 ? since : Later());
            }
            partners.Add(own);

            context.Insert(new GovernanceBody { Id = ++bodyId, ConventionId = ctg.Id, Name = "Comité de pilotage de la CTG", Kind = GovernanceBodyKind.ComiteDePilotage,
                Description = "Élus, Caf et partenaires signataires : orientations, bilan annuel, arbitrages." });
            context.Insert(new GovernanceBody { Id = ++bodyId, ConventionId = ctg.Id, Name = "Comité technique", Kind = GovernanceBodyKind.ComiteTechnique,
                Description = "Services des communes, de l'intercommunalité et de la Caf : prépare le Copil et suit les fiches actions." });
            bodies.Add((bodyId - 1, bodyId));
        }

        // Meetings, in proportion to the square root of each CTG's population.
        var shares = AccountsPart.Apportion(options.Meetings, world.Ctgs.Select(c => Math.Sqrt(c.Population)).ToArray());
        var weights = Kinds.Select(k => k.Weight).ToArray();
        int meetingId = 0, inviteeId = 0, decisionId = 0, followUpId = 0;
        for (var c = 0; c < world.Ctgs.Count; c++)
        {
            var ctg = world.Ctgs[c];
            var groups = ctg.WorkingGroups.Except(ctg.Commissions).ToList();
            for (var n = 0; n < shares[c]; n++)
            {
                var kind = Kinds[SurveyAnswerDraws.Weighted(random, weights)].Kind;
                if (kind == MeetingKind.GroupeDeTravail && groups.Count == 0 || kind == MeetingKind.Commission && ctg.Commissions.Count == 0) kind = MeetingKind.ComiteTechnique;
                var groupIndex = kind == MeetingKind.GroupeDeTravail ? random.Next(groups.Count) : -1;
                int? workingGroup = kind switch
                {
                    MeetingKind.GroupeDeTravail => groups[groupIndex],
                    MeetingKind.Commission => context.Pick(ctg.Commissions),
                    _ => null,
                };
                var day = WeekdayBetween(context, options.Since.AddDays(14), options.Until.AddDays(-1));
                var starts = MeetingRules.FromLocal(day.ToDateTime(new TimeOnly(kind == MeetingKind.ReunionPublique ? 18 : 9 + random.Next(8), random.Next(2) * 30)));
                var ends = starts.AddMinutes(kind == MeetingKind.ComiteDePilotage ? 150 : 60 + 30 * random.Next(4));
                var creator = ctg.Coordinators.Count > 0 ? world.Coordinators[context.Pick(ctg.Coordinators)] : null;
                var created = starts.AddDays(-7 - random.Next(40));
                var commune = ctg.Municipalities[ctg.PickMunicipality(random)].Name;
                var subject = kind == MeetingKind.GroupeDeTravail && groupIndex < ctg.Axes.Count ? ctg.Axes[groupIndex].Name
                    : kind == MeetingKind.ReunionPublique ? context.Pick(ctg.Axes).Name : null;
                var meeting = new Meeting
                {
                    Id = ++meetingId, ConventionId = ctg.Id, Kind = kind, Title = Title(kind, subject, starts, random),
                    StartsAt = starts, EndsAt = ends,
                    Place = random.NextDouble() < 0.2 && kind != MeetingKind.ReunionPublique ? "Visioconférence" : string.Format(CultureInfo.InvariantCulture, context.Pick(Places), commune),
                    GovernanceBodyId = kind switch { MeetingKind.ComiteDePilotage => bodies[c].Copil, MeetingKind.ComiteTechnique => bodies[c].Technique, _ => null },
                    WorkingGroupId = workingGroup,
                    Agenda = string.Join("\n", Agendas[kind].Where(_ => random.NextDouble() < 0.8).DefaultIfEmpty(Agendas[kind][0])),
                    MinutesHtml = random.NextDouble() < 0.8 ? Texts.Paragraphs(random, 2 + random.Next(3)) : "",
                    CreatedById = creator, CreatedAt = created, Revision = random.NextDouble() < 0.15 ? 1 : 0, UpdatedAt = created.AddDays(random.Next(5)),
                };
                context.Insert(meeting);
                ctg.Meetings.Add(meeting.Id);

                // Invitees: the partners of the CTG at that date (all signatories for a Copil), coordinators, a few named people.
                var meetingDay = DateOnly.FromDateTime(starts.UtcDateTime);
                var available = partners[c].Where(p => p.Since <= meetingDay).ToList();
                var invited = kind == MeetingKind.ComiteDePilotage
                    ? available.Where(p => p.Signatory || random.NextDouble() < 0.5).ToList()
                    : available.Where(_ => random.NextDouble() < (kind == MeetingKind.ReunionPublique ? 0.2 : 0.4)).ToList();
                foreach (var partner in invited)
                {
                    context.Insert(new MeetingInvitee { Id = ++inviteeId, MeetingId = meetingId, PartnerId = partner.Id, Attendance = Attendance(random) });
                }
                foreach (var coordinator in ctg.Coordinators.Where(_ => random.NextDouble() < 0.3).Take(4))
                {
                    context.Insert(new MeetingInvitee { Id = ++inviteeId, MeetingId = meetingId, UserId = world.Coordinators[coordinator], Attendance = Attendance(random) });
                }
                if (random.NextDouble() < 0.3)
                {
                    context.Insert(new MeetingInvitee
                    {
                        Id = ++inviteeId, MeetingId = meetingId, Attendance = Attendance(random),
                        Name = context.Pick(Department.FirstNames) + " " + context.Pick(Department.LastNames) + ", " + context.Pick(Roles),
                    });
                }

                if (kind != MeetingKind.ComiteDePilotage) continue;
                var decisions = 2 + random.Next(4);
                for (var d = 0; d < decisions; d++)
                {
                    var due = meetingDay.AddMonths(1 + random.Next(6));
                    var status = random.NextDouble() switch { < 0.45 => DecisionStatus.Done, < 0.70 => DecisionStatus.InProgress, < 0.90 => DecisionStatus.ToStart, _ => DecisionStatus.Abandoned };
                    // A Copil of the last week has nothing followed up yet.
                    if (ends.AddDays(7) >= options.Until) status = DecisionStatus.ToStart;
                    var doneAt = status == DecisionStatus.Done ? context.Between(ends.AddDays(7), Min(due.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), options.Until)) : (DateTimeOffset?)null;
                    var responsible = invited.Count > 0 && random.NextDouble() < 0.7 ? context.Pick(invited).Name : "Chargé(e) de coopération de la CTG";
                    context.Insert(new Decision
                    {
                        Id = ++decisionId, MeetingId = meetingId, Text = context.Pick(DecisionTexts), Responsible = responsible,
                        DueOn = due, Status = status, DoneAt = doneAt,
                    });
                    // Follow-up notes, dated in order; the last one set the decision's status.
                    if (status == DecisionStatus.ToStart) continue;
                    var last = doneAt ?? context.Between(ends.AddDays(7), options.Until);
                    if (status == DecisionStatus.Done && random.NextDouble() < 0.6)
                    {
                        context.Insert(new DecisionFollowUp { Id = ++followUpId, DecisionId = decisionId, Status = DecisionStatus.InProgress, Note = context.Pick(FollowUps[DecisionStatus.InProgress]), At = context.Between(ends, last), AuthorId = creator });
                    }
                    context.Insert(new DecisionFollowUp { Id = ++followUpId, DecisionId = decisionId, Status = status, Note = context.Pick(FollowUps[status]), At = last, AuthorId = creator });
                }
            }
        }
        return $"{partnerId} partners, {bodyId} bodies, {meetingId} meetings, {inviteeId} invitees, {decisionId} decisions, {followUpId} follow-ups";
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static DateOnly WeekdayBetween(SeedContext context, DateTimeOffset from, DateTimeOffset to)
    {
        var day = DateOnly.FromDateTime(context.Between(from, to).UtcDateTime);
        return day.DayOfWeek switch { DayOfWeek.Saturday => day.AddDays(-1), DayOfWeek.Sunday => day.AddDays(1), _ => day };
    }

    private static AttendanceStatus Attendance(Random random) => random.NextDouble() switch
    {
        < 0.72 => AttendanceStatus.Present, < 0.86 => AttendanceStatus.Excused, < 0.95 => AttendanceStatus.Absent, _ => AttendanceStatus.NotRecorded,
    };

    private static string Title(MeetingKind kind, string? subject, DateTimeOffset starts, Random random)
    {
        var month = MeetingRules.ToLocal(starts).ToString("MMMM yyyy", PortalCulture.French);
        return kind switch
        {
            MeetingKind.ComiteDePilotage => $"Comité de pilotage de {month}",
            MeetingKind.ComiteTechnique => $"Comité technique de {month}",
            MeetingKind.GroupeDeTravail => $"Groupe de travail « {subject} » : {GroupTopics[random.Next(GroupTopics.Length)]}",
            MeetingKind.Commission => $"Commission : {GroupTopics[random.Next(GroupTopics.Length)]}",
            _ => $"Réunion publique : {subject?.ToLower(PortalCulture.French)}, parlons-en",
        };
    }

    private static readonly (string Name, PartnerKind Kind)[] DepartmentPartners =
    [
        ("Caf des Alpes-Maritimes", PartnerKind.Caf),
        ("Département des Alpes-Maritimes", PartnerKind.Departement),
        ("CPAM des Alpes-Maritimes", PartnerKind.Cpam),
        ("MSA Provence-Azur", PartnerKind.Msa),
        ("Direction des services départementaux de l'Éducation nationale des Alpes-Maritimes", PartnerKind.EducationNationale),
        ("Préfecture des Alpes-Maritimes", PartnerKind.Etat),
    ];

    private static readonly string[] Associations =
    [
        "Centre social de {0}", "Association familles rurales de {0}", "Maison des jeunes et de la culture de {0}",
        "Espace de vie sociale de {0}", "Association des parents d'élèves de {0}", "Épicerie solidaire de {0}",
    ];

    private static readonly string[] Places =
    [
        "Salle du conseil, mairie de {0}", "Salle polyvalente de {0}", "Centre social de {0}", "Siège de l'intercommunalité, {0}",
        "Médiathèque de {0}", "Salle des fêtes de {0}",
    ];

    private static readonly string[] Roles = ["directrice d'école", "assistante sociale", "élu délégué", "animateur jeunesse", "parent relais"];

    private static readonly string[] GroupTopics =
    [
        "bilan des fiches actions", "préparation du diagnostic", "suite de l'enquête aux habitants", "calendrier de l'année",
        "retour sur les propositions des habitants", "recherche de financements", "évaluation à mi-parcours",
    ];

    private static readonly Dictionary<MeetingKind, string[]> Agendas = new()
    {
        [MeetingKind.ComiteDePilotage] = ["Validation du compte rendu précédent", "Bilan annuel des fiches actions", "Indicateurs de la CTG", "Arbitrages budgétaires", "Questions diverses"],
        [MeetingKind.ComiteTechnique] = ["Point d'avancement des fiches actions", "Préparation du prochain Copil", "Suivi des propositions des habitants", "Questions diverses"],
        [MeetingKind.GroupeDeTravail] = ["Tour de table", "Retour sur les actions en cours", "Propositions des habitants", "Prochaines étapes"],
        [MeetingKind.Commission] = ["Présentation des données du territoire", "Échanges avec les partenaires", "Propositions à porter au Copil"],
        [MeetingKind.ReunionPublique] = ["Présentation de la CTG", "Résultats de l'enquête", "Échanges avec la salle", "Pot de l'amitié"],
    };

    private static readonly string[] DecisionTexts =
    [
        "Lancer une étude sur les besoins de garde en horaires décalés", "Ouvrir une permanence Caf mensuelle dans chaque bourg-centre",
        "Créer un groupe de travail sur la mobilité des jeunes", "Publier le bilan annuel de la CTG sur le portail",
        "Financer deux postes d'animateurs d'espace de vie sociale", "Organiser une réunion publique par commune avant l'été",
        "Mettre à jour le diagnostic petite enfance", "Soutenir l'ouverture d'un lieu d'accueil enfants-parents",
        "Intégrer les propositions retenues des habitants au plan d'action", "Recenser les locaux disponibles pour les associations",
    ];

    private static readonly Dictionary<DecisionStatus, string[]> FollowUps = new()
    {
        [DecisionStatus.InProgress] = ["Premier rendez-vous avec les partenaires effectué.", "Cahier des charges en cours de rédaction.", "Financement sollicité auprès de la Caf."],
        [DecisionStatus.Done] = ["Action réalisée, bilan présenté en comité technique.", "Réalisé : le compte rendu a été diffusé aux partenaires."],
        [DecisionStatus.Abandoned] = ["Abandonnée faute de financement.", "Remplacée par une action du département."],
        [DecisionStatus.ToStart] = ["Reportée au prochain exercice."],
    };
}
