using Microsoft.Playwright;

namespace Ctg.Participation.Browser.Tests.Infrastructure;

/// <summary>
/// Screenshots for a person to look at before calling a page done (never committed): taken only when CTG_SCREENSHOTS
/// names a folder, at the widths people use.
/// </summary>
public static class Screenshots
{
    private static readonly int[] Widths = [320, 390, 1366];

    /// <summary>The folder named by CTG_SCREENSHOTS, or null when no screenshot is wanted.</summary>
    public static string? Folder => Environment.GetEnvironmentVariable("CTG_SCREENSHOTS") is { Length: > 0 } folder ? folder : null;

    /// <summary>The whole page at 320, 390 and 1366 px as <c>{name}-{width}.png</c>, then the viewport it had.</summary>
    public static async Task TakeAsync(IPage page, string name)
    {
        if (Folder is not { } folder) return;
        Directory.CreateDirectory(folder);
        var before = page.ViewportSize;
        foreach (var width in Widths)
        {
            await page.SetViewportSizeAsync(width, 900);
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}-{width}.png"), FullPage = true });
        }
        if (before is not null) await page.SetViewportSizeAsync(before.Width, before.Height);
    }
}
