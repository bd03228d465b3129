using System.Diagnostics;
using System.Net;
using Ctg.Participation.Walls;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Ctg.Participation.ScaleOut.Tests.Processes;

/// <summary>
/// A person on a live wall, doing what wwwroot/js/murs.js does: WebSockets only (as behind nginx), Join with the last
/// sequence seen, changes applied in sequence order, a gap answered by asking the hub for what was missed (Since), a
/// lost connection answered by connecting again through the "load balancer" (<see cref="route"/>: a live instance) and
/// joining with the last sequence; refused changes kept in an offline queue and sent again with the same operation id.
/// Every hub call is timed.
/// </summary>
public sealed class WallSession : IAsyncDisposable
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(30);
    private readonly string name;
    private readonly CookieContainer cookies;
    private readonly int wallId;
    private readonly Func<PortalProcess> route;
    private readonly object gate = new();
    private readonly Dictionary<int, CardView> cards = new();
    private readonly List<(Guid OperationId, string Text)> queue = new();
    private long sequence = -1;
    private bool catchingUp;
    private bool gapWhileCatchingUp;
    private bool closing;
    private HubConnection connection = null!;
    private Task reconnecting = Task.CompletedTask;

    private WallSession(string name, CookieContainer cookies, int wallId, Func<PortalProcess> route)
    {
        this.name = name;
        this.cookies = cookies;
        this.wallId = wallId;
        this.route = route;
    }

    public PortalProcess Instance { get; private set; } = null!;
    public int FirstColumnId { get; private set; }
    public int Reconnections { get; private set; }
    public TimeSpan LongestCall { get; private set; }
    public List<string> Refusals { get; } = new();

    public static async Task<WallSession> OpenAsync(string name, CookieContainer cookies, int wallId, Func<PortalProcess> route)
    {
        var session = new WallSession(name, cookies, wallId, route);
        await session.ConnectAsync();
        return session;
    }

    public long Sequence { get { lock (gate) return sequence; } }

    public int QueueLength { get { lock (gate) return queue.Count; } }

    /// <summary>The longest call while everything was up (after <see cref="StartMeasuring"/>): what this machine needs for a call now.</summary>
    public TimeSpan Baseline { get; private set; }

    /// <summary>Forgets a cold instance's first calls: from now on, calls are timed while everything is up.</summary>
    public void StartMeasuring()
    {
        lock (gate) LongestCall = TimeSpan.Zero;
    }

    /// <summary>A fault is injected now: the calls so far are the healthy baseline, the following ones are checked against it.</summary>
    public void FaultStarts()
    {
        lock (gate)
        {
            Baseline = LongestCall;
            LongestCall = TimeSpan.Zero;
            faultStarted = true;
        }
    }

    private bool faultStarted;

    /// <summary>
    /// After the fault started, no call waits two seconds more than healthy calls on this machine (on a quiet machine
    /// a healthy call takes a few milliseconds, so the bound is two seconds; on a loaded build machine it stretches by
    /// what the machine itself costs — three times the slowest healthy call —, not by anything Redis or PostgreSQL made
    /// the portal wait for: the backlog timeouts of the issue added six seconds to every call).
    /// </summary>
    public void AssertNoCallWaitedTwoSeconds()
    {
        lock (gate)
        {
            if (!faultStarted) return;
            Assert.True(LongestCall < TimeSpan.FromSeconds(2) + 3 * Baseline,
                $"{name}: a hub call took {LongestCall.TotalMilliseconds:0} ms (healthy baseline {Baseline.TotalMilliseconds:0} ms)");
        }
    }

    /// <summary>The live cards this person sees now, by id.</summary>
    public IReadOnlyDictionary<int, CardView> Cards
    {
        get { lock (gate) return cards.Where(c => !c.Value.Deleted && !c.Value.Hidden).ToDictionary(c => c.Key, c => c.Value); }
    }

    /// <summary>How many live cards carry exactly this text (as a whole word: "x-avant" does not count "x-avant-b").</summary>
    public int Count(string text)
    {
        var pattern = new System.Text.RegularExpressions.Regex($"(?<![\\w-]){System.Text.RegularExpressions.Regex.Escape(text)}(?![\\w-])");
        return Cards.Values.Count(c => pattern.IsMatch(c.Html));
    }

    private async Task ConnectAsync()
    {
        Instance = route();
        var address = Instance.Address;
        var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(address, "/hubs/murs"), options =>
            {
                options.SkipNegotiation = true;
                options.Transports = HttpTransportType.WebSockets;
                options.Headers["Cookie"] = cookies.GetCookieHeader(address);
            })
            .Build();
        hub.On<IReadOnlyList<WallChangeView>>("Changed", Apply);
        hub.On<int, IReadOnlyList<Ctg.Participation.Web.Walls.WallPresent>>("Presence", (_, _) => { });
        hub.Closed += _ =>
        {
            lock (gate)
            {
                if (closing) return Task.CompletedTask;
                reconnecting = Task.Run(ReconnectAsync);
            }
            return Task.CompletedTask;
        };
        await hub.StartAsync();
        connection = hub;
        var sync = await CallAsync(() => hub.InvokeAsync<WallSync>("Join", wallId, Sequence, Timeout()));
        if (sync.Snapshot is { Columns.Count: > 0 } snapshot && FirstColumnId == 0) FirstColumnId = snapshot.Columns[0].Id;
        ApplySync(sync);
    }

    /// <summary>As murs.js after onclose: try again (through the load balancer) until a server answers, then join with the last sequence.</summary>
    private async Task ReconnectAsync()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!closing)
        {
            try
            {
                await ConnectAsync();
                Reconnections++;
                return;
            }
            catch (Exception) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }
        }
    }

    /// <summary>Waits until a lost connection is connected again (or was never lost).</summary>
    public Task Reconnected()
    {
        lock (gate) return reconnecting;
    }

    public async Task WaitForConnectionLossAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (connection.State == HubConnectionState.Connected && Reconnections == 0)
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"{name} never lost its connection");
            await Task.Delay(50);
        }
    }

    /// <summary>Adds a card; acknowledged (Applied) or refused with a French message, in which case it waits in the offline queue.</summary>
    public async Task<WallOperationResult?> AddCardAsync(string text)
    {
        var operation = Guid.NewGuid();
        lock (gate) queue.Add((operation, text));
        return await SendAsync(operation, text);
    }

    /// <summary>Sends again every change of the offline queue, with its operation id; returns the statuses.</summary>
    public async Task<List<string>> FlushQueueAsync()
    {
        List<(Guid OperationId, string Text)> pending;
        lock (gate) pending = queue.ToList();
        var statuses = new List<string>();
        foreach (var (operation, text) in pending)
        {
            var result = await SendAsync(operation, text);
            if (result is not null) statuses.Add(result.Status);
        }
        return statuses;
    }

    /// <summary>Sends a change again with an operation id already used: the server must answer « déjà appliqué ».</summary>
    public async Task<WallOperationResult> ResendAsync(Guid operation, string text) =>
        await CallAsync(() => connection.InvokeAsync<WallOperationResult>("AddCard", wallId, operation, FirstColumnId, text, null, "jaune", Timeout()));

    public Guid? LastAcknowledged { get; private set; }

    private async Task<WallOperationResult?> SendAsync(Guid operation, string text)
    {
        try
        {
            var result = await CallAsync(() => connection.InvokeAsync<WallOperationResult>("AddCard", wallId, operation, FirstColumnId, text, null, "jaune", Timeout()));
            lock (gate) queue.RemoveAll(q => q.OperationId == operation);
            LastAcknowledged = operation;
            Apply(result.Changes);
            return result;
        }
        catch (HubException refused)
        {
            lock (gate) Refusals.Add(refused.Message);
            return null;
        }
    }

    private async Task<T> CallAsync<T>(Func<Task<T>> call)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            return await call();
        }
        finally
        {
            lock (gate) if (watch.Elapsed > LongestCall) LongestCall = watch.Elapsed;
        }
    }

    private static CancellationToken Timeout() => new CancellationTokenSource(CallTimeout).Token;

    private void Apply(IReadOnlyList<WallChangeView> changes)
    {
        var gap = false;
        lock (gate)
        {
            foreach (var change in changes.OrderBy(c => c.Sequence))
            {
                if (change.Sequence <= sequence) continue; // seen already (acknowledgement and broadcast both arrive)
                if (change.Sequence > sequence + 1)
                {
                    gap = true;
                    break;
                }
                Record(change);
            }
        }
        if (gap) _ = CatchUpAsync();
    }

    private void Record(WallChangeView change)
    {
        if (change.Card is { } card) cards[card.Id] = card;
        sequence = change.Sequence;
    }

    private void ApplySync(WallSync sync)
    {
        lock (gate)
        {
            if (sync.Snapshot is { } snapshot)
            {
                cards.Clear();
                foreach (var card in snapshot.Cards) cards[card.Id] = card;
                sequence = snapshot.Sequence;
                return;
            }
            foreach (var change in sync.Changes.OrderBy(c => c.Sequence))
            {
                if (change.Sequence > sequence) Record(change);
            }
        }
    }

    /// <summary>A gap in sequences: ask for what was missed.</summary>
    private async Task CatchUpAsync()
    {
        lock (gate)
        {
            if (catchingUp)
            {
                gapWhileCatchingUp = true;
                return;
            }
            catchingUp = true;
        }
        var again = false;
        try
        {
            ApplySync(await CallAsync(() => connection.InvokeAsync<WallSync>("Since", wallId, Sequence, Timeout())));
        }
        catch (Exception)
        {
            // The next change or reconnection tries again, as in murs.js.
        }
        finally
        {
            lock (gate)
            {
                catchingUp = false;
                again = gapWhileCatchingUp;
                gapWhileCatchingUp = false;
            }
        }
        if (again) await CatchUpAsync();
    }

    /// <summary>Waits until this person sees <paramref name="condition"/> true.</summary>
    public async Task WaitUntilAsync(Func<WallSession, bool> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition(this))
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"{name} on {Instance.Name}: {what} not seen after {timeout} (sequence {Sequence}, {Cards.Count} cards)");
            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        lock (gate) closing = true;
        await connection.DisposeAsync();
    }
}
