using Ctg.Participation.Conventions;
using Ctg.Participation.Data;
using Ctg.Participation.Notifications;
using Ctg.Participation.Routing;
using Ctg.Participation.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ctg.Participation.Tests.Orientation;

/// <summary>
/// The desk sorts and counts every waiting item from its id and date, and asks the source to describe only the items
/// of the page it shows: a busy CTG's tens of thousands of proposals are never read with their titles, axes and communes.
/// </summary>
public sealed class RoutingDeskPageTests
{
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
            var convention = await db.Conventions.Where(c => c.Slug == "alpes-d-azur").Select(c => c.Id).SingleAsync();
            var source = new RecordingSource(database.Clock.GetUtcNow());
            var desk = new RoutingDesk(db, new ConventionAccess(db),
                new NotificationCentre(db, database.Mail, Options.Create(new NotificationOptions()), database.Clock), database.Clock, [source]);

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
}
