using System.Net;
using System.Net.Sockets;
using Ctg.Participation.Testing;
using Ctg.Participation.Web.Extensions;
using Ctg.Participation.Walls;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Logging.Abstractions;

namespace Ctg.Participation.ScaleOut.Tests;

/// <summary>Rate limits counted in Redis hold across instances, and fall back to the process when Redis is away.</summary>
public sealed class SharedRateLimitTests
{
    [Fact]
    public async Task A_write_budget_counted_in_redis_is_shared_by_two_instances()
    {
        var prefix = "ctg-test-" + Guid.NewGuid().ToString("N")[..8];
        // Generous timeouts (a loaded CI machine must not fall back to counting in process) and a window so long that
        // the test never straddles two windows: what is pinned is the sharing, not the window's length.
        var timings = new RedisTimings(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(1));
        using var redisA = new PortalRedis(TestServers.Redis, prefix, timings, NullLogger<PortalRedis>.Instance);
        using var redisB = new PortalRedis(TestServers.Redis, prefix, timings, NullLogger<PortalRedis>.Instance);
        var window = TimeSpan.FromDays(30); // a timer's longest due time is ~49 days
        using var onA = new RedisFixedWindowRateLimiter(redisA, null, "write:someone", 4, window, NullLogger.Instance);
        using var onB = new RedisFixedWindowRateLimiter(redisB, null, "write:someone", 4, window, NullLogger.Instance);

        var granted = 0;
        for (var i = 0; i < 4; i++)
        {
            if ((await onA.AcquireAsync()).IsAcquired) granted++;
            if (onB.AttemptAcquire().IsAcquired) granted++;
        }

        Assert.Equal(4, granted);
    }

    [Fact]
    public async Task With_redis_unreachable_the_limit_is_still_counted_in_process()
    {
        using var redis = new PortalRedis(DeadEndpoint(), "ctg-test", NullLogger<PortalRedis>.Instance);
        using var limiter = new RedisFixedWindowRateLimiter(redis, null, "write:someone", 3, TimeSpan.FromMinutes(1), NullLogger.Instance);

        var results = new List<bool>();
        for (var i = 0; i < 5; i++) results.Add((await limiter.AcquireAsync()).IsAcquired);

        Assert.Equal([true, true, true, false, false], results);
    }

    internal static string DeadEndpoint()
    {
        // A port that was free a moment ago: nothing listens there.
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        var port = ((IPEndPoint)socket.LocalEndpoint).Port;
        socket.Stop();
        return $"127.0.0.1:{port},connectTimeout=500";
    }
}

/// <summary>One instance whose Redis is down: it says so on /health and goes on serving pages, forms and live walls.</summary>
public sealed class RedisDownTests : IDisposable
{
    private readonly PortalInstance portal = new(new Dictionary<string, string?>
    {
        ["Redis:Configuration"] = SharedRateLimitTests.DeadEndpoint(),
        ["Walls:OperationsPerTenSeconds"] = "1000",
    });

    [Fact]
    public async Task With_redis_down_a_wall_change_is_acknowledged_at_once_and_pushed_to_the_same_instance()
    {
        var wall = await TwoInstances.NewWallAsync(portal);
        await using var writer = await portal.ConnectAsync(await TwoInstances.SignInAsync(portal, "membre.reseau@ctg-demo.test"));
        await using var reader = await portal.ConnectAsync(await TwoInstances.SignInAsync(portal, "coordination.alpes-d-azur@ctg-demo.test"));
        var seen = new TaskCompletionSource<WallChangeView>(TaskCreationOptions.RunContinuationsAsynchronously);
        reader.On<IReadOnlyList<WallChangeView>>("Changed", changes => { foreach (var c in changes) if (c.Card is not null) seen.TrySetResult(c); });
        var snapshot = (await writer.InvokeAsync<WallSync>("Join", wall.WallId, -1L)).Snapshot!;
        await reader.InvokeAsync<WallSync>("Join", wall.WallId, -1L);

        var added = await writer.InvokeAsync<WallOperationResult>("AddCard", wall.WallId, Guid.NewGuid(), snapshot.Columns[0].Id, "Sans Redis", null, "vert");

        // Acknowledged, not refused after the backlog timeouts of the issue; the two-second bound is OutageTests' (real processes, warmed up).
        Assert.Equal(WallOperationResult.Applied, added.Status);
        var pushed = await seen.Task.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(added.Changes[0].Sequence, pushed.Sequence);
    }

    [Fact]
    public async Task With_redis_down_health_says_degraded_and_the_portal_still_signs_people_in()
    {
        using var client = portal.CreatePortalClient();

        var health = await client.Http.GetStringAsync("/health");
        Assert.StartsWith("Degraded", health);
        Assert.Contains("redis: Degraded", health);
        Assert.Contains("database: Healthy", health);

        await client.SignInAsync("habitant@ctg-demo.test");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/compte")).Status);
    }

    public void Dispose() => portal.Dispose();
}
