using System.Net;
using System.Text.Json;
using Ctg.Participation.Accounts;
using Ctg.Participation.Data;
using Ctg.Participation.Surveys;
using Ctg.Participation.Testing;
using Ctg.Participation.Walls;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Web.Tests.Declarations;

/// <summary>
/// Every entity that carries a person (an author or a user) is in some feature's share of "download my data", or is
/// named here with the reason it is not. A new feature that stores a person's writing fails this test until it
/// declares a personal-data source.
/// </summary>
public sealed class PersonalDataCoverageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly Dictionary<string, string> NotInTheDownload = new()
    {
        ["Ctg.Participation.Security.SecurityEvent"] = "the security journal, kept one year for the portal's security, read by administrators only",
        ["Ctg.Participation.Accounts.UserSession"] = "the open sessions, listed on the person's security page and closed there; deleted with the account",
        ["Ctg.Participation.Jobs.DigestDelivery"] = "which day a digest went out, so it goes out once; deleted with the account",
        ["Ctg.Participation.Csv.PendingImport"] = "a file waiting for its confirmation, for minutes; deleted with the account",
        ["Ctg.Participation.Walls.WallChange"] = "the hub's replay log of a wall; the card itself is in the « murs » section",
        ["Ctg.Participation.Walls.WallOperation"] = "the hub's acknowledgement of an operation; the card itself is in the « murs » section",
        ["Ctg.Participation.ActionPlan.PlanActionNote"] = "written by staff for the CTG's record; the author link is cleared when the account is deleted",
        ["Ctg.Participation.Governance.DecisionFollowUp"] = "written by staff for the CTG's record; the author link is cleared when the account is deleted",
        ["Ctg.Participation.Cooperation.Journal.CooperationEntry"] = "the CTG's journal, written by staff; the author link is cleared when the account is deleted",
        ["Ctg.Participation.News.NewsPost"] = "the CTG's news, written by staff; the author link is cleared when the account is deleted",
    };

    private static readonly string[] PersonProperties = ["AuthorId", "UserId"];

    [Fact]
    public async Task Every_entity_carrying_an_author_or_a_user_is_covered_by_a_personal_data_source()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var covered = scope.ServiceProvider.GetServices<IPersonalDataSource>().SelectMany(s => s.Covers).ToHashSet();
        var carrying = db.Model.GetEntityTypes()
            .Where(e => e.ClrType.Namespace?.StartsWith("Ctg.Participation", StringComparison.Ordinal) == true)
            .Where(e => e.GetProperties().Any(p => PersonProperties.Contains(p.Name)))
            .Select(e => e.ClrType).Distinct().ToList();
        Assert.Contains(typeof(WallCard), carrying);

        var missing = carrying.Where(t => !covered.Contains(t) && !NotInTheDownload.ContainsKey(t.FullName!)).Select(t => t.FullName).ToList();
        Assert.True(missing.Count == 0, "No personal-data source covers: " + string.Join(", ", missing));
        // An exemption that no longer names a carrying entity is stale.
        Assert.All(NotInTheDownload.Keys, name => Assert.Contains(carrying, t => t.FullName == name));
    }

    [Fact]
    public async Task My_data_holds_my_wall_cards_and_comments_and_my_survey_answers()
    {
        const string email = "membre.reseau@ctg-demo.test";
        var marker = Guid.NewGuid().ToString("N")[..8];
        using var client = factory.CreatePortalClient();
        await client.SignInAsync(email);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            var now = DateTimeOffset.UtcNow;
            // The test host's demo has no wall content and no survey answers: the test makes its own.
            var network = await db.NetworkMemberships.Where(m => m.UserId == userId).Select(m => m.ThematicNetworkId).FirstAsync();
            var wall = new Wall { ThematicNetworkId = network, Slug = "mur-" + marker, Title = "Mur " + marker, CreatedAt = now };
            db.Walls.Add(wall);
            await db.SaveChangesAsync();
            var column = new WallColumn { WallId = wall.Id, Title = "Idées", OrderKey = "a", CreatedAt = now };
            db.WallColumns.Add(column);
            await db.SaveChangesAsync();
            var card = new WallCard
            {
                WallId = column.WallId, ColumnId = column.Id, OrderKey = "zz" + marker, Html = $"<p>Carte {marker}</p>", AuthorId = userId,
                AuthorName = "Membre", CreatedAt = now, UpdatedAt = now,
            };
            db.WallCards.Add(card);
            await db.SaveChangesAsync();
            db.WallComments.Add(new WallComment { CardId = card.Id, AuthorId = userId, AuthorName = "Membre", Text = $"Commentaire {marker}", CreatedAt = now });
            var survey = new Survey
            {
                ConventionId = await db.Conventions.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(), Title = "Enquête " + marker,
                OpensAt = now.AddDays(-1), ClosesAt = now.AddDays(10), Status = SurveyStatus.Published, CreatedAt = now, PublishedAt = now,
            };
            var question = new Question { Position = 1, Type = Ctg.Participation.Surveys.Forms.QuestionType.LongText, Label = "Votre avis" };
            survey.Questions.Add(question);
            db.Surveys.Add(survey);
            await db.SaveChangesAsync();
            var response = new SurveyResponse
            {
                SurveyId = question.SurveyId, UserId = userId, CompletionToken = "t" + marker, Status = SurveyResponseStatus.Completed,
                StartedAt = now, CompletedAt = now,
            };
            db.SurveyResponses.Add(response);
            await db.SaveChangesAsync();
            db.SurveyAnswers.Add(new SurveyAnswer { ResponseId = response.Id, QuestionId = question.Id, TextValue = $"Réponse {marker}" });
            await db.SaveChangesAsync();
        }

        using var download = await client.Http.GetAsync("/compte/mes-donnees");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        using var json = JsonDocument.Parse(await download.Content.ReadAsStringAsync());
        var walls = json.RootElement.GetProperty("murs");
        Assert.Contains(walls.GetProperty("cartes").EnumerateArray(), c => c.GetProperty("texte").GetString()!.Contains(marker));
        Assert.Contains(walls.GetProperty("commentaires").EnumerateArray(), c => c.GetProperty("texte").GetString() == $"Commentaire {marker}");
        var surveys = json.RootElement.GetProperty("enquetes");
        Assert.Contains(surveys.EnumerateArray(), r => r.GetProperty("reponses").EnumerateArray().Any(a => a.GetProperty("texte").GetString() == $"Réponse {marker}"));
    }
}
