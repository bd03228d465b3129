using Ctg.Participation.Data;
using Ctg.Participation.Governance;
using Ctg.Participation.Proposals;
using Ctg.Participation.ServiceDirectory;
using Ctg.Participation.Surveys;
using Ctg.Participation.Surveys.Forms;
using Ctg.Participation.Walls;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Demo;

/// <summary>
/// The rest of a lived-in department, added once with the demo contributions: 40 more proposals over every status
/// and many communes (a third with a drawn picture), two more open surveys, public meetings in every CTG, two walls
/// of 20 cards, illustrated news and 20 more directory entries, so that a newcomer's first look shows the portal at
/// work rather than empty lists.
/// </summary>
public sealed class DemoLivedIn(PortalDbContext db, TimeProvider clock, string proposalImages)
{
    private static readonly string[] Ctgs = ["alpes-d-azur", "pays-de-grasse", "pays-des-paillons"];
    private static readonly ProposalStatus[] Statuses = Enum.GetValues<ProposalStatus>();

    private static readonly (string Title, string Body, string Axis)[] Ideas =
    [
        ("Une navette vers l'accueil de loisirs le mercredi", "Sans voiture, les enfants des hameaux ne peuvent pas aller au centre de loisirs.", "Enfance-jeunesse"),
        ("Un banc à langer dans chaque mairie", "Les parents de bébés n'ont aucun endroit pour changer leur enfant pendant les démarches.", "Petite enfance"),
        ("Des ateliers numériques pour les grands-parents", "Beaucoup de grands-parents gardent les enfants et voudraient suivre l'école en ligne.", "Accès aux droits et inclusion numérique"),
        ("Une ludothèque itinérante", "Un camion de jeux qui passe de village en village, une fois par mois.", "Animation de la vie sociale"),
        ("Un café des parents au collège", "Un temps d'échange entre parents d'ados, animé par le centre social.", "Parentalité"),
        ("Élargir les horaires du relais petite enfance", "Le relais ferme à 17 h : impossible d'y aller en sortant du travail.", "Petite enfance"),
        ("Une aide aux devoirs à la médiathèque", "Des bénévoles pourraient aider les collégiens deux soirs par semaine.", "Enfance-jeunesse"),
        ("Un guide des aides Caf en langage simple", "Un livret court, illustré, distribué dans les écoles et les mairies.", "Accès aux droits et inclusion numérique"),
        ("Des jardins partagés entre familles", "Un terrain communal inutilisé pourrait devenir un potager pour les familles.", "Animation de la vie sociale"),
        ("Une permanence de médiation familiale", "Les couples qui se séparent doivent aller jusqu'à Nice pour une médiation.", "Parentalité"),
        ("Une micro-crèche dans la vallée", "Dix places suffiraient à éviter une heure de route aux parents.", "Petite enfance"),
        ("Un conseil municipal des jeunes intercommunal", "Les jeunes des petites communes veulent aussi donner leur avis.", "Enfance-jeunesse"),
        ("Des soirées jeux en famille à la salle des fêtes", "Un vendredi par mois, pour que les familles se rencontrent.", "Animation de la vie sociale"),
        ("Un accompagnement pour les dossiers de logement", "Remplir une demande de logement social est compliqué sans aide.", "Accès aux droits et inclusion numérique"),
    ];

    private static readonly string[] Supporters = ["habitant@ctg-demo.test", "membre.reseau@ctg-demo.test", "conseiller.caf@ctg-demo.test", "coordination.pays-de-grasse@ctg-demo.test"];

    public async Task SeedAsync(Dictionary<string, string> users, string coordinatorId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var conventions = await db.Conventions.Where(c => Ctgs.Contains(c.Slug)).ToDictionaryAsync(c => c.Slug, c => c.Id, ct);
        if (conventions.Count < Ctgs.Length) return;
        await SeedProposalsAsync(conventions, users, coordinatorId, now, ct);
        await SeedSurveysAsync(conventions, now, ct);
        await SeedMeetingsAsync(conventions, coordinatorId, now, ct);
        await SeedNewsAsync(conventions, coordinatorId, now, ct);
        await SeedWallsAsync(users, coordinatorId, now, ct);
        await SeedDirectoryAsync(conventions, now, ct);
    }

    private async Task SeedProposalsAsync(Dictionary<string, int> conventions, Dictionary<string, string> users, string coordinatorId, DateTimeOffset now, CancellationToken ct)
    {
        var authors = users.Where(u => u.Key is "habitant@ctg-demo.test" or "membre.reseau@ctg-demo.test").Select(u => u.Value).ToList();
        for (var i = 0; i < 40; i++)
        {
            var slug = Ctgs[i % Ctgs.Length];
            var conventionId = conventions[slug];
            var idea = Ideas[i % Ideas.Length];
            var status = Statuses[i % Statuses.Length];
            var communes = await db.Municipalities.Where(m => m.ConventionId == conventionId).OrderBy(m => m.Id).Select(m => new { m.Id, m.Name }).ToListAsync(ct);
            var commune = communes[(i * 7) % communes.Count];
            var axis = await db.Axes.Where(a => a.ConventionId == conventionId && a.Name == idea.Axis).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct);
            // Later proposals are more recent, so that « latest » (by number) and dates agree.
            var published = now.AddDays(-(2 + (39 - i) * 7)).AddHours(-i);
            var title = i < Ideas.Length ? idea.Title : $"{idea.Title} à {commune.Name}";
            var body = $"<p>{System.Net.WebUtility.HtmlEncode(idea.Body)}</p><p>Proposé pour {System.Net.WebUtility.HtmlEncode(commune.Name)}.</p>";
            var answer = status switch
            {
                ProposalStatus.Retenue => "Retenue : la proposition est inscrite au plan d'action de l'an prochain.",
                ProposalStatus.NonRetenue => "Non retenue cette année : le budget de la CTG ne le permet pas, la commission la réexaminera.",
                ProposalStatus.Realisee => "Réalisée : merci ! La mise en place a commencé ce trimestre.",
                _ => null,
            };
            var proposal = new Proposal
            {
                ConventionId = conventionId, AuthorId = authors[i % authors.Count], Title = title, BodyHtml = body,
                SearchText = ProposalText.SearchTextOf(title, body), SubmissionKey = Guid.NewGuid(), Status = status, Answer = answer,
                CreatedAt = published, PublishedAt = published,
                Municipalities = [new ProposalMunicipality { MunicipalityId = commune.Id }],
                Axes = axis is { } a ? [new ProposalAxis { AxisId = a }] : [],
            };
            if (i % 3 == 0)
            {
                proposal.ImageFile = DemoPictures.Save(proposalImages, i);
                proposal.ImageContentType = "image/jpeg";
            }
            if (status != ProposalStatus.Deposee)
            {
                proposal.StatusChanges.Add(new ProposalStatusChange
                {
                    From = ProposalStatus.Deposee, To = status, Answer = answer, ChangedById = coordinatorId, ChangedAt = published.AddDays(1),
                });
            }
            foreach (var supporter in Supporters.Take(i % 5))
            {
                if (!users.TryGetValue(supporter, out var supporterId) || supporterId == proposal.AuthorId) continue;
                db.Supports.Add(new Support { Proposal = proposal, UserId = supporterId, CreatedAt = published.AddHours(5) });
                proposal.SupportCount++;
            }
            db.Proposals.Add(proposal);
        }
        await db.SaveChangesAsync(ct);
    }

    private async Task SeedSurveysAsync(Dictionary<string, int> conventions, DateTimeOffset now, CancellationToken ct)
    {
        static List<QuestionChoice> Choices(params string[] labels) => labels.Select((l, i) => new QuestionChoice { Label = l, Position = i + 1 }).ToList();
        (string Ctg, string Title, string Intro, string Question, string[] Choices, int ClosesIn)[] surveys =
        [
            ("pays-de-grasse", "Vos besoins en accueil de loisirs pendant les vacances",
                "La CTG du Pays de Grasse prépare l'été prochain : dites-nous ce qui manque.", "Pendant les vacances, votre enfant est le plus souvent…",
                ["À l'accueil de loisirs", "En famille", "Seul à la maison", "Je n'ai pas d'enfant de 3 à 11 ans"], 21),
            ("pays-des-paillons", "La vie sociale dans votre village",
                "Le Pays des Paillons prépare son diagnostic partagé : trois minutes pour décrire la vie de votre village.", "Où rencontrez-vous d'autres familles ?",
                ["À l'école", "Au marché", "Dans une association", "Nulle part"], 35),
        ];
        foreach (var s in surveys)
        {
            if (await db.Surveys.AnyAsync(x => x.Title == s.Title, ct)) continue;
            db.Surveys.Add(new Survey
            {
                ConventionId = conventions[s.Ctg], Title = s.Title, Introduction = s.Intro, Audience = SurveyAudience.AnonymousAllowed, Status = SurveyStatus.Published,
                OpensAt = now.AddDays(-5), ClosesAt = now.AddDays(s.ClosesIn), CreatedAt = now.AddDays(-6), PublishedAt = now.AddDays(-5), PublicResults = true,
                Questions =
                [
                    new Question { Position = 1, Section = 1, Type = QuestionType.SingleChoice, Required = true, Label = s.Question, Choices = Choices(s.Choices) },
                    new Question { Position = 2, Section = 1, Type = QuestionType.LongText, Label = "Une idée, une remarque ?" },
                ],
            });
        }
        await db.SaveChangesAsync(ct);
    }

    private async Task SeedMeetingsAsync(Dictionary<string, int> conventions, string coordinatorId, DateTimeOffset now, CancellationToken ct)
    {
        (string Ctg, string Title, int Days, string Place)[] meetings =
        [
            ("pays-de-grasse", "Réunion publique : l'été des enfants au Pays de Grasse", 9, "Salle Daudet, Grasse"),
            ("pays-des-paillons", "Réunion publique : présentation du diagnostic partagé", 25, "Salle des fêtes, Contes"),
            ("alpes-d-azur", "Réunion publique : un lieu d'accueil enfants-parents itinérant", 40, "Mairie de Guillaumes"),
        ];
        foreach (var m in meetings)
        {
            var day = now.UtcDateTime.Date.AddDays(m.Days);
            var starts = new DateTimeOffset(day.AddHours(17), TimeSpan.Zero);
            db.Meetings.Add(new Meeting
            {
                ConventionId = conventions[m.Ctg], Kind = MeetingKind.ReunionPublique, Title = m.Title, StartsAt = starts, EndsAt = starts.AddHours(2),
                Place = m.Place, Agenda = "Présentation\nÉchanges avec les habitants", CreatedById = coordinatorId, CreatedAt = now, UpdatedAt = now,
            });
        }
        await db.SaveChangesAsync(ct);
    }

    private async Task SeedNewsAsync(Dictionary<string, int> conventions, string coordinatorId, DateTimeOffset now, CancellationToken ct)
    {
        var folder = Path.Combine(proposalImages, "actualites");
        (string Ctg, string Title, string Body, string Alt, int DaysAgo)[] news =
        [
            ("pays-de-grasse", "La « pause-café » des parents s'installe à Mouans-Sartoux",
                "<p>Chaque jeudi matin, les parents se retrouvent autour d'un café avec une animatrice du centre social.</p>", "Dessin de collines et de maisons au soleil", 3),
            ("pays-des-paillons", "Diagnostic partagé : 300 familles ont déjà répondu",
                "<p>Merci ! Les premiers résultats seront présentés en réunion publique à Contes.</p>", "Dessin d'un village dans la vallée", 8),
            ("alpes-d-azur", "Le LAEP itinérant a accueilli ses premières familles",
                "<p>Le lieu d'accueil enfants-parents itinérant a ouvert à Puget-Théniers. Prochaine étape : Guillaumes.</p>", "Dessin de montagnes et de maisons", 12),
        ];
        var seed = 100;
        foreach (var n in news)
        {
            db.NewsPosts.Add(new News.NewsPost
            {
                ConventionId = conventions[n.Ctg], Title = n.Title, BodyHtml = n.Body, IsPublished = true, AuthorId = coordinatorId,
                ImageFile = DemoPictures.Save(folder, seed++), ImageContentType = "image/jpeg", ImageAlt = n.Alt,
                CreatedAt = now.AddDays(-n.DaysAgo), PublishedAt = now.AddDays(-n.DaysAgo),
            });
        }
        await db.SaveChangesAsync(ct);
    }

    private async Task SeedWallsAsync(Dictionary<string, string> users, string coordinatorId, DateTimeOffset now, CancellationToken ct)
    {
        var author = users.GetValueOrDefault("membre.reseau@ctg-demo.test") ?? coordinatorId;
        string[] authors = ["Nadia B. (RPE Haut-Var)", "Julien M. (centre social)", "Sophie L. (Caf)", "Karim D. (mairie de Guillaumes)"];
        string[] ideas =
        [
            "Stand maquillage", "Parcours motricité pour les tout-petits", "Atelier cuisine parents-enfants", "Concert de l'école de musique",
            "Troc de vêtements d'enfants", "Balade contée", "Jeux géants en bois", "Coin calme pour les bébés", "Buvette tenue par les jeunes",
            "Exposition des dessins des écoles", "Affiches dans les commerces", "Navette depuis les hameaux", "Stand de la Caf : vos droits",
            "Photographe bénévole", "Lâcher de ballons (à éviter ?)", "Questionnaire de satisfaction", "Goûter partagé", "Atelier vélo",
            "Spectacle de marionnettes", "Remerciements aux bénévoles",
        ];
        // The existing wall gets to twenty cards; a second wall is planned from scratch.
        var first = await db.Walls.FirstOrDefaultAsync(w => w.Slug == "fete-des-familles", ct);
        if (first is null) return;
        var existing = await db.WallCards.CountAsync(c => c.WallId == first.Id, ct);
        var columns = (await db.WallColumns.Where(c => c.WallId == first.Id).ToListAsync(ct)).OrderBy(c => c.OrderKey, StringComparer.Ordinal).ToList();
        await AddCardsAsync(first, columns, ideas.Skip(existing).Take(20 - existing).ToArray());

        var second = new Wall { ThematicNetworkId = first.ThematicNetworkId, Slug = "rentree-des-familles", Title = "Rentrée des familles : qui fait quoi ?", CreatedAt = now.AddDays(-10) };
        db.Walls.Add(second);
        var secondColumns = new List<WallColumn>();
        string? key = null;
        foreach (var title in new[] { "À préparer", "Qui s'en charge ?", "En cours", "Fait" })
        {
            key = FractionalKey.Between(key, null);
            var column = new WallColumn { Wall = second, Title = title, OrderKey = key, CreatedAt = second.CreatedAt };
            db.WallColumns.Add(column);
            secondColumns.Add(column);
        }
        string[] tasks =
        [
            "Liste des assistantes maternelles disponibles", "Affiche des horaires du relais", "Réunion d'information aux parents", "Inscriptions à la cantine",
            "Permanence Caf à la rentrée", "Fiche pratique transport scolaire", "Atelier « premier jour à l'école »", "Contact avec les directeurs d'école",
            "Point sur les places en accueil de loisirs", "Relais sur la page de la CTG", "Mise à jour de l'annuaire des services", "Traduction du livret d'accueil",
            "Rencontre avec les nouveaux arrivants", "Stand au forum des associations", "Questionnaire aux familles", "Bilan avec le groupe de travail",
            "Courrier aux mairies", "Planning des permanences", "Photos pour la lettre d'information", "Remerciements aux partenaires",
        ];
        await AddCardsAsync(second, secondColumns, tasks);
        await db.SaveChangesAsync(ct);

        async Task AddCardsAsync(Wall wall, List<WallColumn> into, string[] texts)
        {
            var lastKeys = new Dictionary<WallColumn, string?>();
            foreach (var column in into)
            {
                lastKeys[column] = column.Id == 0 ? null : await db.WallCards.Where(c => c.ColumnId == column.Id).OrderByDescending(c => c.OrderKey).Select(c => c.OrderKey).FirstOrDefaultAsync(ct);
            }
            for (var i = 0; i < texts.Length; i++)
            {
                var column = into[i % into.Count];
                var cardKey = FractionalKey.Between(lastKeys[column], null);
                lastKeys[column] = cardKey;
                db.WallCards.Add(new WallCard
                {
                    Wall = wall, Column = column, OrderKey = cardKey, Html = System.Net.WebUtility.HtmlEncode(texts[i]),
                    AuthorId = author, AuthorName = authors[i % authors.Length], CreatedAt = wall.CreatedAt.AddHours(i), UpdatedAt = wall.CreatedAt.AddHours(i),
                });
            }
        }
    }

    private async Task SeedDirectoryAsync(Dictionary<string, int> conventions, DateTimeOffset now, CancellationToken ct)
    {
        (string Ctg, string Name, FamilyServiceKind Kind, string Commune, string Address)[] entries =
        [
            ("pays-de-grasse", "Crèche Les Lavandes", FamilyServiceKind.Creche, "Grasse", "12 boulevard du Jeu de Ballon"),
            ("pays-de-grasse", "Multi-accueil Les Mimosas", FamilyServiceKind.Creche, "Mouans-Sartoux", "Avenue de Cannes"),
            ("pays-de-grasse", "Relais petite enfance du Pays de Grasse", FamilyServiceKind.RelaisPetiteEnfance, "Grasse", "Place du Petit Puy"),
            ("pays-de-grasse", "Accueil de loisirs de Pégomas", FamilyServiceKind.AccueilDeLoisirs, "Pégomas", "Chemin de l'École"),
            ("pays-de-grasse", "Accueil de loisirs de Peymeinade", FamilyServiceKind.AccueilDeLoisirs, "Peymeinade", "Rue de la Mairie"),
            ("pays-de-grasse", "Centre social de la Roquette", FamilyServiceKind.CentreSocial, "La Roquette-sur-Siagne", "Place de la République"),
            ("pays-de-grasse", "Lieu d'accueil enfants-parents La Parenthèse", FamilyServiceKind.LieuAccueilEnfantsParents, "Grasse", "Rue de l'Oratoire"),
            ("pays-de-grasse", "France services Saint-Vallier", FamilyServiceKind.FranceServices, "Saint-Vallier-de-Thiey", "Place du Tour"),
            ("pays-de-grasse", "Point numérique de Saint-Auban", FamilyServiceKind.PointNumerique, "Saint-Auban", "Mairie"),
            ("pays-de-grasse", "Espace de vie sociale du Haut-Pays", FamilyServiceKind.EspaceDeVieSociale, "Séranon", "Ancienne école"),
            ("pays-des-paillons", "Crèche Les Petits Paillons", FamilyServiceKind.Creche, "Contes", "Avenue du 8 Mai"),
            ("pays-des-paillons", "Micro-crèche de Drap", FamilyServiceKind.Creche, "Drap", "Rue de la Condamine"),
            ("pays-des-paillons", "Relais petite enfance des Paillons", FamilyServiceKind.RelaisPetiteEnfance, "L'Escarène", "Place Camille Olivari"),
            ("pays-des-paillons", "Accueil de loisirs de Contes", FamilyServiceKind.AccueilDeLoisirs, "Contes", "Stade municipal"),
            ("pays-des-paillons", "Accueil de loisirs de Peille", FamilyServiceKind.AccueilDeLoisirs, "Peille", "Quartier La Grave"),
            ("pays-des-paillons", "Centre social du Paillon", FamilyServiceKind.CentreSocial, "Drap", "Boulevard de la Libération"),
            ("pays-des-paillons", "Lieu d'accueil enfants-parents Le Petit Pont", FamilyServiceKind.LieuAccueilEnfantsParents, "Blausasc", "Salle polyvalente"),
            ("pays-des-paillons", "France services Contes", FamilyServiceKind.FranceServices, "Contes", "Place Albert Olivier"),
            ("pays-des-paillons", "Point numérique de Lucéram", FamilyServiceKind.PointNumerique, "Lucéram", "Mairie"),
            ("pays-des-paillons", "Espace de vie sociale de Coaraze", FamilyServiceKind.EspaceDeVieSociale, "Coaraze", "Place Sainte-Catherine"),
        ];
        foreach (var e in entries)
        {
            var conventionId = conventions[e.Ctg];
            var commune = await db.Municipalities.Where(m => m.ConventionId == conventionId && m.Name == e.Commune).Select(m => (int?)m.Id).FirstOrDefaultAsync(ct);
            if (commune is null || await db.FamilyServices.AnyAsync(s => s.ConventionId == conventionId && s.Name == e.Name, ct)) continue;
            var service = new FamilyService();
            FamilyServiceRules.Apply(service, new FamilyServiceInput
            {
                Name = e.Name, Kind = e.Kind, MunicipalityId = commune, Address = e.Address, Wheelchair = WheelchairAccess.Unknown,
            }, conventionId, now);
            db.FamilyServices.Add(service);
        }
        await db.SaveChangesAsync(ct);
    }
}
