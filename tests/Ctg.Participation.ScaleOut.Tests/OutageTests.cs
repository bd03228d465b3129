using System.Net;
using Ctg.Participation.ScaleOut.Tests.Processes;
using Ctg.Participation.Walls;

namespace Ctg.Participation.ScaleOut.Tests;

/// <summary>
/// Faults survived, with real processes: two portal processes on their own PostgreSQL cluster and Redis server, driven
/// with the SignalR .NET client as the wall page drives them. Each scenario ends with every acknowledged change present
/// exactly once for everyone, no hub call waiting two seconds for its answer, and /health telling the truth at each step.
/// The three tests share one department and leave it healthy (xunit runs a class's tests one after the other).
/// </summary>
[Collection(RealProcesses.Name)]
public sealed class OutageTests(Department department) : IClassFixture<Department>
{
    private static readonly TimeSpan Live = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan TwoSeconds = TimeSpan.FromSeconds(2);
    private readonly HashSet<PortalProcess> down = new();

    private PortalProcess A => department.A;
    private PortalProcess B => department.B;

    /// <summary>What nginx does: the instance asked for while it is up, else the other one.</summary>
    private Func<PortalProcess> Route(PortalProcess preferred) => () => down.Contains(preferred) ? (preferred == A ? B : A) : preferred;

    private static string Tag(string scenario) => $"{scenario}-{Guid.NewGuid():N}"[..(scenario.Length + 9)];

    [Fact]
    public async Task Redis_killed_mid_session_then_restarted_loses_nothing_and_doubles_nothing()
    {
        await department.EnsureAllUpAsync();
        var member = await Department.SignInAsync(A, Department.Member);
        var coordinator = await Department.SignInAsync(B, Department.Coordinator);
        await using var onA = await WallSession.OpenAsync("membre", member, department.WallId, Route(A));
        await using var neighbourOnA = await WallSession.OpenAsync("voisin", coordinator, department.WallId, Route(A));
        await using var onB = await WallSession.OpenAsync("coordination", coordinator, department.WallId, Route(B));
        StartMeasuring(onA, neighbourOnA, onB);
        var tag = Tag("redis");
        var acknowledged = new List<string>();

        // Both servers up: a card added on A reaches B live.
        await AddAsync(onA, tag + "-avant", acknowledged);
        await onB.WaitUntilAsync(s => s.Count(tag + "-avant") == 1, Live, "the card added on A before the outage");
        await AddAsync(onB, tag + "-avant-b", acknowledged);
        await AddAsync(neighbourOnA, tag + "-avant-voisin", acknowledged);

        FaultStarts(onA, neighbourOnA, onB);
        department.Redis.Kill();
        try
        {
            await Department.WaitForHealthAsync(A, "Degraded", Live);
            await Department.WaitForHealthAsync(B, "Degraded", Live);
            Assert.Contains("database: Healthy", (await Department.HealthAsync(A)).Text);

            // Redis down: changes on either instance are stored, acknowledged at once and pushed to that instance's people.
            for (var i = 0; i < 5; i++)
            {
                await AddAsync(onA, $"{tag}-panne-a{i}", acknowledged);
                await AddAsync(onB, $"{tag}-panne-b{i}", acknowledged);
            }
            await neighbourOnA.WaitUntilAsync(s => Enumerable.Range(0, 5).All(i => s.Count($"{tag}-panne-a{i}") == 1), Live,
                "the cards added on the same instance during the outage, live");
            // Someone joining during the outage gets the whole wall (the 1011 close of the issue).
            await using (var joiner = await WallSession.OpenAsync("arrivée", coordinator, department.WallId, Route(B)))
            {
                Assert.Equal(1, joiner.Count($"{tag}-panne-a4"));
                Assert.Equal(1, joiner.Count($"{tag}-panne-b4"));
            }
        }
        finally
        {
            await department.Redis.StartAsync();
        }
        await Department.WaitForHealthAsync(A, "Healthy", Live);
        await Department.WaitForHealthAsync(B, "Healthy", Live);

        // The backplane is back by itself: the next card crosses over, and whoever sees a gap catches up.
        await AddAsync(onA, tag + "-apres", acknowledged);
        await onB.WaitUntilAsync(s => s.Count(tag + "-apres") == 1, Live, "the first card after Redis came back, live from the other instance");
        await AssertEveryoneSeesExactlyAsync(acknowledged, onA, neighbourOnA, onB);
    }

    [Fact]
    public async Task PostgreSQL_stopped_then_restarted_answers_503_and_refuses_hub_calls_in_french_then_resumes_without_a_restart()
    {
        await department.EnsureAllUpAsync();
        var member = await Department.SignInAsync(A, Department.Member);
        var coordinator = await Department.SignInAsync(B, Department.Coordinator);
        await using var onA = await WallSession.OpenAsync("membre", member, department.WallId, Route(A));
        await using var onB = await WallSession.OpenAsync("coordination", coordinator, department.WallId, Route(B));
        StartMeasuring(onA, onB);
        var tag = Tag("pg");
        var acknowledged = new List<string>();
        await AddAsync(onA, tag + "-avant", acknowledged);
        await AddAsync(onB, tag + "-avant-b", acknowledged);

        FaultStarts(onA, onB);
        await department.Postgres.StopAsync();
        try
        {
            await Department.WaitForHealthAsync(A, "Unhealthy", Live);
            var health = await Department.HealthAsync(B);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.Status);
            Assert.Contains("database: Unhealthy", health.Text);

            // Pages: the French 503 page with Retry-After, within two seconds.
            using var http = new HttpClient(new HttpClientHandler { CookieContainer = member, AllowAutoRedirect = false }) { BaseAddress = A.Address };
            var watch = System.Diagnostics.Stopwatch.StartNew();
            using var page = await http.GetAsync("/propositions");
            Assert.True(watch.Elapsed < TwoSeconds + 3 * onA.Baseline, $"the page took {watch.ElapsedMilliseconds} ms (healthy hub call {onA.Baseline.TotalMilliseconds:0} ms)");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
            Assert.NotNull(page.Headers.RetryAfter);
            Assert.Contains("Service momentanément indisponible", await page.Content.ReadAsStringAsync());

            // Hub calls: refused with a French message the wall shows, within two seconds; the change waits in the queue.
            Assert.Null(await onA.AddCardAsync(tag + "-file-a"));
            Assert.Null(await onB.AddCardAsync(tag + "-file-b"));
            Assert.Contains(onA.Refusals, m => m.Contains("base de données", StringComparison.Ordinal));
            Assert.Equal(1, onA.QueueLength);
        }
        finally
        {
            await department.Postgres.StartAsync();
        }

        // Back without restarting the portal: pages answer, the queued changes are stored once.
        await Department.WaitForHealthAsync(A, "Healthy", Live);
        await Department.WaitForHealthAsync(B, "Healthy", Live);
        Assert.Equal([WallOperationResult.Applied], await onA.FlushQueueAsync());
        Assert.Equal([WallOperationResult.Applied], await onB.FlushQueueAsync());
        acknowledged.AddRange([tag + "-file-a", tag + "-file-b"]);
        Assert.Equal(WallOperationResult.AlreadyApplied, (await onA.ResendAsync(onA.LastAcknowledged!.Value, tag + "-file-a")).Status);

        // pg_ctl restart while people write: refused calls wait in the queue, nothing stored twice.
        var restart = department.Postgres.RestartAsync();
        var during = new List<string>();
        for (var i = 0; !restart.IsCompleted || i < 3; i++)
        {
            var text = $"{tag}-redemarrage-{i}";
            during.Add(text);
            await onA.AddCardAsync(text);
            await Task.Delay(100);
        }
        await restart;
        await Department.WaitForHealthAsync(A, "Healthy", Live);
        for (var attempt = 0; onA.QueueLength > 0 && attempt < 50; attempt++)
        {
            await onA.FlushQueueAsync();
            if (onA.QueueLength > 0) await Task.Delay(200);
        }
        Assert.Equal(0, onA.QueueLength);
        acknowledged.AddRange(during);

        await AddAsync(onA, tag + "-apres", acknowledged);
        await AssertEveryoneSeesExactlyAsync(acknowledged, onA, onB);
        using var again = new HttpClient { BaseAddress = A.Address };
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/propositions")).StatusCode);
    }

    [Fact]
    public async Task An_instance_killed_during_a_wall_session_its_people_reconnect_to_the_other_and_catch_up_exactly()
    {
        await department.EnsureAllUpAsync();
        var member = await Department.SignInAsync(A, Department.Member);
        var coordinator = await Department.SignInAsync(B, Department.Coordinator);
        await using var onA = await WallSession.OpenAsync("membre", member, department.WallId, Route(A));
        await using var onB = await WallSession.OpenAsync("coordination", coordinator, department.WallId, Route(B));
        StartMeasuring(onA, onB);
        var tag = Tag("instance");
        var acknowledged = new List<string>();
        for (var i = 0; i < 3; i++) await AddAsync(onA, $"{tag}-a{i}", acknowledged);
        await onB.WaitUntilAsync(s => s.Count($"{tag}-a2") == 1, Live, "the cards added on A");
        await AddAsync(onB, tag + "-avant-b", acknowledged);

        FaultStarts(onA, onB);
        down.Add(A);
        A.Kill();
        try
        {
            await onA.WaitForConnectionLossAsync(Live);
            // Meanwhile B goes on: its changes are stored and acknowledged.
            for (var i = 0; i < 3; i++) await AddAsync(onB, $"{tag}-b{i}", acknowledged);
            await onA.Reconnected();
            Assert.Same(B, onA.Instance);
            await onA.WaitUntilAsync(s => s.Count($"{tag}-b2") == 1, Live, "the cards added while its instance was down");
            await AddAsync(onA, tag + "-rebranche", acknowledged);
            await Department.WaitForHealthAsync(B, "Healthy", Live);
        }
        finally
        {
            await A.StartAsync(Department.StartTimeout);
            await department.WarmUpAsync(A);
            down.Remove(A);
        }

        // A is back (a deployment): people reaching it see everything, and its changes reach B's people live.
        await Department.WaitForHealthAsync(A, "Healthy", Live);
        await using var newcomer = await WallSession.OpenAsync("arrivée", member, department.WallId, Route(A));
        newcomer.StartMeasuring();
        await AddAsync(newcomer, tag + "-arrivee", acknowledged);
        newcomer.FaultStarts(); // its healthy baseline on this machine
        await AddAsync(newcomer, tag + "-apres", acknowledged);
        await onB.WaitUntilAsync(s => s.Count(tag + "-apres") == 1, Live, "the card added on the restarted instance");
        await AssertEveryoneSeesExactlyAsync(acknowledged, onA, onB, newcomer);
    }

    private static void StartMeasuring(params WallSession[] sessions)
    {
        foreach (var session in sessions) session.StartMeasuring();
    }

    /// <summary>The two-second bound is for calls during and after a fault, measured against healthy calls just before it.</summary>
    private static void FaultStarts(params WallSession[] sessions)
    {
        foreach (var session in sessions) session.FaultStarts();
    }

    /// <summary>Adds a card that must be acknowledged within two seconds.</summary>
    private static async Task AddAsync(WallSession session, string text, List<string> acknowledged)
    {
        var result = await session.AddCardAsync(text);
        Assert.True(result is not null, $"{text} refused: {string.Join(" | ", session.Refusals)}");
        Assert.Equal(WallOperationResult.Applied, result!.Status);
        session.AssertNoCallWaitedTwoSeconds();
        acknowledged.Add(text);
    }

    /// <summary>Every session ends with the wall as stored (the same cards as someone joining now), each acknowledged change once.</summary>
    private async Task AssertEveryoneSeesExactlyAsync(List<string> acknowledged, params WallSession[] sessions)
    {
        var cookies = await Department.SignInAsync(A, Department.Coordinator);
        await using var witness = await WallSession.OpenAsync("témoin", cookies, department.WallId, Route(A));
        foreach (var text in acknowledged) Assert.Equal(1, witness.Count(text));
        foreach (var session in sessions)
        {
            await session.WaitUntilAsync(s => s.Sequence >= witness.Sequence, Live, "the latest change");
            Assert.Equal(witness.Cards.Keys.Order(), session.Cards.Keys.Order());
            foreach (var text in acknowledged) Assert.Equal(1, session.Count(text));
            session.AssertNoCallWaitedTwoSeconds();
        }
    }
}

/// <summary>The real-process scenarios run alone, after the in-process tests: they time calls and restart servers.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RealProcesses
{
    public const string Name = "Processus réels";
}
