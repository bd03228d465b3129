using Ctg.Participation.Bench.Http;
using Ctg.Participation.Bench.Seeding.Parts;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Bench.Tests;

/// <summary>The back-office pages of <c>bench -- http</c> are read from the generated department.</summary>
public sealed class BackOfficeTargetsTests(SmallDepartment department) : IClassFixture<SmallDepartment>
{
    [Fact]
    public async Task Back_office_targets_name_the_CTG_with_the_most_proposals_coordinated_by_the_bench_account_and_its_busiest_survey()
    {
        await using var db = department.Open();
        var largest = await db.Proposals.GroupBy(p => p.ConventionId).Select(g => new { Id = g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Id).Select(g => g.Id).FirstAsync();
        var slug = await db.Conventions.Where(c => c.Id == largest).Select(c => c.Slug).SingleAsync();
        var coordinator = await db.Users.Where(u => u.Email == BenchAccounts.Coordinator).Select(u => u.Id).SingleAsync();
        var busiest = await db.Surveys.Where(s => s.ConventionId == largest)
            .Select(s => new { s.Id, Responses = db.SurveyResponses.Count(r => r.SurveyId == s.Id) })
            .OrderByDescending(s => s.Responses).ThenBy(s => s.Id).FirstAsync();

        var samples = BackOfficeTargets.ReadSamples(department.Path0);

        Assert.Equal(slug, samples.Ctg);
        Assert.True(await db.CoordinatorAssignments.AnyAsync(a => a.UserId == coordinator && a.ConventionId == largest));
        Assert.Equal(busiest.Id, samples.SurveyId);
        Assert.Equal(busiest.Responses, samples.SurveyResponses);
        Assert.True(samples.SurveyResponses > 0);
        Assert.Equal(
            [BenchTargets.Ceiling, $"/coordination/{slug}/orientation", $"/coordination/{slug}", $"/coordination/{slug}/moderation", $"/coordination/enquetes/{busiest.Id}/resultats"],
            BackOfficeTargets.Build(samples).Select(t => t.Paths.Single()));
    }
}
