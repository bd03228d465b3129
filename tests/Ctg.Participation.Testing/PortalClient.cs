using System.Net;
using System.Text.RegularExpressions;
using Ctg.Participation.Demo;
using Xunit;

namespace Ctg.Participation.Testing;

/// <summary>
/// Drives the portal like a browser without JavaScript: GET a page, fill its form (the antiforgery token is taken
/// from the page, as a browser would), POST it. Redirects are not followed automatically so tests can check them.
/// </summary>
public sealed partial class PortalClient(HttpClient http) : IDisposable
{
    public HttpClient Http { get; } = http;

    public async Task<Page> GetAsync(string url)
    {
        using var response = await Http.GetAsync(url);
        return await Page.ReadAsync(response);
    }

    /// <summary>GETs the page, then posts its form with these fields (plus the page's antiforgery token).</summary>
    public async Task<Page> SubmitAsync(string pageUrl, IDictionary<string, string> fields, string? handler = null)
    {
        var page = await GetAsync(pageUrl);
        Assert.True(page.Status == HttpStatusCode.OK, $"GET {pageUrl} answered {(int)page.Status}");
        return await PostAsync(pageUrl + (handler is null ? "" : (pageUrl.Contains('?') ? "&" : "?") + "handler=" + handler), fields, page.AntiforgeryToken);
    }

    public async Task<Page> PostAsync(string url, IDictionary<string, string> fields, string? antiforgeryToken)
    {
        var form = new List<KeyValuePair<string, string>>(fields);
        if (antiforgeryToken is not null) form.Add(new("__RequestVerificationToken", antiforgeryToken));
        using var response = await Http.PostAsync(url, new FormUrlEncodedContent(form));
        return await Page.ReadAsync(response);
    }

    public async Task<Page> FollowAsync(Page page)
    {
        Assert.True(page.IsRedirect, $"Expected a redirect, got {(int)page.Status}");
        return await GetAsync(page.Location!);
    }

    public async Task SignInAsync(string email, string password = DemoAccounts.Password)
    {
        var result = await SubmitAsync("/compte/connexion", new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = password,
        });
        Assert.True(result.IsRedirect, $"Sign-in of {email} failed: {result.Status}\n{result.ErrorText}");
    }

    public void Dispose() => Http.Dispose();

    public sealed partial record Page(HttpStatusCode Status, string Html, string? Location)
    {
        public bool IsRedirect => (int)Status is >= 300 and < 400;

        public string? AntiforgeryToken => TokenPattern().Match(Html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

        /// <summary>The errors shown beside fields and in the summary, as text: for assertion messages.</summary>
        public string ErrorText => string.Join(" | ", ErrorPattern().Matches(Html).Select(m => m.Groups[1].Value)
            .Concat(SummaryPattern().Match(Html) is { Success: true } summary ? SummaryItemPattern().Matches(summary.Groups[1].Value).Select(m => m.Groups[1].Value) : [])
            .Select(text => WebUtility.HtmlDecode(Regex.Replace(text, "<.*?>", "")))
            .Distinct());

        /// <summary>The error shown beside one field (by its input name), or null.</summary>
        public string? FieldError(string fieldName)
        {
            var id = fieldName.Replace('.', '_') + "-erreur";
            var match = Regex.Match(Html, $"id=\"{Regex.Escape(id)}\"[^>]*>(.*?)</p>", RegexOptions.Singleline);
            return match.Success ? WebUtility.HtmlDecode(Regex.Replace(match.Groups[1].Value, "<.*?>", "")).Trim() : null;
        }

        /// <summary>Reads a response the test obtained through <see cref="Http"/> directly.</summary>
        public static Task<Page> ReadAsyncForTests(HttpResponseMessage response) => ReadAsync(response);

        internal static async Task<Page> ReadAsync(HttpResponseMessage response) =>
            new(response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.Location?.ToString());

        [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
        private static partial Regex TokenPattern();

        [GeneratedRegex("class=\"erreur\"[^>]*>(.*?)</p>", RegexOptions.Singleline)]
        private static partial Regex ErrorPattern();

        [GeneratedRegex("class=\"resume-erreurs\".*?<ul>(.*?)</ul>", RegexOptions.Singleline)]
        private static partial Regex SummaryPattern();

        [GeneratedRegex("<li>(.*?)</li>", RegexOptions.Singleline)]
        private static partial Regex SummaryItemPattern();
    }
}
