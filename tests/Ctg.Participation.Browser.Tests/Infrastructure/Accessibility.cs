using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace Ctg.Participation.Browser.Tests.Infrastructure;

public static class Accessibility
{
    /// <summary>The rule sets the RGAA and WCAG 2.2 AA ask for (wcag22aa brings target size, 2.5.8).</summary>
    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "RGAAv4"];

    /// <summary>The axe-core build that ships with Deque.AxeCore.Commons, read once.</summary>
    private static readonly Lazy<string> AxeSource = new(() => new BundledAxeScriptProvider().GetScript());

    /// <summary>
    /// Runs axe-core on the page as it is now and fails with every violation described. axe-core is put in the page
    /// only when the page does not hold it yet, and runs there once, reporting violations only: Deque's Playwright
    /// runner sent the 580 KB script again and finished each run in a page of its own, 2 to 3 s a check on this machine
    /// against 0.1 s for the run itself. The script goes through the DevTools protocol, which the portal's
    /// Content-Security-Policy does not govern.
    /// </summary>
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        // Tested by its run function: a page's element with id="axe" (the axis filter) is window.axe too.
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe?.run === 'function'")) await page.EvaluateAsync(AxeSource.Value + "\n;0");
        // Each violation described in the page: its rule, impact and help, and its first five elements.
        var violations = await page.EvaluateAsync<string[]>("""
            async tags => {
              const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
              return result.violations.map(v => `${v.id} (${v.impact}): ${v.help}\n    `
                + v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' — ' + n.html).join('\n    '));
            }
            """, Tags);
        Assert.True(violations.Length == 0, $"axe-core found accessibility violations on {page.Url}:\n" + string.Join("\n", violations));
    }
}
