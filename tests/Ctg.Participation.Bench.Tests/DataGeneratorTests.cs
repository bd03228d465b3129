using System.Security.Cryptography;
using System.Text;
using Ctg.Participation.Accounts;
using Ctg.Participation.Bench.Seeding;
using Ctg.Participation.Bench.Seeding.Parts;
using Ctg.Participation.Data;
using Ctg.Participation.Governance;
using Ctg.Participation.Indicators;
using Ctg.Participation.Proposals;
using Ctg.Participation.Surveys;
using Ctg.Participation.Surveys.Forms;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Bench.Tests;

/// <summary>One database generated with the small preset (1/100 of the department), shared by the tests of the class.</summary>
public sealed class SmallDepartment : IDisposable
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "ctg-bench-tests", Guid.NewGuid().ToString("N"));
    public string Path0 => Path.Combine(Folder, "small.db");

    public SmallDepartment()
    {
        Directory.CreateDirectory(Folder);
        DataGenerator.Run(Path0, SeedOptions.Small);
    }

    public PortalDbContext Open() => DataGeneratorTests.Open(Path0);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}

/// <summary>The generator's small preset into temporary databases: counts, determinism, and the portal's queries on it.</summary>
public sealed class DataGeneratorTests(SmallDepartment department) : IClassFixture<SmallDepartment>
{

    [Fact]
    public async Task Small_preset_fills_every_part_with_the_requested_counts_and_consistent_counters()
    {
        var options = SeedOptions.Small;
        await using var db = department.Open();

        Assert.Equal(options.Ctgs, await db.Conventions.CountAsync());
        Assert.Equal(options.Proposals, await db.Proposals.CountAsync());
        Assert.Equal(options.Supports, await db.Supports.CountAsync());
        Assert.Equal(options.Comments, await db.Comments.CountAsync());
        Assert.Equal(options.Initiatives, await db.CitizenInitiatives.CountAsync());
        Assert.Equal(options.Walls, await db.Walls.CountAsync());
        Assert.Equal(options.Cards, await db.WallCards.CountAsync());
        Assert.Equal(options.Coordinators + 1, await db.CoordinatorAssignments.Select(a => a.UserId).Distinct().CountAsync());
        Assert.True(await db.Municipalities.CountAsync() > 100);
        Assert.Equal(6, await db.Axes.CountAsync(a => a.ConventionId == 1 && a.Position <= 6));

        // The counters the list sorts on are the rows that exist.
        Assert.False(await db.Proposals.AnyAsync(p => p.SupportCount != db.Supports.Count(s => s.ProposalId == p.Id)));
        Assert.False(await db.Proposals.AnyAsync(p => p.CommentCount != db.Comments.Count(c => c.ProposalId == p.Id)));
        Assert.False(await db.Proposals.AnyAsync(p => p.PublishedAt == null && (p.SupportCount > 0 || p.CommentCount > 0)));
        // Every status but the first has its history, and decisions carry an answer.
        Assert.False(await db.Proposals.AnyAsync(p => p.Status != ProposalStatus.Deposee && !db.ProposalStatusChanges.Any(h => h.ProposalId == p.Id && h.To == p.Status)));
        Assert.False(await db.Proposals.AnyAsync(p => (p.Status == ProposalStatus.Retenue || p.Status == ProposalStatus.NonRetenue) && p.Answer == null));
        Assert.Equal(6, (await db.Proposals.Select(p => p.Status).Distinct().ToListAsync()).Count);
    }

    [Fact]
    public async Task Surveys_have_the_requested_responses_each_respondent_once_with_an_answer_to_every_required_question()
    {
        var options = SeedOptions.Small;
        await using var db = department.Open();

        Assert.Equal(options.Surveys, await db.Surveys.CountAsync());
        Assert.Equal(options.SurveyResponses, await db.SurveyResponses.CountAsync(r => r.Status == SurveyResponseStatus.Completed));
        Assert.Equal(options.SurveyResponses, await db.SurveyResponses.CountAsync());
        // Every response is an account or a browser, never both; accounts are residents of the survey's CTG.
        Assert.False(await db.SurveyResponses.AnyAsync(r => (r.UserId == null) == (r.BrowserToken == null)));
        Assert.True(await db.SurveyResponses.AnyAsync(r => r.UserId != null));
        Assert.False(await db.SurveyResponses.AnyAsync(r => r.Survey!.Audience == SurveyAudience.AccountRequired && r.UserId == null));
        // Answered inside the survey's window, before "today".
        Assert.False(await db.SurveyResponses.AnyAsync(r => r.CompletedAt < r.Survey!.OpensAt || r.CompletedAt > r.Survey.ClosesAt || r.CompletedAt > options.Until));
        Assert.False(await db.Surveys.AnyAsync(s => s.OpensAt < options.Since || s.Status == SurveyStatus.Draft));
        // Each required question has one value (a choice, a commune of the CTG, a scale) per response, or several for a multiple choice.
        Assert.False(await db.SurveyQuestions.Where(q => q.Required).AnyAsync(q =>
            db.SurveyResponses.Count(r => r.SurveyId == q.SurveyId) != db.SurveyAnswers.Where(a => a.QuestionId == q.Id).Select(a => a.ResponseId).Distinct().Count()));
        var communeAnswers = db.SurveyAnswers.Where(a => db.SurveyQuestions.Any(q => q.Id == a.QuestionId && q.Type == QuestionType.Commune));
        Assert.False(await communeAnswers.AnyAsync(a => !db.Municipalities.Any(m => m.Id == a.ChoiceId
            && m.ConventionId == db.SurveyResponses.Where(r => r.Id == a.ResponseId).Select(r => r.Survey!.ConventionId).First())));
        Assert.Equal(4, (await db.SurveyQuestions.Select(q => q.Type).Distinct().ToListAsync()).Intersect([QuestionType.SingleChoice, QuestionType.MultipleChoice, QuestionType.Commune, QuestionType.Scale5]).Count());
    }

    [Fact]
    public async Task The_survey_results_and_indicators_run_on_the_generated_survey()
    {
        await using var db = department.Open();
        var survey = await db.Surveys.OrderByDescending(s => db.SurveyResponses.Count(r => r.SurveyId == s.Id)).Select(s => new { s.Id, s.ConventionId }).FirstAsync();
        var responses = await db.SurveyResponses.CountAsync(r => r.SurveyId == survey.Id);
        var results = new SurveyResults(db, new SurveyForms(db));

        var summary = await results.SummarizeAsync(survey.Id);

        Assert.Equal(responses, summary.Responses);
        Assert.NotNull(summary.CommuneQuestion);
        var choice = summary.Questions.First(q => q.Question.Type == QuestionType.SingleChoice);
        Assert.Equal(responses, choice.Respondents);
        Assert.Equal(responses, choice.Lines.Sum(l => l.Count));
        var scale = summary.Questions.First(q => q.Question.Type == QuestionType.Scale5);
        Assert.InRange(scale.Average!.Value, 2.5, 4.5);
        var commune = summary.Questions.Single(q => q.Question.Type == QuestionType.Commune).Lines.OrderByDescending(l => l.Count).First();
        var municipality = await db.Municipalities.Where(m => m.ConventionId == survey.ConventionId && m.Name == commune.Label).Select(m => m.Id).FirstAsync();
        Assert.Equal(commune.Count, (await results.SummarizeAsync(survey.Id, municipality)).Responses);

        var scope = new IndicatorScope(null, DateOnly.FromDateTime(SeedOptions.Small.Since.UtcDateTime), DateOnly.FromDateTime(SeedOptions.Small.Until.UtcDateTime));
        Assert.Equal(SeedOptions.Small.Surveys, (await new SurveysConductedIndicator(db).ComputeAsync(scope)).Value);
        Assert.Equal(SeedOptions.Small.SurveyResponses, (await new SurveyResponsesIndicator(db).ComputeAsync(scope)).Value);
    }

    [Fact]
    public async Task Journal_entries_and_diagnostics_stay_inside_their_ctg_and_feed_the_cooperation_indicators()
    {
        var options = SeedOptions.Small;
        await using var db = department.Open();
        var entries = db.Set<Ctg.Participation.Cooperation.Journal.CooperationEntry>();

        Assert.Equal(options.JournalEntries, await entries.CountAsync());
        Assert.False(await entries.AnyAsync(e => e.Nature!.Kind != e.Kind));
        Assert.False(await entries.AnyAsync(e => e.Partners.Any(p => !db.ConventionPartners.Any(cp => cp.PartnerId == p.PartnerId && cp.ConventionId == e.ConventionId))));
        Assert.False(await entries.AnyAsync(e => e.MeetingId != null && !db.Meetings.Any(m => m.Id == e.MeetingId && m.ConventionId == e.ConventionId)));
        Assert.Equal(3 * options.Ctgs, await db.Set<Ctg.Participation.Cooperation.Diagnostics.SharedDiagnostic>().CountAsync());

        var scope = new IndicatorScope(null, DateOnly.FromDateTime(options.Since.UtcDateTime), DateOnly.FromDateTime(options.Until.UtcDateTime));
        var expertises = await new Ctg.Participation.Cooperation.Indicators.ExpertisesIndicator(db).ComputeAsync(scope);
        Assert.Equal(await entries.CountAsync(e => e.Kind == Ctg.Participation.Cooperation.Journal.CooperationKind.Expertise), expertises.Value);
        Assert.Equal(expertises.Value, expertises.Breakdown!.Sum(b => b.Count));
        Assert.True((await new Ctg.Participation.Cooperation.Indicators.DiagnosticPartnersIndicator(db).ComputeAsync(scope)).Value > 0);
    }

    [Fact]
    public async Task Meetings_of_every_kind_with_partners_attendance_and_Copil_decisions_feed_the_governance_indicators()
    {
        var options = SeedOptions.Small;
        await using var db = department.Open();

        Assert.Equal(options.Meetings, await db.Meetings.CountAsync());
        Assert.False(await db.Meetings.AnyAsync(m => m.StartsAt < options.Since || m.StartsAt > options.Until || m.EndsAt <= m.StartsAt));
        Assert.False(await db.Meetings.AnyAsync(m => (m.Kind == MeetingKind.GroupeDeTravail || m.Kind == MeetingKind.Commission) != (m.WorkingGroupId != null)));
        Assert.False(await db.Meetings.AnyAsync(m => (m.Kind == MeetingKind.ComiteDePilotage || m.Kind == MeetingKind.ComiteTechnique) != (m.GovernanceBodyId != null)));
        Assert.False(await db.Meetings.AnyAsync(m => m.WorkingGroupId != null && m.WorkingGroup!.ConventionId != m.ConventionId));
        Assert.False(await db.Meetings.AnyAsync(m => m.Kind == MeetingKind.GroupeDeTravail && !m.WorkingGroup!.Axes.Any()));
        Assert.True(await db.MeetingInvitees.AnyAsync(i => i.PartnerId != null && i.Attendance == AttendanceStatus.Present));
        // Invited partners are partners of the meeting's CTG; decisions belong to Copils, carried-out ones are dated.
        Assert.False(await db.MeetingInvitees.AnyAsync(i => i.PartnerId != null && !db.ConventionPartners.Any(p => p.PartnerId == i.PartnerId && p.ConventionId == i.Meeting!.ConventionId)));
        Assert.False(await db.Decisions.AnyAsync(d => d.Meeting!.Kind != MeetingKind.ComiteDePilotage));
        Assert.False(await db.Decisions.AnyAsync(d => (d.Status == DecisionStatus.Done) != (d.DoneAt != null)));
        Assert.False(await db.Decisions.AnyAsync(d => d.Status != DecisionStatus.ToStart && !d.FollowUps.Any(f => f.Status == d.Status)));

        var copils = await db.Meetings.CountAsync(m => m.Kind == MeetingKind.ComiteDePilotage);
        var scope = new IndicatorScope(null, DateOnly.FromDateTime(options.Since.UtcDateTime), DateOnly.FromDateTime(options.Until.UtcDateTime));
        Assert.Equal(copils, (await new CopilMeetingsIndicator(db, TimeProvider.System).ComputeAsync(scope)).Value);
        Assert.Equal(await db.Meetings.CountAsync(m => m.Kind != MeetingKind.ReunionPublique), (await new GovernanceMeetingsIndicator(db, TimeProvider.System).ComputeAsync(scope)).Value);
        Assert.InRange((await new PartnerAttendanceRateIndicator(db, TimeProvider.System).ComputeAsync(scope)).Value!.Value, 50m, 95m);
        Assert.True((await new PartnersMobilisedIndicator(db, TimeProvider.System).ComputeAsync(scope)).Value > 0);
        Assert.Equal(await db.Decisions.CountAsync(), (await new DecisionsTakenIndicator(db, TimeProvider.System).ComputeAsync(scope)).Value);
        Assert.Equal(await db.Decisions.CountAsync(d => d.Status == DecisionStatus.Done), (await new DecisionsCarriedOutIndicator(db, TimeProvider.System).ComputeAsync(scope)).Value);
    }

    [Fact]
    public void Same_seed_gives_the_same_rows_and_another_seed_other_rows()
    {
        var first = Checksum(department.Open());
        var again = Checksum(Generate("again.db", SeedOptions.Small));
        var other = Checksum(Generate("other.db", SeedOptions.Small with { Seed = 7 }));

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public async Task The_portal_list_and_detail_queries_run_on_the_generated_data()
    {
        await using var db = department.Open();
        var browser = new ProposalBrowser(db);
        var reader = new ProposalReader(db);
        var ctg = await db.Conventions.OrderBy(c => c.Id).Select(c => c.Slug).FirstAsync();

        var recent = await browser.ListAsync(ProposalQuery.Default);
        Assert.Equal(ProposalQuery.DefaultPageSize, recent.Items.Count);
        Assert.Equal(await db.Proposals.CountAsync(p => p.PublishedAt != null), recent.Total);
        Assert.False(recent.IsTotalCapped);
        var second = await browser.ListAsync(ProposalQuery.Default with { After = recent.Next });
        Assert.True(second.Items[0].Id < recent.Items[^1].Id);

        var query = await browser.NormalizeAsync(ProposalQuery.Parse(ctg, "petite-enfance", null, null, null, "plus-soutenues", null, null));
        Assert.Equal(ctg, query.Ctg);
        Assert.Equal("petite-enfance", query.Axe);
        var filtered = await browser.ListAsync(query);
        Assert.NotEmpty(filtered.Items);
        Assert.True(filtered.Items.Zip(filtered.Items.Skip(1)).All(pair => pair.First.SupportCount >= pair.Second.SupportCount));

        var searched = await browser.ListAsync(ProposalQuery.Parse(null, null, null, null, "creche", null, null, null));
        Assert.NotEmpty(searched.Items);

        var commented = await db.Proposals.Where(p => p.CommentCount > 2 && p.Municipalities.Any()).Select(p => p.Id).FirstAsync();
        var detail = await reader.FindAsync(commented);
        Assert.NotNull(detail);
        Assert.Equal(detail.CommentCount, detail.Comments.Count);
        Assert.NotEmpty(detail.Municipalities);
        Assert.NotEmpty(detail.Axes);
    }

    [Fact]
    public async Task Above_a_thousand_matches_the_list_stops_counting_and_says_more_than()
    {
        await using var db = Generate("many.db", SeedOptions.Small with { Proposals = 1_300, Supports = 2_000, Comments = 500 });
        Assert.True(await db.Proposals.CountAsync(p => p.PublishedAt != null) > ProposalBrowser.CountLimit + 1);

        var page = await new ProposalBrowser(db).ListAsync(ProposalQuery.Default);

        Assert.Equal(ProposalBrowser.CountLimit + 1, page.Total);
        Assert.True(page.IsTotalCapped);
        Assert.Equal(ProposalQuery.DefaultPageSize, page.Items.Count);
    }

    [Fact]
    public async Task The_benchmark_coordinator_can_sign_in_with_the_documented_password()
    {
        await using var db = department.Open();
        var user = await db.Users.SingleAsync(u => u.NormalizedEmail == BenchAccounts.Coordinator.ToUpperInvariant());

        Assert.Equal(PasswordVerificationResult.Success, new PasswordHasher<PortalUser>().VerifyHashedPassword(user, user.PasswordHash!, BenchAccounts.Password));
        Assert.True(await db.CoordinatorAssignments.AnyAsync(a => a.UserId == user.Id));
        Assert.Equal(SeedOptions.Small.Residents, await db.UserRoles.CountAsync(r => r.RoleId == db.Roles.Where(x => x.Name == PortalRoles.Resident).Select(x => x.Id).First()) - 1);
    }

    private PortalDbContext Generate(string name, SeedOptions options)
    {
        var path = Path.Combine(department.Folder, name);
        DataGenerator.Run(path, options);
        return Open(path);
    }

    internal static PortalDbContext Open(string path) =>
        new(new DbContextOptionsBuilder<PortalDbContext>().UseSqlite($"Data Source={path};Pooling=False").Options);

    private static string Checksum(PortalDbContext db)
    {
        using (db)
        {
            var proposals = db.Proposals.OrderBy(p => p.Id).Select(p => new { p.Id, p.Title, p.AuthorId, p.Status, p.SupportCount, p.CommentCount, p.CreatedAt }).ToList();
            var supports = db.Supports.OrderBy(s => s.Id).Select(s => new { s.ProposalId, s.UserId }).ToList();
            var rows = proposals.Select(p => $"{p.Id}|{p.Title}|{p.AuthorId}|{p.Status}|{p.SupportCount}|{p.CommentCount}|{p.CreatedAt.UtcTicks}")
                .Concat(supports.Select(s => $"{s.ProposalId}:{s.UserId}"));
            return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", rows))));
        }
    }
}
