using Ctg.Participation.Conventions;
using Ctg.Participation.Data;
using Ctg.Participation.Notifications;
using Ctg.Participation.Proposals;
using Ctg.Participation.Routing;
using Ctg.Participation.Tests.Support;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ctg.Participation.Tests.Orientation;

/// <summary>
/// The desk sorts and counts every waiting item from its id and date, and asks the source to describe only the items
/// of the page it shows: a busy CTG's tens of thousands of proposals are never read with their titles, axes and communes.
/// </summary>
public sealed class RoutingDeskPageTests
{
    private static RoutingDesk Desk(PortalDbContext db, TestDatabase database, params IRoutableSource[] sources) =>
        new(db, new ConventionAccess(db), new NotificationCentre(db, database.Mail, Options.Create(new NotificationOptions()), database.Clock), database.Clock, sources);

    private static Task<int> AlpesDAzurAsync(PortalDbContext db) => db.Conventions.Where(c => c.Slug == "alpes-d-azur").Select(c => c.Id).SingleAsync();

    /// <summary>Published proposals of the CTG, one per age in days, titled « Proposition {index} », their ids in that order.</summary>
    private static async Task<List<int>> PublishedAsync(PortalDbContext db, int convention, DateTimeOffset now, IEnumerable<int> ages)
    {
        var created = ages.Select((days, i) => new Proposal
        {
            ConventionId = convention, Title = $"Proposition {i}", BodyHtml = "<p>Un texte de proposition.</p>", SearchText = "un texte",
            SubmissionKey = Guid.NewGuid(), CreatedAt = now.AddDays(-days), PublishedAt = now.AddDays(-days),
        }).ToList();
        db.Proposals.AddRange(created);
        await db.SaveChangesAsync();
        return created.Select(x => x.Id).ToList();
    }

    /// <summary>A source of five items that records which ids it was asked to describe.</summary>
    private sealed class RecordingSource(DateTimeOffset now) : IRoutableSource
    {
        public List<IReadOnlyCollection<int>?> Described { get; } = [];
        public ContributionKind Kind => ContributionKind.Initiative;
        public string KeyPrefix => "initiative";
        public string KindLabel => "Initiative";
        public string? PublicLink(int id) => $"/initiatives/{id}";

        // Ids 1..5, id 1 the oldest (40 days), id 5 the youngest (1 day).
        private IEnumerable<RoutableItem> All() => Enumerable.Range(1, 5).Select(id =>
            new RoutableItem(Kind, id, $"Initiative {id}", now.AddDays(id == 1 ? -40 : id == 2 ? -35 : -6 + id), [], [], null));

        public Task<IReadOnlyList<RoutableStub>> StubsAsync(int conventionId, RoutableFilter filter, CancellationToken ct = default) =>
            Task.FromResult<IReadOnlyList<RoutableStub>>(All().Select(i => new RoutableStub(i.Id, i.Since)).ToList());

        public Task<IReadOnlyList<RoutableItem>> ListAsync(int conventionId, RoutableFilter filter, IReadOnlyCollection<int>? ids, CancellationToken ct = default)
        {
            Described.Add(ids);
            return Task.FromResult<IReadOnlyList<RoutableItem>>(All().Where(i => ids is null || ids.Contains(i.Id)).ToList());
        }
    }

    [Fact]
    public async Task Only_the_page_shown_is_described_while_every_waiting_item_is_counted()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<PortalDbContext>();
            var convention = await AlpesDAzurAsync(db);
            var source = new RecordingSource(database.Clock.GetUtcNow());
            var desk = Desk(db, database, source);

            var inbox = await desk.InboxPageAsync(convention, new RoutingDesk.Filter(null, null, null, RoutingDesk.StatusFilter.New), take: 2);

            Assert.Equal([1, 2], inbox.Items.Select(i => i.Ref.Id));
            Assert.Equal(["Initiative 1", "Initiative 2"], inbox.Items.Select(i => i.Title));
            Assert.Equal(5, inbox.Total);
            Assert.Equal(2, inbox.LongWaiting);
            var asked = Assert.Single(source.Described);
            Assert.NotNull(asked);
            Assert.Equal([1, 2], asked.Order());
        });
    }

    /// <summary>A source with its query hidden, so that the desk sorts and counts it in memory: the reference.</summary>
    private sealed class InMemoryOnly(IRoutableSource inner) : IRoutableSource
    {
        public ContributionKind Kind => inner.Kind;
        public string KeyPrefix => inner.KeyPrefix;
        public string KindLabel => inner.KindLabel;
        public string? PublicLink(int id) => inner.PublicLink(id);

        public Task<IReadOnlyList<RoutableItem>> ListAsync(int conventionId, RoutableFilter filter, IReadOnlyCollection<int>? ids, CancellationToken ct = default) =>
            inner.ListAsync(conventionId, filter, ids, ct);
    }

    [Fact]
    public async Task Counting_and_paging_in_the_database_agree_with_reading_every_item_for_every_status_and_age()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<PortalDbContext>();
            var convention = await AlpesDAzurAsync(db);
            var groups = await db.WorkingGroups.Where(g => g.ConventionId == convention).OrderBy(g => g.Id).Select(g => g.Id).Take(2).ToListAsync();
            // Eight published proposals, some waiting over 30 days, two published at the same instant (the order's tie).
            var now = database.Clock.GetUtcNow();
            int[] ages = [45, 40, 40, 31, 20, 8, 3, 1];
            var p = await PublishedAsync(db, convention, now, ages);
            // Routed; answered; handed back (new again); answered by one group and still open in another; answered and handed back.
            (int Proposal, int Group, RoutingStatus Status)[] routed =
            [
                (p[0], groups[0], RoutingStatus.Routed), (p[1], groups[0], RoutingStatus.Answered), (p[2], groups[0], RoutingStatus.HandedBack),
                (p[3], groups[0], RoutingStatus.Answered), (p[3], groups[1], RoutingStatus.Acknowledged),
                (p[4], groups[0], RoutingStatus.Answered), (p[4], groups[1], RoutingStatus.HandedBack),
            ];
            foreach (var (proposal, group, status) in routed)
            {
                db.Routings.Add(new Routing.Routing
                {
                    ConventionId = convention, ContributionKind = ContributionKind.Proposal, ContributionId = proposal, WorkingGroupId = group,
                    Status = status, RoutedAt = database.Clock.GetUtcNow(),
                });
            }
            await db.SaveChangesAsync();

            var inDatabase = Desk(db, database, new ProposalRoutableSource(db));
            var inMemory = Desk(db, database, new InMemoryOnly(new ProposalRoutableSource(db)));

            foreach (var status in Enum.GetValues<RoutingDesk.StatusFilter>())
            {
                foreach (var age in Enum.GetValues<RoutingDesk.AgeFilter>())
                {
                    var filter = new RoutingDesk.Filter(null, null, null, status, age);
                    var expected = await inMemory.InboxPageAsync(convention, filter, take: 3);
                    var actual = await inDatabase.InboxPageAsync(convention, filter, take: 3);
                    Assert.Equal(expected.Total, actual.Total);
                    Assert.Equal(expected.LongWaiting, actual.LongWaiting);
                    Assert.Equal(expected.Items.Select(i => (i.Key, i.IsNew, i.IsAnswered, i.IsLongWaiting, string.Join("|", i.RoutedTo))),
                        actual.Items.Select(i => (i.Key, i.IsNew, i.IsAnswered, i.IsLongWaiting, string.Join("|", i.RoutedTo))));
                }
            }

            async Task<IReadOnlyList<int>> Ids(RoutingDesk.StatusFilter status) =>
                (await inDatabase.InboxAsync(convention, new RoutingDesk.Filter(null, null, null, status))).Select(i => i.Ref.Id).Where(p.Contains).Order().ToList();
            Assert.Equal([p[2], p[5], p[6], p[7]], await Ids(RoutingDesk.StatusFilter.New));
            Assert.Equal([p[0], p[3]], await Ids(RoutingDesk.StatusFilter.InProgress));
            Assert.Equal([p[1], p[4]], await Ids(RoutingDesk.StatusFilter.Answered));
            var all = await inDatabase.InboxPageAsync(convention, new RoutingDesk.Filter(null, null, null, RoutingDesk.StatusFilter.All), take: 1);
            var counts = 0;
            foreach (var status in new[] { RoutingDesk.StatusFilter.New, RoutingDesk.StatusFilter.InProgress, RoutingDesk.StatusFilter.Answered })
                counts += (await inDatabase.InboxPageAsync(convention, new RoutingDesk.Filter(null, null, null, status), take: 1)).Total;
            Assert.Equal(all.Total, counts);
        });
    }

    /// <summary>Records how many rows each query of the context read.</summary>
    private sealed class RowsRead : DbCommandInterceptor
    {
        public List<(string Sql, int Rows)> Queries { get; } = [];

        public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
        {
            Queries.Add((command.CommandText, eventData.ReadCount));
            return result;
        }
    }

    [Fact]
    public async Task The_first_page_of_a_busy_ctg_reads_only_that_page_of_proposals_and_two_counts()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.RunAsync(async sp =>
        {
            var seeding = sp.GetRequiredService<PortalDbContext>();
            var convention = await AlpesDAzurAsync(seeding);
            var now = database.Clock.GetUtcNow();
            await PublishedAsync(seeding, convention, now, Enumerable.Range(1, 30).Select(i => 2 * i));

            var rows = new RowsRead();
            await using var db = new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>()
                .UseSqlite(seeding.Database.GetDbConnection()).AddInterceptors(rows).Options);
            var desk = Desk(db, database, new ProposalRoutableSource(db));

            var inbox = await desk.InboxPageAsync(convention, new RoutingDesk.Filter(null, null, null, RoutingDesk.StatusFilter.New), take: 3);

            Assert.Equal(["Proposition 29", "Proposition 28", "Proposition 27"], inbox.Items.Select(i => i.Title));
            Assert.Equal(30, inbox.Total);
            Assert.Equal(15, inbox.LongWaiting); // published 32 to 60 days ago
            var proposalQueries = rows.Queries.Where(q => q.Sql.Contains("\"Proposals\"")).ToList();
            Assert.NotEmpty(proposalQueries);
            // The page's three, one more that tells a next page exists, and the last Read() that finds no more rows.
            Assert.All(proposalQueries, q => Assert.True(q.Rows <= 3 + 1 + 1, $"{q.Rows} reads by:\n{q.Sql}"));
            Assert.NotNull(inbox.Next);
        });
    }

    [Fact]
    public async Task Paging_lists_every_waiting_item_once_in_order_across_kinds_and_equal_dates()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<PortalDbContext>();
            var convention = await AlpesDAzurAsync(db);
            var now = database.Clock.GetUtcNow();
            // Seven proposals, three of them published at the same instant, and three initiatives validated at that instant too.
            int[] ages = [45, 40, 40, 40, 31, 8, 3];
            await PublishedAsync(db, convention, now, ages);
            var axis = await db.Axes.Where(a => a.ConventionId == convention).Select(a => a.Id).FirstAsync();
            db.CitizenInitiatives.AddRange(Enumerable.Range(1, 3).Select(i => new Initiatives.CitizenInitiative
            {
                ConventionId = convention, Name = $"Initiative {i}", DescriptionHtml = "<p>Un atelier.</p>", CarrierName = "Collectif", AxisId = axis,
                Contact = "collectif@example.org", Status = Initiatives.InitiativeStatus.Validated, CreatedAt = now.AddDays(-50), ReviewedAt = now.AddDays(-40),
            }));
            await db.SaveChangesAsync();
            var desk = Desk(db, database, new ProposalRoutableSource(db), new Initiatives.InitiativeRoutableSource(db));
            var filter = new RoutingDesk.Filter(null, null, null, RoutingDesk.StatusFilter.New);
            var everything = (await desk.InboxAsync(convention, filter)).Select(i => i.Key).ToList();

            var paged = new List<string>();
            RoutingDesk.Cursor? after = null;
            var pages = 0;
            do
            {
                // Through the address, as the page's « Éléments suivants » link carries it.
                var inbox = await desk.InboxPageAsync(convention, filter, take: 3, after: RoutingDesk.Cursor.Parse(after?.ToString()));
                Assert.Equal(everything.Count, inbox.Total);
                paged.AddRange(inbox.Items.Select(i => i.Key));
                after = inbox.Next;
                pages++;
            }
            while (after is not null && pages < 10);

            Assert.True(everything.Count >= 10);
            Assert.Equal(everything, paged);
            Assert.Equal((everything.Count + 2) / 3, pages);
            Assert.Null(RoutingDesk.Cursor.Parse("pas-un-curseur"));
            Assert.Null(RoutingDesk.Cursor.Parse("12-999-4"));
        });
    }
}
