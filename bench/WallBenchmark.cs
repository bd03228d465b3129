using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ctg.Participation.Demo;
using Ctg.Participation.Testing;
using Ctg.Participation.Walls;
using Ctg.Participation.Web.Walls;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Bench;

/// <summary>
/// N SignalR clients (WebSockets, real Kestrel port) join one wall, then one writer adds cards. The portal runs in
/// this process; the clients and the writer run in a second process (this program again, `walls-clients`), so the
/// server's CPU and memory are its own. Reported: time for all N to join, delivery latency from the writer's call to
/// each reader's receipt (p50, p99), the messages the clients received (presence during the joins, changes after),
/// and the server's memory per connection (managed heap and working set).
/// </summary>
public static partial class WallBenchmark
{
    private const string ReaderCookieVariable = "CTG_BENCH_READER_COOKIE";
    private const string WriterCookieVariable = "CTG_BENCH_WRITER_COOKIE";

    public static async Task RunAsync(IReadOnlyList<int> clientCounts, int messages)
    {
        await using var factory = new PortalFactory();
        factory.Settings["Walls:OperationsPerTenSeconds"] = "1000000";
        factory.UseKestrel(0);
        factory.StartServer();
        var baseUrl = factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        var readerCookie = await SignInAsync(baseUrl, "membre.reseau@ctg-demo.test");
        var writerCookie = await SignInAsync(baseUrl, "coordination.alpes-d-azur@ctg-demo.test");

        var rows = new List<string>();
        foreach (var count in clientCounts)
        {
            WallDirectory.WallPlace wall;
            using (var scope = factory.Services.CreateScope())
            {
                var directory = scope.ServiceProvider.GetRequiredService<WallDirectory>();
                var networkSlug = (await scope.ServiceProvider.GetRequiredService<Conventions.ConventionDirectory>().ListNetworksAsync("alpes-d-azur"))
                    .OrderBy(n => n.Id).First().Slug;
                wall = await directory.CreateAsync((await directory.FindNetworkAsync("alpes-d-azur", networkSlug))!, $"Banc d'essai {count} {Guid.NewGuid():N}"[..40], false);
            }
            rows.Add(await RunOneAsync(baseUrl, wall.WallId, count, messages, readerCookie, writerCookie));
            Console.Error.WriteLine(rows[^1]);
        }

        Console.WriteLine($"Walls benchmark — {Environment.ProcessorCount} cores, {messages} cards per run, WebSockets, SQLite, clients in a separate process, load average before: {LoadAverage()}\n");
        Console.WriteLine("| clients | join all (s) | presence msgs during joins | deliveries | p50 (ms) | p99 (ms) | msgs received after joins | server heap per conn. (KB) | server working set per conn. (KB) |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        rows.ForEach(Console.WriteLine);
    }

    /// <summary>Starts the client process, waits for its joins, measures the server's memory, then lets it write.</summary>
    private static async Task<string> RunOneAsync(string baseUrl, int wallId, int count, int messages, string readerCookie, string writerCookie)
    {
        var memoryBefore = Memory();
        var host = Environment.ProcessPath!;
        var start = new ProcessStartInfo(host) { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet") start.ArgumentList.Add(typeof(WallBenchmark).Assembly.Location);
        foreach (var a in new[] { "walls-clients", baseUrl, wallId.ToString(), count.ToString(), messages.ToString() }) start.ArgumentList.Add(a);
        // Cookies by environment, not on the command line where `ps` shows them.
        start.Environment[ReaderCookieVariable] = readerCookie;
        start.Environment[WriterCookieVariable] = writerCookie;
        using var clients = Process.Start(start) ?? throw new InvalidOperationException("The client process did not start.");

        var joined = await clients.StandardOutput.ReadLineAsync() ?? throw new InvalidOperationException("The client process ended before joining.");
        var memoryAfter = Memory();
        await clients.StandardInput.WriteLineAsync("go");
        await clients.StandardInput.FlushAsync();
        var result = await clients.StandardOutput.ReadLineAsync() ?? throw new InvalidOperationException("The client process gave no result.");
        await clients.WaitForExitAsync();

        var j = JsonSerializer.Deserialize<JoinReport>(joined)!;
        var r = JsonSerializer.Deserialize<DeliveryReport>(result)!;
        var heapKb = (memoryAfter.Heap - memoryBefore.Heap) / 1024.0 / count;
        var setKb = (memoryAfter.WorkingSet - memoryBefore.WorkingSet) / 1024.0 / count;
        return FormattableString.Invariant(
            $"| {count} | {j.Seconds:F2} | {j.PresenceMessages} | {r.Deliveries} of {count * messages} | {r.P50:F1} | {r.P99:F1} | {r.MessagesAfterJoins} | {heapKb:F1} | {setKb:F1} |");
    }

    private static (long Heap, long WorkingSet) Memory()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var self = Process.GetCurrentProcess();
        return (GC.GetTotalMemory(forceFullCollection: true), self.WorkingSet64);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private sealed record JoinReport(double Seconds, long PresenceMessages);

    private sealed record DeliveryReport(int Deliveries, double P50, double P99, long MessagesAfterJoins);

    /// <summary>
    /// The client side (`walls-clients &lt;url&gt; &lt;wall&gt; &lt;clients&gt; &lt;messages&gt;`): joins, prints a JoinReport line, waits
    /// for "go" on standard input, writes the cards, prints a DeliveryReport line.
    /// </summary>
    public static async Task<int> RunClientsAsync(string baseUrl, int wallId, int count, int messages)
    {
        var readerCookie = Environment.GetEnvironmentVariable(ReaderCookieVariable) ?? "";
        var writerCookie = Environment.GetEnvironmentVariable(WriterCookieVariable) ?? "";
        var sent = new ConcurrentDictionary<int, long>();
        var latencies = new ConcurrentBag<double>();
        var remaining = new CountdownEvent(count * messages);
        long presenceMessages = 0, changeMessages = 0;

        var readers = new List<HubConnection>();
        var clock = Stopwatch.StartNew();
        for (var batch = 0; batch < count; batch += 100)
        {
            var connecting = Enumerable.Range(batch, Math.Min(100, count - batch)).Select(async _ =>
            {
                var connection = Connect(baseUrl, readerCookie);
                connection.On<int, IReadOnlyList<WallPresent>>("Presence", (_, _) => Interlocked.Increment(ref presenceMessages));
                connection.On<int, IReadOnlyList<WallPresent>, IReadOnlyList<string>>("PresenceChanged", (_, _, _) => Interlocked.Increment(ref presenceMessages));
                connection.On<IReadOnlyList<WallChangeView>>("Changed", changes =>
                {
                    var now = Stopwatch.GetTimestamp();
                    Interlocked.Increment(ref changeMessages);
                    foreach (var change in changes)
                    {
                        if (change.Card is { } card && NumberPattern().Match(card.Html) is { Success: true } m && sent.TryGetValue(int.Parse(m.Groups[1].Value), out var at))
                        {
                            latencies.Add(Stopwatch.GetElapsedTime(at, now).TotalMilliseconds);
                            remaining.Signal();
                        }
                    }
                });
                await connection.StartAsync();
                await connection.InvokeAsync<WallSync>("Join", wallId, -1L);
                return connection;
            });
            readers.AddRange(await Task.WhenAll(connecting));
        }
        var joinSeconds = clock.Elapsed.TotalSeconds;
        await Task.Delay(1000); // the last presence deltas (gathered for a quarter of a second) arrive
        Console.WriteLine(JsonSerializer.Serialize(new JoinReport(joinSeconds, Interlocked.Read(ref presenceMessages))));
        await Console.Out.FlushAsync();
        await Console.In.ReadLineAsync();

        var before = Interlocked.Read(ref presenceMessages) + Interlocked.Read(ref changeMessages);
        await using var writer = Connect(baseUrl, writerCookie);
        await writer.StartAsync();
        var column = (await writer.InvokeAsync<WallSync>("Join", wallId, -1L)).Snapshot!.Columns[0].Id;
        // Warm-up cards (not measured): the first calls pay for JIT compilation and connection pools.
        for (var i = 0; i < 3; i++) await writer.InvokeAsync<WallOperationResult>("AddCard", wallId, Guid.NewGuid(), column, "Échauffement", null, null);
        await Task.Delay(500);
        for (var i = 0; i < messages; i++)
        {
            sent[i] = Stopwatch.GetTimestamp();
            await writer.InvokeAsync<WallOperationResult>("AddCard", wallId, Guid.NewGuid(), column, $"Carte n° {i} du banc d'essai", null, null);
            await Task.Delay(20);
        }
        remaining.Wait(TimeSpan.FromSeconds(60));
        var after = Interlocked.Read(ref presenceMessages) + Interlocked.Read(ref changeMessages);

        await Task.WhenAll(readers.Select(r => r.DisposeAsync().AsTask()));
        var sorted = latencies.Order().ToList();
        double Percentile(double p) => sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
        Console.WriteLine(JsonSerializer.Serialize(new DeliveryReport(sorted.Count, Percentile(0.50), Percentile(0.99), after - before)));
        return 0;
    }

    private static HubConnection Connect(string baseUrl, string cookie) =>
        new HubConnectionBuilder()
            .WithUrl(baseUrl + WallsWebExtensions.HubPath, options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
                options.Headers["Cookie"] = cookie;
            })
            .Build();

    /// <summary>
    /// Signs in over plain HTTP on loopback, saying the request came through a TLS proxy (X-Forwarded-Proto), as the
    /// portal's antiforgery and cookies require HTTPS.
    /// </summary>
    private static async Task<string> SignInAsync(string baseUrl, string email)
    {
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = new Uri(baseUrl) };
        http.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        using var page = await http.GetAsync("/compte/connexion");
        var cookies = Cookies(page);
        var html = await page.Content.ReadAsStringAsync();
        var token = WebUtility.HtmlDecode(TokenPattern().Match(html).Groups[1].Value);
        using var post = new HttpRequestMessage(HttpMethod.Post, "/compte/connexion")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = email, ["Input.Password"] = DemoAccounts.Password, ["__RequestVerificationToken"] = token,
            }),
        };
        post.Headers.Add("Cookie", string.Join("; ", cookies));
        using var signedIn = await http.SendAsync(post);
        var session = Cookies(signedIn).FirstOrDefault(c => c.StartsWith("ctg-session=", StringComparison.Ordinal) || c.StartsWith("__Host-ctg-session=", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Sign-in of {email} failed: {(int)signedIn.StatusCode}");
        return session;
    }

    private static List<string> Cookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values.Select(v => v.Split(';')[0]).ToList() : [];

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"Carte n° (\d+) du banc")]
    private static partial Regex NumberPattern();
}
