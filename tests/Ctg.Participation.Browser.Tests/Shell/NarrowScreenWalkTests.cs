using System.Text.RegularExpressions;
using Ctg.Participation.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Ctg.Participation.Browser.Tests.Shell;

/// <summary>
/// Walks every page each role can reach by following links (one page per URL shape, so the 40 proposals count once)
/// on a 320 px wide screen: no page may be wider than the screen, and axe-core (WCAG 2.2 AA) passes on each. Every
/// role checks the width of every page it reaches; axe-core runs once per page shape over the roles (a shape's markup
/// differs little from one role to the next, and axe-core is what makes the walk slow).
/// </summary>
public sealed partial class NarrowScreenWalkTests(LivedInBrowserPortal portal) : IClassFixture<LivedInBrowserPortal>
{
    private const int Width = 320;
    // One page per shape, breadth first: the first 24 shapes cover every kind of page a role reaches on the way.
    private const int MaxPages = 24;

    /// <summary>Page shapes axe-core already passed or reported in this run, whatever the role.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> AxeChecked = new();

    private static readonly string[] Roots =
    [
        "/", "/plan-du-site", "/ctg", "/ctg/alpes-d-azur", "/propositions", "/enquetes", "/initiatives", "/annuaire", "/reseaux",
        "/indicateurs", "/donnees-ouvertes", "/mentions-legales", "/donnees-personnelles", "/accessibilite",
        "/compte", "/compte/connexion", "/compte/inscription", "/compte/mot-de-passe-oublie", "/groupes",
    ];

    /// <summary>The back office, for staff only: anyone else is refused there (a redirection, not a page to measure).</summary>
    private static readonly string[] StaffRoots = ["/coordination", "/coordination/alpes-d-azur"];

    [Theory]
    [InlineData("anonyme")]
    [InlineData("membre.reseau@ctg-demo.test")]
    [InlineData("habitant@ctg-demo.test")]
    [InlineData("coordination.alpes-d-azur@ctg-demo.test")]
    [InlineData("conseiller.caf@ctg-demo.test")]
    [InlineData("admin@ctg-demo.test")]
    public async Task Every_page_a_role_reaches_fits_a_320_px_screen_and_passes_axe_core(string who)
    {
        var page = who == "anonyme" ? await portal.NewPageAsync(width: Width) : await portal.SignedInPageAsync(who, Width);
        var problems = new List<string>();
        var seen = new HashSet<string>();
        // The administration is the administrator's: for anyone else it is a refusal, not a page to measure.
        var staff = who.StartsWith("admin@", StringComparison.Ordinal) || who.StartsWith("coordination.", StringComparison.Ordinal) || who.StartsWith("conseiller.", StringComparison.Ordinal);
        // Anonymous visitors walk the public pages; each signed-in role walks its own area first (the back office for
        // staff, groups and account for a member), then the public pages as they come in its links.
        Func<string, bool> own = who switch
        {
            "anonyme" => _ => true,
            _ when staff => p => p.StartsWith("/coordination", StringComparison.Ordinal),
            _ => p => p.StartsWith("/groupes", StringComparison.Ordinal) || p.StartsWith("/compte", StringComparison.Ordinal) || p.StartsWith("/reseaux", StringComparison.Ordinal),
        };
        var queue = new WalkQueue(own);
        foreach (var root in who switch
        {
            "anonyme" => Roots,
            _ when who.StartsWith("admin@", StringComparison.Ordinal) => new[] { "/coordination/administration", "/coordination/administration/portail" }.Concat(StaffRoots).Concat(Roots),
            _ when staff => StaffRoots.Concat(Roots),
            _ => new[] { "/groupes", "/compte" }.Concat(Roots),
        })
        {
            queue.Enqueue(root);
        }
        var visited = 0;
        while (queue.Count > 0 && visited < MaxPages)
        {
            var path = queue.Dequeue();
            if (!seen.Add(Shape(path))) continue;
            IResponse? response;
            try
            {
                response = await page.GotoAsync(path);
            }
            catch (PlaywrightException e) when (e.Message.Contains("Download is starting", StringComparison.Ordinal))
            {
                continue; // a file (an export with a handler in its query), not a page
            }
            if (response is null || !(response.Headers.TryGetValue("content-type", out var type) && type.StartsWith("text/html", StringComparison.Ordinal))) continue;
            if (new Uri(page.Url).AbsolutePath is var landed && landed != path && !seen.Add(Shape(landed))) continue;
            visited++;
            Assert.True(response.Status < 500, $"{path} answered {response.Status}");

            var overflow = await page.EvaluateAsync<string>(OverflowScript);
            if (overflow.Length > 0) problems.Add($"{page.Url} is wider than {Width} px: {overflow}");
            try
            {
                if (AxeChecked.TryAdd(Shape(new Uri(page.Url).AbsolutePath), true)) await page.AssertAccessibleAsync();
            }
            catch (Xunit.Sdk.XunitException e)
            {
                problems.Add(e.Message);
            }

            foreach (var href in await page.EvalOnSelectorAllAsync<string[]>("a[href]", "links => links.map(a => a.getAttribute('href'))"))
            {
                if (Followable(href) is { } next && (staff || !next.StartsWith("/coordination", StringComparison.Ordinal)) && !seen.Contains(Shape(next))) queue.Enqueue(next);
            }
        }
        Assert.True(visited >= 8, $"only {visited} pages reached as {who}");
        Assert.True(problems.Count == 0, $"{problems.Count} problem(s) over {visited} pages as {who}:\n" + string.Join("\n", problems));
    }

    /// <summary>Breadth first, the role's own area before everything else.</summary>
    private sealed class WalkQueue(Func<string, bool> own)
    {
        private readonly Queue<string> first = new();
        private readonly Queue<string> then = new();

        public int Count => first.Count + then.Count;

        public void Enqueue(string path) => (own(path) ? first : then).Enqueue(path);

        public string Dequeue() => first.Count > 0 ? first.Dequeue() : then.Dequeue();
    }

    /// <summary>Empty when the page fits; else the widest elements that stick out.</summary>
    private const string OverflowScript = """
        () => {
          const width = document.documentElement.clientWidth;
          if (document.documentElement.scrollWidth <= width) return "";
          const out = [];
          for (const el of document.querySelectorAll("body *")) {
            const r = el.getBoundingClientRect();
            if (r.right > width + 1 && !el.closest(".defilement, .sr-only, [hidden]")) {
              out.push(el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + (el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\s+/).join(".") : "") + " (" + Math.round(r.right) + " px)");
              if (out.length >= 6) break;
            }
          }
          return "scrollWidth " + document.documentElement.scrollWidth + "; " + out.join(", ");
        }
        """;

    private static string? Followable(string? href)
    {
        if (string.IsNullOrEmpty(href) || !href.StartsWith('/') || href.StartsWith("//", StringComparison.Ordinal)) return null;
        var path = href.Split('#')[0].Split('?')[0];
        if (path.Length == 0) return null;
        if (Skipped().IsMatch(path)) return null;
        return path;
    }

    /// <summary>One page per shape: numbers and the slugs of CTGs, networks, walls and groups stand for any.</summary>
    private static string Shape(string path)
    {
        var segments = path.Trim('/').Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            if (Number().IsMatch(segments[i])) segments[i] = "#";
        }
        if (segments.Length >= 2 && segments[0] is "ctg" or "groupes") segments[1] = "*";
        if (segments.Length >= 3 && segments[0] is "groupes") segments[2] = "*";
        if (segments.Length >= 2 && segments[0] == "reseaux" && segments[1] != "remontees") segments[1] = "*";
        if (segments.Length >= 3 && segments[0] == "reseaux") segments[2] = "*";
        if (segments.Length >= 5 && segments[0] == "reseaux" && segments[3] == "murs") segments[4] = "*";
        if (segments.Length >= 2 && segments[0] == "coordination" && !CoordinationPages.Contains(segments[1])) segments[1] = "*";
        return "/" + string.Join('/', segments);
    }

    private static readonly HashSet<string> CoordinationPages = ["administration", "enquetes", "indicateurs", "instances"];

    [GeneratedRegex(@"^\d+$")]
    private static partial Regex Number();

    /// <summary>Files and actions, not pages: sign-out, calendars, exports, images, open data files, error pages.</summary>
    [GeneratedRegex(@"(^/compte/deconnexion|\.(ics|csv|json|png|jpg|webp|xlsx|ods|pdf|zip|xml|txt)$|/export|/image$|^/erreur|^/lib/|^/css/|^/js/|/mes-donnees$)")]
    private static partial Regex Skipped();
}
