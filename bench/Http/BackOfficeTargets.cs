using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Ctg.Participation.Bench.Seeding.Parts;
using Microsoft.Data.Sqlite;

namespace Ctg.Participation.Bench.Http;

/// <summary>
/// The back-office pages measured signed in as the bench coordinator (<see cref="BenchAccounts.Coordinator"/>), on the
/// CTG with the most proposals, which the generator assigns that account to: routing desk, coordination home,
/// moderation queue, and the results of the CTG's survey with the most responses.
/// </summary>
public static partial class BackOfficeTargets
{
    public sealed record Samples(string Ctg, int SurveyId, int SurveyResponses);

    public const int Connections = 8;

    public static IReadOnlyList<BenchTargets.Target> Build(Samples samples) =>
    [
        new("ceiling: /ping (no database)", [BenchTargets.Ceiling]),
        new($"routing desk /coordination/{samples.Ctg}/orientation", [$"/coordination/{samples.Ctg}/orientation"]),
        new($"coordination home /coordination/{samples.Ctg}", [$"/coordination/{samples.Ctg}"]),
        new($"moderation /coordination/{samples.Ctg}/moderation", [$"/coordination/{samples.Ctg}/moderation"]),
        new($"survey results ({samples.SurveyResponses} responses)", [$"/coordination/enquetes/{samples.SurveyId.ToString(CultureInfo.InvariantCulture)}/resultats"]),
    ];

    /// <summary>
    /// The CTG with the most proposals and its survey with the most completed responses; fails if the bench
    /// coordinator does not coordinate that CTG (the pages would answer 403 and measure nothing).
    /// </summary>
    public static Samples ReadSamples(string databasePath)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        // Plain SQL on the generated file, only to pick samples; the portal's own queries stay provider-neutral LINQ.
        command.CommandText = """
            SELECT c.Slug, c.Id,
                   EXISTS (SELECT 1 FROM CoordinatorAssignments a JOIN AspNetUsers u ON u.Id = a.UserId
                           WHERE a.ConventionId = c.Id AND u.NormalizedEmail = $email)
            FROM Conventions c
            ORDER BY (SELECT COUNT(*) FROM Proposals p WHERE p.ConventionId = c.Id) DESC, c.Id LIMIT 1
            """;
        command.Parameters.AddWithValue("$email", BenchAccounts.Coordinator.ToUpperInvariant());
        string slug;
        int conventionId;
        using (var reader = command.ExecuteReader())
        {
            if (!reader.Read()) throw new InvalidOperationException("No CTG in " + databasePath);
            (slug, conventionId) = (reader.GetString(0), reader.GetInt32(1));
            if (!reader.GetBoolean(2)) throw new InvalidOperationException($"{BenchAccounts.Coordinator} does not coordinate {slug}, the CTG with the most proposals: generate the database again.");
        }
        command.Parameters.Clear();
        command.Parameters.AddWithValue("$convention", conventionId);
        command.CommandText = """
            SELECT s.Id, (SELECT COUNT(*) FROM SurveyResponses r WHERE r.SurveyId = s.Id) AS Responses
            FROM Surveys s WHERE s.ConventionId = $convention ORDER BY Responses DESC, s.Id LIMIT 1
            """;
        using (var reader = command.ExecuteReader())
        {
            if (!reader.Read()) throw new InvalidOperationException($"{slug} has no survey in " + databasePath);
            return new Samples(slug, reader.GetInt32(0), reader.GetInt32(1));
        }
    }

    /// <summary>
    /// Signs in through the real form, as a browser would: GET the page for the antiforgery cookie and token, POST the
    /// form, keep the cookies set on the way. Returns the Cookie header wrk sends with every request.
    /// </summary>
    public static async Task<string> SignInAsync(HttpClient http, string email, string password)
    {
        var cookies = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var page = await http.GetAsync("/compte/connexion"))
        {
            page.EnsureSuccessStatusCode();
            Keep(page, cookies);
            var token = AntiforgeryToken().Match(await page.Content.ReadAsStringAsync());
            if (!token.Success) throw new InvalidOperationException("No antiforgery token on /compte/connexion.");
            using var post = new HttpRequestMessage(HttpMethod.Post, "/compte/connexion")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["Input.Email"] = email,
                    ["Input.Password"] = password,
                    ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
                }),
            };
            post.Headers.Add("Cookie", CookieHeader(cookies));
            using var signedIn = await http.SendAsync(post);
            // A successful sign-in redirects; the form page again (200) means it was refused.
            if (signedIn.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"Sign-in as {email} refused ({(int)signedIn.StatusCode}).");
            Keep(signedIn, cookies);
        }
        return CookieHeader(cookies);
    }

    public static string CookieHeader(IReadOnlyDictionary<string, string> cookies) => string.Join("; ", cookies.Select(c => c.Key + "=" + c.Value));

    private static void Keep(HttpResponseMessage response, Dictionary<string, string> cookies)
    {
        if (!response.Headers.TryGetValues("Set-Cookie", out var values)) return;
        foreach (var value in values)
        {
            var pair = value.Split(';', 2)[0];
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0) continue;
            if (equals == pair.Length - 1) cookies.Remove(pair[..equals]); // cleared
            else cookies[pair[..equals]] = pair[(equals + 1)..];
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
