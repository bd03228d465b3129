using System.Net;
using System.Threading.Channels;
using Ctg.Participation.Data;
using Ctg.Participation.Notifications;
using Ctg.Participation.Walls;
using Ctg.Participation.Web.Jobs;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.ScaleOut.Tests;

/// <summary>A department on two servers: what one instance does is seen, trusted and done once by the other.</summary>
public sealed class TwoInstanceTests(TwoInstances portal) : IClassFixture<TwoInstances>
{
    private const string Member = "membre.reseau@ctg-demo.test";
    private const string Coordinator = "coordination.alpes-d-azur@ctg-demo.test";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task A_card_added_through_instance_B_reaches_a_member_connected_to_instance_A()
    {
        var wall = await portal.NewWallAsync();
        await using var onA = await portal.A.ConnectAsync(await TwoInstances.SignInAsync(portal.A, Member));
        await using var onB = await portal.B.ConnectAsync(await TwoInstances.SignInAsync(portal.B, Coordinator));
        var seenOnA = Channel.CreateUnbounded<WallChangeView>();
        onA.On<IReadOnlyList<WallChangeView>>("Changed", changes => { foreach (var c in changes) seenOnA.Writer.TryWrite(c); });
        var snapshot = (await onA.InvokeAsync<WallSync>("Join", wall.WallId, -1L)).Snapshot!;
        await onB.InvokeAsync<WallSync>("Join", wall.WallId, -1L);

        var added = await onB.InvokeAsync<WallOperationResult>("AddCard", wall.WallId, Guid.NewGuid(), snapshot.Columns[0].Id, "Carte écrite sur le serveur B", null, "vert");
        Assert.Equal(WallOperationResult.Applied, added.Status);

        using var timeout = new CancellationTokenSource(Wait);
        while (true)
        {
            var change = await seenOnA.Reader.ReadAsync(timeout.Token);
            if (change.Card?.Html.Contains("serveur B", StringComparison.Ordinal) == true) break;
        }
    }

    [Fact]
    public async Task Wall_presence_lists_people_connected_to_either_instance()
    {
        var wall = await portal.NewWallAsync();
        await using var onA = await portal.A.ConnectAsync(await TwoInstances.SignInAsync(portal.A, Member));
        await using var onB = await portal.B.ConnectAsync(await TwoInstances.SignInAsync(portal.B, Coordinator));
        var presenceOnB = Channel.CreateUnbounded<IReadOnlyList<Web.Walls.WallPresent>>();
        // The newcomer (on B) receives the whole list once, read from the presence shared through Redis.
        onB.On<int, IReadOnlyList<Web.Walls.WallPresent>>("Presence", (id, people) => { if (id == wall.WallId) presenceOnB.Writer.TryWrite(people); });

        await onA.InvokeAsync<WallSync>("Join", wall.WallId, -1L);
        await onB.InvokeAsync<WallSync>("Join", wall.WallId, -1L);

        using var timeout = new CancellationTokenSource(Wait);
        var people = await presenceOnB.Reader.ReadAsync(timeout.Token);
        Assert.Equal(2, people.Count);
    }

    [Fact]
    public async Task A_sign_in_cookie_from_instance_A_opens_the_account_on_instance_B()
    {
        var cookies = new CookieContainer();
        using (var onA = portal.A.ClientWith(cookies))
        {
            await onA.SignInAsync(Member);
        }
        using var onB = portal.B.ClientWith(cookies);

        var account = await onB.GetAsync("/compte");

        Assert.Equal(HttpStatusCode.OK, account.Status);
        // Without A's cookie, B sends the visitor to sign in: the 200 above is A's session, read with the shared keys.
        using var fresh = portal.B.ClientWith(new CookieContainer());
        Assert.True((await fresh.GetAsync("/compte")).IsRedirect);
    }

    [Fact]
    public async Task The_digest_job_started_on_both_instances_mails_each_person_once()
    {
        var text = "Réponse de la coordination " + Guid.NewGuid().ToString("N")[..8];
        string[] recipients = ["habitant@ctg-demo.test", Member, "conseiller.caf@ctg-demo.test"];
        using (var scope = portal.A.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            foreach (var id in await db.Users.Where(u => recipients.Contains(u.Email!)).Select(u => u.Id).ToListAsync())
            {
                db.Notifications.Add(new Notification { UserId = id, Text = text, Link = "/propositions", CreatedAt = DateTimeOffset.UtcNow });
            }
            await db.SaveChangesAsync();
        }
        var onA = ActivatorUtilities.CreateInstance<NotificationDigestJob>(portal.A.Services);
        var onB = ActivatorUtilities.CreateInstance<NotificationDigestJob>(portal.B.Services);

        await Task.WhenAll(onA.RunOnceAsync(), onB.RunOnceAsync(), onA.RunOnceAsync(), onB.RunOnceAsync());

        foreach (var address in recipients)
        {
            Assert.Equal(1, portal.Mailbox.MessagesTo(address).Count(m => (m.TextBody ?? "").Contains(text, StringComparison.Ordinal)));
        }
    }

    [Fact]
    public async Task Health_reports_the_database_and_redis_on_each_instance()
    {
        foreach (var instance in new[] { portal.A, portal.B })
        {
            using var client = instance.CreateClient();
            var health = await client.GetStringAsync("/health");
            Assert.StartsWith("Healthy", health);
            Assert.Contains("database: Healthy", health);
            Assert.Contains("redis: Healthy", health);
        }
    }
}
