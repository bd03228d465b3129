using Ctg.Participation.Accounts;
using Ctg.Participation.Conventions;
using Ctg.Participation.Data;
using Ctg.Participation.Initiatives;
using Ctg.Participation.Notifications;
using Ctg.Participation.Proposals;
using Ctg.Participation.Routing;
using Ctg.Participation.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ctg.Participation.Tests.Orientation;

public sealed class RoutingDeskTests
{
    private static RoutingDesk Desk(TestDatabase database, PortalDbContext db) =>
        new(db, new ConventionAccess(db), new NotificationCentre(db, database.Mail, Options.Create(new NotificationOptions()), database.Clock), database.Clock);

    private static async Task<(int Convention, string Coordinator, int Group, int OtherGroup)> DemoAsync(PortalDbContext db) =>
        (await db.Conventions.Where(c => c.Slug == "alpes-d-azur").Select(c => c.Id).SingleAsync(),
         await db.Users.Where(u => u.Email == "coordination.alpes-d-azur@ctg-demo.test").Select(u => u.Id).SingleAsync(),
         await db.WorkingGroups.Where(g => g.Convention!.Slug == "alpes-d-azur" && g.Slug == "groupe-de-travail-parentalite").Select(g => g.Id).SingleAsync(),
         await db.WorkingGroups.Where(g => g.Convention!.Slug == "pays-de-grasse").Select(g => g.Id).FirstAsync());

    private static async Task<int> ValidatedInitiativeAsync(PortalDbContext db, int conventionId, DateTimeOffset reviewedAt, string name)
    {
        var initiative = new CitizenInitiative
        {
            ConventionId = conventionId, Name = name, DescriptionHtml = "<p>Un atelier de réparation de vélos.</p>", CarrierName = "Collectif Vélo",
            AxisId = await db.Axes.Where(a => a.ConventionId == conventionId).Select(a => a.Id).FirstAsync(), Contact = "velo@example.org",
            Status = InitiativeStatus.Validated, CreatedAt = reviewedAt, ReviewedAt = reviewedAt,
            Municipalities = [new InitiativeMunicipality { MunicipalityId = await db.Municipalities.Where(m => m.ConventionId == conventionId).Select(m => m.Id).FirstAsync() }],
        };
        db.CitizenInitiatives.Add(initiative);
        await db.SaveChangesAsync();
        return initiative.Id;
    }

    [Fact]
    public async Task The_desk_lists_the_oldest_first_and_highlights_items_waiting_more_than_thirty_days()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<PortalDbContext>();
            var (convention, _, _, _) = await DemoAsync(db);
            var now = database.Clock.GetUtcNow();
            var recent = await ValidatedInitiativeAsync(db, convention, now.AddDays(-2), "Récente");
            var old = await ValidatedInitiativeAsync(db, convention, now.AddDays(-31), "Ancienne");

            var inbox = await Desk(database, db).InboxAsync(convention, new RoutingDesk.Filter(ContributionKind.Initiative, null, null, RoutingDesk.StatusFilter.New));

            Assert.Equal([old, recent], inbox.Select(i => i.Ref.Id));
            Assert.True(inbox[0].IsLongWaiting);
            Assert.False(inbox[1].IsLongWaiting);
        });
    }

    [Fact]
    public async Task Routing_to_a_group_of_another_ctg_among_valid_ones_stores_nothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<PortalDbContext>();
            var (convention, coordinator, group, otherGroup) = await DemoAsync(db);
            var id = await ValidatedInitiativeAsync(db, convention, database.Clock.GetUtcNow(), "Atelier vélo");
            var actor = new ProposalAnswers.Actor(coordinator, [PortalRoles.Coordinator]);

            var outcome = await Desk(database, db).RouteAsync(convention, actor,
                new RoutingDesk.Request([new(ContributionKind.Initiative, id)], [group, otherGroup], [], "À voir"));

            Assert.False(outcome.Succeeded);
            Assert.Equal(nameof(RoutingDesk.Request.WorkingGroupIds), outcome.Field);
            Assert.Equal(0, await db.Routings.CountAsync());
        });
    }

    [Fact]
    public async Task Routing_to_two_groups_makes_one_routing_per_group_each_with_its_first_history_step()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<PortalDbContext>();
            var (convention, coordinator, group, _) = await DemoAsync(db);
            var second = await db.WorkingGroups.Where(g => g.ConventionId == convention && g.Id != group).Select(g => g.Id).FirstAsync();
            var id = await ValidatedInitiativeAsync(db, convention, database.Clock.GetUtcNow(), "Atelier vélo");
            var actor = new ProposalAnswers.Actor(coordinator, [PortalRoles.Coordinator]);

            var outcome = await Desk(database, db).RouteAsync(convention, actor,
                new RoutingDesk.Request([new(ContributionKind.Initiative, id)], [group, second], [], "À voir"));

            Assert.True(outcome.Succeeded, outcome.Error);
            var routings = await db.Routings.Include(r => r.Events).OrderBy(r => r.WorkingGroupId).ToListAsync();
            Assert.Equal(new[] { group, second }.Order(), routings.Select(r => r.WorkingGroupId));
            Assert.All(routings, r => Assert.Equal((RoutingStep.Routed, coordinator, database.Clock.GetUtcNow()), (r.Events.Single().Step, r.Events.Single().ActorId!, r.Events.Single().At)));
        });
    }

    [Fact]
    public async Task A_resident_cannot_route_even_through_the_service()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<PortalDbContext>();
            var (convention, _, group, _) = await DemoAsync(db);
            var resident = await db.Users.Where(u => u.Email == "habitant@ctg-demo.test").Select(u => u.Id).SingleAsync();
            var id = await ValidatedInitiativeAsync(db, convention, database.Clock.GetUtcNow(), "Atelier vélo");

            var outcome = await Desk(database, db).RouteAsync(convention, new ProposalAnswers.Actor(resident, [PortalRoles.Resident]),
                new RoutingDesk.Request([new(ContributionKind.Initiative, id)], [group], [], null));

            Assert.False(outcome.Succeeded);
            Assert.Equal(0, await db.Routings.CountAsync());
        });
    }
}
