using Ctg.Participation.Testing;
using Microsoft.Playwright;

namespace Ctg.Participation.Browser.Tests.Infrastructure;

/// <summary>
/// The portal on a real Kestrel port (loopback) and Debian's Chromium driven by Playwright. One per test class;
/// each test opens its own browser context (its own cookies) with <see cref="NewPageAsync"/>.
/// Playwright never downloads a browser here: the executable is the one `which chromium` names.
/// </summary>
public class BrowserPortal : IAsyncLifetime
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

    /// <summary>Settings a derived fixture gives the host before it starts (e.g. the lived-in demo).</summary>
    protected virtual void Configure(Dictionary<string, string?> settings)
    {
    }

    /// <summary>Work a derived fixture does before the host starts (e.g. start a test identity provider).</summary>
    protected virtual Task BeforeStartAsync() => Task.CompletedTask;

    /// <summary>Work a derived fixture does after the host stopped.</summary>
    protected virtual Task AfterStopAsync() => Task.CompletedTask;

    public async Task InitializeAsync()
    {
        await BeforeStartAsync();
        Configure(Factory.Settings);
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

    public async Task<IPage> NewPageAsync(string? baseUrl = null, int? width = null)
    {
        var options = new BrowserNewContextOptions { BaseURL = baseUrl ?? BaseUrl, Locale = "fr-FR" };
        if (width is { } w) options.ViewportSize = new ViewportSize { Width = w, Height = 800 };
        var context = await browser!.NewContextAsync(options);
        context.SetDefaultTimeout(15_000);
        // The first pages of a fresh host are slow on a busy machine: navigation waits longer than an expectation.
        context.SetDefaultNavigationTimeout(60_000);
        return await context.NewPageAsync();
    }

    /// <summary>A page signed in as a demo account (desktop or the given width).</summary>
    public async Task<IPage> SignedInPageAsync(string email, int? width = null)
    {
        var page = await NewPageAsync(width: width);
        await page.Context.SetExtraHTTPHeadersAsync(new Dictionary<string, string> { ["X-Forwarded-Proto"] = "https" });
        await page.GotoAsync("/compte/connexion");
        await page.GetByLabel("Adresse électronique").FillAsync(email);
        await page.GetByLabel("Mot de passe").FillAsync(Ctg.Participation.Demo.DemoAccounts.Password);
        // Password hashing on a busy machine: the sign-in may take longer than an ordinary click.
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync(new() { Timeout = 60_000 });
        await page.LeftAsync("/compte/connexion");
        return page;
    }

    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.DisposeAsync();
        playwright?.Dispose();
        await Factory.DisposeAsync();
        await AfterStopAsync();
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

/// <summary>The portal with the whole lived-in demo (proposals, walls, news…), as a newcomer first sees it.</summary>
public sealed class LivedInBrowserPortal : BrowserPortal
{
    protected override void Configure(Dictionary<string, string?> settings) => settings["DemoData:Contributions"] = "true";
}
