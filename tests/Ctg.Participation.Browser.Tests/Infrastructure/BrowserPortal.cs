using Ctg.Participation.Testing;
using Microsoft.Playwright;

namespace Ctg.Participation.Browser.Tests.Infrastructure;

/// <summary>
/// The portal on a real Kestrel port (loopback) and Debian's Chromium driven by Playwright. One per test class;
/// each test opens its own browser context (its own cookies) with <see cref="NewPageAsync"/>.
/// Playwright never downloads a browser here: the executable is the one `which chromium` names.
/// </summary>
public sealed class BrowserPortal : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    ];

    public PortalFactory Factory { get; } = new();
    public string BaseUrl { get; private set; } = "";
    private IPlaywright? playwright;
    private IBrowser? browser;

    public async Task InitializeAsync()
    {
        Factory.UseKestrel(0);
        Factory.StartServer();
        BaseUrl = Factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath(),
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public async Task<IPage> NewPageAsync(string? baseUrl = null)
    {
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl ?? BaseUrl, Locale = "fr-FR" });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.DisposeAsync();
        playwright?.Dispose();
        await Factory.DisposeAsync();
    }

    private static string ChromiumPath()
    {
        foreach (var candidate in new[] { Environment.GetEnvironmentVariable("CHROMIUM_PATH"), "/usr/bin/chromium", "/usr/bin/chromium-browser" })
        {
            if (!string.IsNullOrEmpty(candidate) && File.Exists(candidate)) return candidate;
        }
        throw new InvalidOperationException("Chromium is not installed: run the README's test command, which installs Debian's chromium package.");
    }
}
