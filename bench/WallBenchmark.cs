using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Ctg.Participation.Demo;
using Ctg.Participation.Testing;
using Ctg.Participation.Walls;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Bench;

/// <summary>
/// N SignalR clients (WebSockets, real Kestrel port) on one wall and one writer adding cards: delivery latency from the
/// writer's call to each reader's receipt, deliveries per second, and memory per connection. Clients and server run in
/// one process on one machine, so the memory figure is an upper bound for the server alone.
/// </summary>
public static partial class WallBenchmark
{
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

        Console.WriteLine($"Walls benchmark — {Environment.ProcessorCount} cores, {messages} cards per run, WebSockets, SQLite\n");
        Console.WriteLine("| clients | deliveries | p50 latency (ms) | p99 latency (ms) | deliveries/s | memory per connection (KB, server + client) |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: |");
        rows.ForEach(Console.WriteLine);
    }

    private static async Task<string> RunOneAsync(string baseUrl, int wallId, int count, int messages, string readerCookie, string writerCookie)
    {
        var sent = new ConcurrentDictionary<int, long>();
        var latencies = new ConcurrentBag<double>();
        var remaining = new CountdownEvent(count * messages);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var memoryBefore = GC.GetTotalMemory(forceFullCollection: true);

        var readers = new List<HubConnection>();
        for (var batch = 0; batch < count; batch += 50)
        {
            var connecting = Enumerable.Range(batch, Math.Min(50, count - batch)).Select(async _ =>
            {
                var connection = Connect(baseUrl, readerCookie);
                connection.On<IReadOnlyList<WallChangeView>>("Changed", changes =>
                {
                    var now = Stopwatch.GetTimestamp();
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
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var memoryAfter = GC.GetTotalMemory(forceFullCollection: true);

        await using var writer = Connect(baseUrl, writerCookie);
        await writer.StartAsync();
        var column = (await writer.InvokeAsync<WallSync>("Join", wallId, -1L)).Snapshot!.Columns[0].Id;
        // Warm-up cards (not measured): the first calls pay for JIT compilation and connection pools.
        for (var i = 0; i < 3; i++) await writer.InvokeAsync<WallOperationResult>("AddCard", wallId, Guid.NewGuid(), column, "Échauffement", null, null);
        await Task.Delay(500);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < messages; i++)
        {
            sent[i] = Stopwatch.GetTimestamp();
            await writer.InvokeAsync<WallOperationResult>("AddCard", wallId, Guid.NewGuid(), column, $"Carte n° {i} du banc d'essai", null, null);
            await Task.Delay(20);
        }
        remaining.Wait(TimeSpan.FromSeconds(60));
        var elapsed = clock.Elapsed.TotalSeconds;

        foreach (var reader in readers) await reader.DisposeAsync();
        var sorted = latencies.Order().ToList();
        double Percentile(double p) => sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
        var perConnectionKb = (memoryAfter - memoryBefore) / 1024.0 / count;
        return FormattableString.Invariant($"| {count} | {sorted.Count} of {count * messages} | {Percentile(0.50):F1} | {Percentile(0.99):F1} | {sorted.Count / elapsed:F0} | {perConnectionKb:F1} |");
    }

    private static HubConnection Connect(string baseUrl, string cookie) =>
        new HubConnectionBuilder()
            .WithUrl(baseUrl + Web.Walls.WallsWebExtensions.HubPath, options =>
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
