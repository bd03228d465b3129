using System.Net;
using System.Text.RegularExpressions;
using Ctg.Participation.Accounts;
using Ctg.Participation.Data;
using Ctg.Participation.Proposals;
using Ctg.Participation.Testing;
using Microsoft.EntityFrameworkCore;
using static Ctg.Participation.Web.Tests.Propositions.ProposalScenario;

namespace Ctg.Participation.Web.Tests.Indicateurs;

/// <summary>Reads figures off the dashboard tables and seeds participants straight into the database.</summary>
public static partial class IndicatorPages
{
    /// <summary>The text of one cell of an indicator's row: 0 = current period, 1 = previous period.</summary>
    public static string Cell(PortalClient.Page page, string code, int column = 0)
    {
        var row = Regex.Match(page.Html, $"<tr data-code=\"{Regex.Escape(code)}\">(.*?)</tr>", RegexOptions.Singleline);
        Assert.True(row.Success, $"No row {code} on the page");
        var cells = CellPattern().Matches(row.Groups[1].Value);
        return WebUtility.HtmlDecode(Regex.Replace(cells[column].Groups[1].Value, "<.*?>", "")).Trim();
    }

    public static int Number(PortalClient.Page page, string code, int column = 0) =>
        int.Parse(Regex.Match(Cell(page, code, column), @"^\d+").Value);

    public static bool IsDenied(PortalClient.Page page) =>
        page.Status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound || (page.IsRedirect && page.Location!.Contains("/compte/acces-refuse"));

    /// <summary>New accounts, each the author of one proposal of Alpes d'Azur published at <paramref name="publishedAt"/>.</summary>
    public static Task SeedAuthorsAsync(PortalFactory factory, int count, DateTimeOffset publishedAt, string titlePrefix) => QueryAsync(factory, async db =>
    {
        var convention = await db.Conventions.Where(c => c.Slug == "alpes-d-azur").Select(c => c.Id).SingleAsync();
        var commune = await db.Municipalities.Where(m => m.InseeCode == "06099").Select(m => m.Id).SingleAsync();
        for (var i = 0; i < count; i++)
        {
            var user = new PortalUser
            {
                Id = Guid.NewGuid().ToString(), UserName = $"habitant-{Guid.NewGuid():N}@example.org", Email = $"habitant-{Guid.NewGuid():N}@example.org",
                DisplayName = $"Habitante {titlePrefix} {i}", CreatedAt = publishedAt, LastSeenAt = publishedAt,
            };
            db.Users.Add(user);
            var proposal = new Proposal
            {
                ConventionId = convention, AuthorId = user.Id, Title = $"{titlePrefix} {i}", BodyHtml = "<p>Texte</p>", SearchText = "texte",
                SubmissionKey = Guid.NewGuid(), CreatedAt = publishedAt, PublishedAt = publishedAt,
            };
            proposal.Municipalities.Add(new ProposalMunicipality { MunicipalityId = commune });
            db.Proposals.Add(proposal);
        }
        await db.SaveChangesAsync();
        return true;
    });

    [GeneratedRegex("<td[^>]*>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex CellPattern();
}
