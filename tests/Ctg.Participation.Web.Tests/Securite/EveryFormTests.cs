using System.Net;
using System.Text.RegularExpressions;
using Ctg.Participation.Testing;
using Xunit.Abstractions;

namespace Ctg.Participation.Web.Tests.Securite;

/// <summary>
/// Walks the portal like a visitor and like the administrator, finds every POST form on the pages it reaches, and
/// submits each one empty, as a browser would (every field sent with nothing in it, hidden fields and the antiforgery
/// token as the page gave them, boxes unticked): the answer is a French error beside the fields, a redirect or
/// a refusal, never a 500 and never an exception's name or stack trace.
/// </summary>
public sealed partial class EveryFormTests(PortalFactory factory, ITestOutputHelper output) : IClassFixture<PortalFactory>
{
    private const int MaxPages = 200;

    /// <summary>Forms whose empty submission would end the walk itself (signing out, every session).</summary>
    private static readonly string[] Skipped = ["/compte/deconnexion", "handler=ToutesSessions"];

    [Fact]
    public async Task Every_form_submitted_empty_answers_with_french_errors_never_a_500()
    {
        using var visitor = factory.CreatePortalClient();
        using var admin = factory.CreatePortalClient();
        await admin.SignInAsync("admin@ctg-demo.test");
        using var coordinator = factory.CreatePortalClient();
        await coordinator.SignInAsync("coordination.alpes-d-azur@ctg-demo.test");

        var problems = new List<string>();
        var total = 0;
        foreach (var (who, client) in new[] { ("visiteur", visitor), ("coordination", coordinator), ("administrateur", admin) })
        {
            var forms = await DiscoverFormsAsync(client);
            output.WriteLine($"{who}: {forms.Count} form(s)");
            foreach (var (action, page, _) in forms)
            {
                total++;
                // An earlier form (a removal) may have changed the page: a form no longer there is not submitted.
                if (await EmptyFieldsAsync(client, page, action) is not { } fields) continue;
                var answer = await client.PostAsync(action, fields, antiforgeryToken: null);
                var body = answer.Html;
                var status = (int)answer.Status;
                output.WriteLine($"  {status} POST {action} (from {page})");
                if (status >= 500) problems.Add($"{who}: POST {action} answered {status}");
                if (LeakPattern().IsMatch(body)) problems.Add($"{who}: POST {action} shows an exception: {LeakPattern().Match(body).Value}");
                if (status == 200 && !body.Contains("class=\"erreur\"", StringComparison.Ordinal) && !body.Contains("resume-erreurs", StringComparison.Ordinal) && !body.Contains("encart--alerte", StringComparison.Ordinal))
                {
                    problems.Add($"{who}: POST {action} answered 200 without any error shown");
                }
            }
        }
        Assert.True(total >= 20, $"Only {total} forms were found: the walk is broken");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>The fields of the page's form with this action, freshly loaded (its antiforgery token is current): hidden ones as given, others empty.</summary>
    private static async Task<Dictionary<string, string>?> EmptyFieldsAsync(PortalClient client, string page, string action)
    {
        var html = (await client.GetAsync(page)).Html;
        var form = FormBodyPattern().Matches(html).Select(m => m.Value).FirstOrDefault(f =>
            (ActionPattern().Match(FormPattern().Match(f).Value) is { Success: true } a && a.Groups[1].Value.Length > 0 ? WebUtility.HtmlDecode(a.Groups[1].Value) : page) == action
            && MethodPost(f));
        if (form is null) return null;
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match field in FieldPattern().Matches(form))
        {
            var tag = field.Value;
            var name = WebUtility.HtmlDecode(NamePattern().Match(tag).Groups[1].Value);
            var type = TypePattern().Match(tag) is { Success: true } t ? t.Groups[1].Value.ToLowerInvariant() : "text";
            if (name.Length == 0 || type is "checkbox" or "radio" or "submit" or "button" or "file" or "image") continue;
            fields[name] = type == "hidden" && ValuePattern().Match(tag) is { Success: true } v ? WebUtility.HtmlDecode(v.Groups[1].Value) : "";
        }
        return fields;
    }

    /// <summary>Breadth-first over same-site links; one form per action shape (ids replaced), with the page it was found on.</summary>
    private static async Task<List<(string Action, string Page, int Index)>> DiscoverFormsAsync(PortalClient client)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var shapes = new HashSet<string>(StringComparer.Ordinal);
        var forms = new List<(string, string, int)>();
        var queue = new Queue<string>(["/", "/plan-du-site", "/compte", "/coordination", "/compte/inscription", "/compte/connexion",
            "/compte/mot-de-passe-oublie", "/compte/renvoyer-confirmation", "/compte/mot-de-passe", "/compte/deux-facteurs",
            "/compte/cles-d-acces", "/compte/supprimer", "/compte/notifications", "/coordination/administration"]);
        var pageShapes = new Dictionary<string, int>(StringComparer.Ordinal);
        while (queue.Count > 0 && seen.Count < MaxPages)
        {
            var url = queue.Dequeue();
            if (!seen.Add(url)) continue;
            // A few pages of each shape are enough (a hundred proposals carry the same forms).
            var shape = Shape(url);
            pageShapes[shape] = pageShapes.GetValueOrDefault(shape) + 1;
            if (pageShapes[shape] > 2) continue;
            PortalClient.Page page;
            try { page = await client.GetAsync(url); }
            catch (HttpRequestException) { continue; }
            if (page.Status != HttpStatusCode.OK || !page.Html.Contains("<html", StringComparison.OrdinalIgnoreCase)) continue;
            var index = -1;
            foreach (Match form in FormBodyPattern().Matches(page.Html))
            {
                index++;
                var tag = FormPattern().Match(form.Value).Value;
                if (!MethodPost(form.Value)) continue;
                var action = ActionPattern().Match(tag) is { Success: true } a ? WebUtility.HtmlDecode(a.Groups[1].Value) : url;
                if (action.Length == 0) action = url;
                if (!action.StartsWith('/') || Skipped.Any(s => action.Contains(s, StringComparison.Ordinal))) continue;
                if (shapes.Add(Shape(action))) forms.Add((action, url, index));
            }
            foreach (Match link in LinkPattern().Matches(page.Html))
            {
                var href = WebUtility.HtmlDecode(link.Groups[1].Value);
                var hash = href.IndexOf('#');
                if (hash >= 0) href = href[..hash];
                if (href.Length < 1 || !href.StartsWith('/') || href.StartsWith("//", StringComparison.Ordinal)) continue;
                if (href.StartsWith("/compte/deconnexion", StringComparison.Ordinal) || href.Contains("handler=", StringComparison.Ordinal)
                    || href.StartsWith("/css/", StringComparison.Ordinal) || href.StartsWith("/js/", StringComparison.Ordinal)
                    || href.StartsWith("/lib/", StringComparison.Ordinal) || href.StartsWith("/erreur", StringComparison.Ordinal)) continue;
                if (!seen.Contains(href)) queue.Enqueue(href);
            }
        }
        return forms;
    }

    private static bool MethodPost(string form) => Regex.IsMatch(FormPattern().Match(form).Value, "method=\"post\"", RegexOptions.IgnoreCase);

    private static string Shape(string url) => DigitsPattern().Replace(url, "#");

    [GeneratedRegex("<form\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex FormPattern();

    [GeneratedRegex("<form\\b.*?</form>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex FormBodyPattern();

    [GeneratedRegex("<(input|select|textarea)\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex FieldPattern();

    [GeneratedRegex("\\bname=\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex NamePattern();

    [GeneratedRegex("\\btype=\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex TypePattern();

    [GeneratedRegex("\\bvalue=\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex ValuePattern();

    [GeneratedRegex("\\baction=\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex ActionPattern();

    [GeneratedRegex("<a\\b[^>]*\\bhref=\"([^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex LinkPattern();

    [GeneratedRegex("\\d+")]
    private static partial Regex DigitsPattern();

    /// <summary>An exception's type or a stack frame in a page.</summary>
    [GeneratedRegex("(System\\.[A-Za-z.]*Exception|NullReferenceException|\\bat Ctg\\.Participation\\.[\\w.]+\\()")]
    private static partial Regex LeakPattern();
}
