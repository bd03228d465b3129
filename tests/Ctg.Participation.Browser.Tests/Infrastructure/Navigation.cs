using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Ctg.Participation.Browser.Tests.Infrastructure;

/// <summary>
/// Waits for a form's redirect by polling the page's address, never on a load event. Playwright for .NET checks a
/// frame's load state and then subscribes to its next change on another thread: a « load » that lands between the two
/// is missed and the wait runs out (seen in CI: a sign-in's redirect had fired load and network idle, and the test
/// still waited 60 s). The steps after these calls wait for what they need themselves (navigation, expectations).
/// </summary>
public static class Navigation
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <summary>The page has left <paramref name="path"/> (the redirect after a sign-in, a sign-out…).</summary>
    public static Task LeftAsync(this IPage page, string path) =>
        Assertions.Expect(page).Not.ToHaveURLAsync(new Regex(Regex.Escape(path)), new() { Timeout = (float)Patience.TotalMilliseconds });

    /// <summary>The page's address ends with <paramref name="path"/>.</summary>
    public static Task ArrivedAtAsync(this IPage page, string path) =>
        Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(path) + "$"), new() { Timeout = (float)Patience.TotalMilliseconds });
}
