using Ctg.Participation.Data;
using Ctg.Participation.Initiatives;
using Ctg.Participation.Proposals;
using Ctg.Participation.Routing;
using Ctg.Participation.Walls;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Demo;

/// <summary>
/// What residents and networks have already said in the demo department, so that a first visit shows a living
/// portal: proposals at each stage with supports, comments and an answer; an initiative routed to the Parentalité
/// group and answered; a network wall with cards. Added once, only when there is no proposal yet, after the
/// demo accounts exist. Tests turn it off (DemoData:Contributions=false) to start from empty lists.
/// </summary>
public sealed class DemoContributions(PortalDbContext db, TimeProvider clock, Microsoft.Extensions.Options.IOptions<ProposalOptions> proposalOptions)
{
    private sealed record DemoProposal(string Ctg, string Author, string Title, string Body, string Axis, string CommuneInsee, ProposalStatus Status,
        int DaysAgo, string? Answer = null, string[]? Supporters = null, (string Author, string Text)[]? Comments = null);

    private const string Resident = "habitant@ctg-demo.test", Member = "membre.reseau@ctg-demo.test",
        Coordinator = "coordination.alpes-d-azur@ctg-demo.test", Advisor = "conseiller.caf@ctg-demo.test";

    private static readonly DemoProposal[] Proposals =
    [
        new("alpes-d-azur", Resident, "Un lieu d'accueil enfants-parents itinérant dans les villages",
            "<p>Les familles des villages de montagne sont loin de tout. Un <strong>LAEP itinérant</strong>, une matinée par semaine dans chaque village, permettrait aux parents de se rencontrer.</p>",
            "Parentalité", "06099", ProposalStatus.Retenue, 120,
            "Retenue : le LAEP itinérant est inscrit au plan d'action 2027, avec le soutien de la Caf.", [Member, Coordinator, Advisor],
            [(Member, "<p>Le RPE peut prêter son camion aménagé le mardi.</p>")]),
        new("alpes-d-azur", Member, "Des horaires de crèche adaptés aux saisonniers",
            "<p>Beaucoup de parents travaillent en saison dans les stations. Ouvrir la crèche plus tôt le matin l'hiver aiderait.</p>",
            "Petite enfance", "06071", ProposalStatus.AEtude, 45, null, [Resident]),
        new("alpes-d-azur", Resident, "Un point numérique à la mairie pour les démarches Caf",
            "<p>Un ordinateur et une personne pour aider, deux demi-journées par semaine.</p>",
            "Accès aux droits et inclusion numérique", "06099", ProposalStatus.Deposee, 6),
        new("pays-de-grasse", Resident, "Des ateliers parents-ados le samedi",
            "<p>Des ateliers animés par le centre social pour parler écrans, sommeil et orientation.</p>",
            "Parentalité", "06069", ProposalStatus.Deposee, 3),
        new("pays-des-paillons", Member, "Un accueil de loisirs ouvert pendant les petites vacances",
            "<p>L'accueil de loisirs ferme à la Toussaint et en février : les familles n'ont pas de solution.</p>",
            "Enfance-jeunesse", "06048", ProposalStatus.NonRetenue, 200,
            "Non retenue pour 2026 : aucun local disponible. La commission enfance-jeunesse la réexaminera en 2027."),
    ];

    public async Task SeedAsync(CancellationToken ct = default)
    {
        if (await db.Proposals.AnyAsync(ct)) return;
        var users = await db.Users.Where(u => u.Email != null && u.Email.EndsWith("@ctg-demo.test")).ToDictionaryAsync(u => u.Email!, u => u.Id, ct);
        if (!users.ContainsKey(Resident) || !users.ContainsKey(Coordinator)) return;
        var now = clock.GetUtcNow();

        foreach (var demo in Proposals)
        {
            var convention = await db.Conventions.Where(c => c.Slug == demo.Ctg).Select(c => c.Id).FirstOrDefaultAsync(ct);
            var axis = await db.Axes.Where(a => a.ConventionId == convention && a.Name == demo.Axis).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct);
            var commune = await db.Municipalities.Where(m => m.ConventionId == convention && m.InseeCode == demo.CommuneInsee).Select(m => (int?)m.Id).FirstOrDefaultAsync(ct)
                          ?? await db.Municipalities.Where(m => m.ConventionId == convention).Select(m => m.Id).FirstAsync(ct);
            var published = now.AddDays(-demo.DaysAgo);
            var proposal = new Proposal
            {
                ConventionId = convention, AuthorId = users.GetValueOrDefault(demo.Author), Title = demo.Title, BodyHtml = demo.Body,
                SearchText = ProposalText.SearchTextOf(demo.Title, demo.Body), SubmissionKey = Guid.NewGuid(), Status = demo.Status, Answer = demo.Answer,
                CreatedAt = published, PublishedAt = published,
                Municipalities = [new ProposalMunicipality { MunicipalityId = commune }],
                Axes = axis is { } a ? [new ProposalAxis { AxisId = a }] : [],
            };
            if (demo.Status != ProposalStatus.Deposee)
            {
                proposal.StatusChanges.Add(new ProposalStatusChange
                {
                    From = ProposalStatus.Deposee, To = demo.Status, Answer = demo.Answer, ChangedById = users[Coordinator], ChangedAt = published.AddDays(10),
                });
            }
            foreach (var supporter in demo.Supporters ?? [])
            {
                db.Supports.Add(new Support { Proposal = proposal, UserId = users.GetValueOrDefault(supporter), CreatedAt = published.AddDays(1) });
                proposal.SupportCount++;
            }
            foreach (var (author, text) in demo.Comments ?? [])
            {
                db.Comments.Add(new Comment { Proposal = proposal, AuthorId = users.GetValueOrDefault(author), BodyHtml = text, CreatedAt = published.AddDays(2) });
                proposal.CommentCount++;
            }
            db.Proposals.Add(proposal);
        }
        await db.SaveChangesAsync(ct);
        await SeedInitiativeAsync(users, now, ct);
        await SeedWallAsync(users, now, ct);
        await new DemoLivedIn(db, clock, proposalOptions.Value.ImageDirectory).SeedAsync(users, users[Coordinator], ct);
    }

    private async Task SeedInitiativeAsync(Dictionary<string, string> users, DateTimeOffset now, CancellationToken ct)
    {
        var convention = await db.Conventions.Where(c => c.Slug == "alpes-d-azur").Select(c => c.Id).FirstAsync(ct);
        var group = await db.WorkingGroups.Where(g => g.ConventionId == convention && g.Slug == "groupe-de-travail-parentalite").Select(g => (int?)g.Id).FirstOrDefaultAsync(ct);
        var axis = await db.Axes.Where(a => a.ConventionId == convention && a.Name == "Parentalité").Select(a => a.Id).FirstAsync(ct);
        var commune = await db.Municipalities.Where(m => m.ConventionId == convention).OrderBy(m => m.Name).Select(m => m.Id).FirstAsync(ct);
        var validated = now.AddDays(-40);
        var initiative = new CitizenInitiative
        {
            ConventionId = convention, AuthorId = users[Resident], Name = "Café des parents du samedi",
            DescriptionHtml = "<p>Un café convivial un samedi par mois à la médiathèque, pour que les parents échangent autour d'un thème.</p>",
            CarrierKind = CarrierKind.Association, CarrierName = "Association Familles du Haut-Pays", AxisId = axis,
            Needs = InitiativeNeeds.Room | InitiativeNeeds.Communication, Contact = "contact@familles-haut-pays.example",
            Status = InitiativeStatus.Validated, ReviewedById = users[Coordinator], ReviewedAt = validated, CreatedAt = validated.AddDays(-3),
            Municipalities = [new InitiativeMunicipality { MunicipalityId = commune }],
        };
        db.CitizenInitiatives.Add(initiative);
        await db.SaveChangesAsync(ct);
        if (group is null) return;
        const string answer = "Le groupe propose la salle de la maison des familles et relaiera le café dans la lettre du RPE.";
        db.Routings.Add(new Routing.Routing
        {
            ConventionId = convention, ContributionKind = ContributionKind.Initiative, ContributionId = initiative.Id, WorkingGroupId = group.Value,
            Message = "À mettre en lien avec l'action « soutien à la parentalité ».", Status = RoutingStatus.Answered, Answer = answer, RoutedAt = validated.AddDays(2),
            Axes = [new RoutingAxis { AxisId = axis }],
            Events =
            [
                new RoutingEvent { Step = RoutingStep.Routed, ActorId = users[Coordinator], At = validated.AddDays(2), Text = "À mettre en lien avec l'action « soutien à la parentalité »." },
                new RoutingEvent { Step = RoutingStep.Acknowledged, ActorId = users.GetValueOrDefault(Member), At = validated.AddDays(5) },
                new RoutingEvent { Step = RoutingStep.Answered, ActorId = users.GetValueOrDefault(Member), At = validated.AddDays(12), Text = answer },
            ],
        });
        await db.SaveChangesAsync(ct);
    }

    private async Task SeedWallAsync(Dictionary<string, string> users, DateTimeOffset now, CancellationToken ct)
    {
        var network = await db.ThematicNetworks.Where(n => n.Convention!.Slug == "alpes-d-azur").OrderBy(n => n.Id).FirstAsync(ct);
        var wall = new Wall { ThematicNetworkId = network.Id, Slug = "fete-des-familles", Title = "Fête des familles 2027", CreatedAt = now.AddDays(-20) };
        db.Walls.Add(wall);
        string? columnKey = null;
        var cards = new (string Column, string Text)[]
        {
            ("Idées", "Un espace bébés lecteurs avec la médiathèque"),
            ("Idées", "Des jeux en bois prêtés par la ludothèque"),
            ("En cours", "Demander la place du village à la mairie"),
            ("Retenu", "Date : samedi 5 juin, de 10 h à 17 h"),
        };
        foreach (var title in new[] { "Idées", "En cours", "Retenu" })
        {
            columnKey = FractionalKey.Between(columnKey, null);
            var column = new WallColumn { Wall = wall, Title = title, OrderKey = columnKey, CreatedAt = wall.CreatedAt };
            db.WallColumns.Add(column);
            string? cardKey = null;
            foreach (var (_, text) in cards.Where(c => c.Column == title))
            {
                cardKey = FractionalKey.Between(cardKey, null);
                db.WallCards.Add(new WallCard
                {
                    Wall = wall, Column = column, OrderKey = cardKey, Html = System.Net.WebUtility.HtmlEncode(text),
                    AuthorId = users.GetValueOrDefault(Member) ?? users[Coordinator], AuthorName = "Nadia B. (RPE Haut-Var)",
                    CreatedAt = wall.CreatedAt, UpdatedAt = wall.CreatedAt,
                });
            }
        }
        await db.SaveChangesAsync(ct);
    }
}
