using Ctg.Participation.Accounts;
using Ctg.Participation.Common;
using Ctg.Participation.Conventions;
using Ctg.Participation.Data;
using Ctg.Participation.Initiatives;
using Ctg.Participation.Notifications;
using Ctg.Participation.Proposals;
using Ctg.Participation.Routing;
using Ctg.Participation.Tests.Support;
using Ctg.Participation.Walls;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ctg.Participation.Tests.Orientation;

public sealed class RoutingDeskTests
{
    private static RoutingDesk Desk(TestDatabase database, PortalDbContext db) =>
        new(db, new ConventionAccess(db), new NotificationCentre(db, database.Mail, Options.Create(new NotificationOptions()), database.Clock), database.Clock,
            [new ProposalRoutableSource(db), new InitiativeRoutableSource(db), new WallCardRoutableSource(db)]);

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
            var actor = new Actor(coordinator, [PortalRoles.Coordinator]);

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
            var actor = new Actor(coordinator, [PortalRoles.Coordinator]);

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

            var outcome = await Desk(database, db).RouteAsync(convention, new Actor(resident, [PortalRoles.Resident]),
                new RoutingDesk.Request([new(ContributionKind.Initiative, id)], [group], [], null));

            Assert.False(outcome.Succeeded);
            Assert.Equal(0, await db.Routings.CountAsync());
        });
    }

    [Fact]
    public async Task The_age_filter_keeps_the_items_waiting_for_that_long()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<PortalDbContext>();
            var (convention, _, _, _) = await DemoAsync(db);
            var now = database.Clock.GetUtcNow();
            var fresh = await ValidatedInitiativeAsync(db, convention, now.AddDays(-2), "Fraîche");
            var middle = await ValidatedInitiativeAsync(db, convention, now.AddDays(-12), "Moyenne");
            var old = await ValidatedInitiativeAsync(db, convention, now.AddDays(-45), "Ancienne");
            var desk = Desk(database, db);

            async Task<IEnumerable<int>> Ids(RoutingDesk.AgeFilter age) =>
                (await desk.InboxAsync(convention, new RoutingDesk.Filter(ContributionKind.Initiative, null, null, RoutingDesk.StatusFilter.New, age))).Select(i => i.Ref.Id);

            Assert.Equal([fresh], await Ids(RoutingDesk.AgeFilter.UnderAWeek));
            Assert.Equal([middle], await Ids(RoutingDesk.AgeFilter.WeekToMonth));
            Assert.Equal([old], await Ids(RoutingDesk.AgeFilter.OverAMonth));
            Assert.Equal([old, middle, fresh], await Ids(RoutingDesk.AgeFilter.Any));
        });
    }

    [Fact]
    public async Task A_wall_card_sent_up_by_a_network_is_on_the_desk_and_can_be_routed()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<PortalDbContext>();
            var (convention, coordinator, group, _) = await DemoAsync(db);
            var network = await db.ThematicNetworks.FirstAsync(n => n.ConventionId == convention);
            var wall = new Wall { ThematicNetworkId = network.Id, Title = "Idées parentalité", Slug = "idees-parentalite", CreatedAt = database.Clock.GetUtcNow() };
            db.Walls.Add(wall);
            await db.SaveChangesAsync();
            var column = new WallColumn { WallId = wall.Id, Title = "Idées", OrderKey = "a", CreatedAt = database.Clock.GetUtcNow() };
            db.WallColumns.Add(column);
            await db.SaveChangesAsync();
            var card = new WallCard { WallId = wall.Id, ColumnId = column.Id, Html = "<p>Un café des parents le samedi</p>", OrderKey = "a", AuthorId = coordinator, AuthorName = "Coordination", CreatedAt = database.Clock.GetUtcNow() };
            db.WallCards.Add(card);
            await db.SaveChangesAsync();
            var submission = new WallCardSubmission
            {
                ConventionId = convention, WallId = wall.Id, CardId = card.Id, SubmittedById = coordinator, SubmittedByName = "Coordination",
                TextAsSent = "Un café des parents le samedi", SubmittedAt = database.Clock.GetUtcNow(),
            };
            db.WallCardSubmissions.Add(submission);
            await db.SaveChangesAsync();
            var desk = Desk(database, db);

            var inbox = await desk.InboxAsync(convention, new RoutingDesk.Filter(ContributionKind.WallCard, null, null, RoutingDesk.StatusFilter.New));
            var item = Assert.Single(inbox);
            Assert.Equal("carte-mur-" + submission.Id, item.Key);
            Assert.StartsWith("Un café des parents le samedi (mur « Idées parentalité »)", item.Title);
            Assert.Equal($"/reseaux/remontees/{submission.Id}", item.Link);

            var outcome = await desk.RouteAsync(convention, new Actor(coordinator, [PortalRoles.Coordinator]),
                new RoutingDesk.Request([item.Ref], [group], [], "Pour le groupe parentalité"));

            Assert.True(outcome.Succeeded, outcome.Error);
            var routing = await db.Routings.SingleAsync();
            Assert.Equal((ContributionKind.WallCard, submission.Id, group), (routing.ContributionKind, routing.ContributionId, routing.WorkingGroupId));
            var row = Assert.Single(await new WallSubmissions(db).ForConventionAsync(convention));
            Assert.Equal(SubmissionStatus.Routed, row.Status);
        });
    }

    [Fact]
    public async Task The_database_refuses_a_second_open_routing_of_an_item_to_the_same_group()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<PortalDbContext>();
            var (convention, _, group, _) = await DemoAsync(db);
            var id = await ValidatedInitiativeAsync(db, convention, database.Clock.GetUtcNow(), "Atelier vélo");
            Routing.Routing Open(RoutingStatus status) => new()
            {
                ConventionId = convention, ContributionKind = ContributionKind.Initiative, ContributionId = id, WorkingGroupId = group,
                Status = status, RoutedAt = database.Clock.GetUtcNow(),
            };
            db.Routings.Add(Open(RoutingStatus.HandedBack));
            db.Routings.Add(Open(RoutingStatus.Routed));
            await db.SaveChangesAsync();

            db.Routings.Add(Open(RoutingStatus.Routed));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        });
    }
}
