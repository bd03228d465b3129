using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Ctg.Participation.Browser.Tests.Infrastructure;

public static class Accessibility
{
    /// <summary>The rule sets the RGAA and WCAG 2.2 AA ask for (wcag22aa brings target size, 2.5.8).</summary>
    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "RGAAv4"];

    /// <summary>Runs axe-core on the page as it is now and fails with every violation described.</summary>
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Tags] },
        });
        var violations = result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help}\n    " + string.Join("\n    ", v.Nodes.Take(5).Select(n => string.Join(" ", n.Target) + " — " + n.Html)));
        Assert.True(result.Violations.Length == 0, $"axe-core found accessibility violations on {page.Url}:\n" + string.Join("\n", violations));
    }
}
