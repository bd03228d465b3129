using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace Ctg.Participation.Bench.Http;

/// <summary>The pages the HTTP benchmark and the query plans look at, with ids and slugs read from the generated database.</summary>
public static partial class BenchTargets
{
    public sealed record Target(string Name, IReadOnlyList<string> Paths);

    public const string Ceiling = "/ping";

    public static async Task<IReadOnlyList<Target>> BuildAsync(string databasePath, HttpClient http, int deepPages)
    {
        var (ctg, axis, proposalIds) = ReadSamples(databasePath);
        var deep = await FollowNextLinksAsync(http, "/propositions", deepPages);
        return
        [
            new("ceiling: /ping (no database)", [Ceiling]),
            new("home /", ["/"]),
            new("list /propositions", ["/propositions"]),
            new("list, CTG + axis + status", [$"/propositions?ctg={ctg}&axe={axis}&statut=a-l-etude"]),
            new("list, search \"creche\"", ["/propositions?q=creche"]),
            new("list, CTG + search, most supported", [$"/propositions?ctg={ctg}&q=parents&tri=plus-soutenues"]),
            new($"list, page {deep.Page} (keyset)", [deep.Url]),
            new($"detail /propositions/{{id}} ({proposalIds.Count} ids)", proposalIds.Select(id => "/propositions/" + id.ToString(CultureInfo.InvariantCulture)).ToList()),
            new("indicators /indicateurs", ["/indicateurs"]),
        ];
    }

    /// <summary>A client that says it came through the TLS proxy, as the portal's cookies are Secure (ForwardedHeaders trusts loopback).</summary>
    public static void BehindProxy(HttpClient http) => http.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

    /// <summary>A busy CTG, one of its axes, and published visible proposals with a few comments each.</summary>
    private static (string Ctg, string Axis, IReadOnlyList<int> ProposalIds) ReadSamples(string databasePath)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        string Scalar(string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture) ?? throw new InvalidOperationException("No data: " + sql);
        }
        // Plain SQL on the generated file, only to pick samples; the portal's own queries stay provider-neutral LINQ.
        var ctg = Scalar("SELECT c.Slug FROM Conventions c ORDER BY (SELECT COUNT(*) FROM Proposals p WHERE p.ConventionId = c.Id) DESC, c.Id LIMIT 1 OFFSET 2");
        var axis = Scalar("SELECT Slug FROM Axes ORDER BY Position, Id LIMIT 1");
        var ids = new List<int>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT Id FROM Proposals WHERE PublishedAt IS NOT NULL AND Moderation = 0 AND CommentCount BETWEEN 1 AND 30 ORDER BY (Id * 7919) % 100003 LIMIT 64";
            using var reader = command.ExecuteReader();
            while (reader.Read()) ids.Add(reader.GetInt32(0));
        }
        return (ctg, axis, ids);
    }

    /// <summary>Follows the list's rel="next" links as a reader would; returns the last page reached and its number.</summary>
    private static async Task<(string Url, int Page)> FollowNextLinksAsync(HttpClient http, string start, int pages)
    {
        var url = start;
        var page = 1;
        for (; page < pages; page++)
        {
            var html = await http.GetStringAsync(url);
            var next = NextLink().Match(html);
            if (!next.Success) break;
            url = WebUtility.HtmlDecode(next.Groups[1].Value);
        }
        return (url, page);
    }

    [GeneratedRegex("<a href=\"(/propositions\\?[^\"]*apres=[^\"]*)\" rel=\"next\"")]
    private static partial Regex NextLink();
}
