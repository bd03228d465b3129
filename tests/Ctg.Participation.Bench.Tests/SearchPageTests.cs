using Ctg.Participation.Conventions;
using Ctg.Participation.Data;
using Ctg.Participation.Proposals;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Bench.Tests;

/// <summary>
/// A search page is read in one of four ways (every match in hand, the newest matches only, walking the order's index
/// for a common word, every match read first for a rarer one); each must give the page that every match gives.
/// </summary>
public sealed class SearchPageTests(SmallDepartment department) : IClassFixture<SmallDepartment>
{
    [Theory]
    [InlineData("parents", 4, false)]    // common: newest only (recent) or the order's index walked (most supported)
    [InlineData("parents", 128, false)]
    [InlineData("parents", 4, true)]     // common, its matches in memory: the order's keys walked and tested there
    [InlineData("parents", 128, true)]
    [InlineData("creche", 4, false)]     // rarer: newest only (recent) or every match read first (most supported)
    [InlineData("creche", 100_000, false)] // every match in hand
    public async Task Every_way_of_reading_a_search_page_gives_the_page_of_every_match(string word, int newestMatches, bool matchesInMemory)
    {
        await using var db = department.Open();
        var matches = (await db.Database.SqlQuery<int>($"SELECT rowid AS \"Value\" FROM \"ProposalSearch\" WHERE \"ProposalSearch\" MATCH {"\"" + word + "\""}")
            .ToListAsync()).ToHashSet();
        Assert.True(matches.Count > 40, $"« {word} » should match enough generated proposals to fill pages ({matches.Count})");
        var visible = (await db.Proposals.AsNoTracking()
            .Where(p => p.PublishedAt != null && p.Moderation == ModerationState.Visible)
            .Select(p => new { p.Id, p.ConventionId, p.SupportCount })
            .ToListAsync()).Where(p => matches.Contains(p.Id)).ToList();
        var ctgs = await db.Conventions.OrderBy(c => c.Id).Select(c => new { c.Id, c.Slug }).ToListAsync();
        var browser = new ProposalBrowser(db, Catalogue(), null, matchesInMemory ? new ProposalSearchMatches() : null) { SearchNewestMatches = newestMatches };

        foreach (var ctg in new[] { null, ctgs[0], ctgs[^1] })
        foreach (var sort in new[] { ProposalSort.Recent, ProposalSort.MostSupported })
        {
            var expected = visible.Where(p => ctg is null || p.ConventionId == ctg.Id);
            expected = sort == ProposalSort.Recent
                ? expected.OrderByDescending(p => p.Id)
                : expected.OrderByDescending(p => p.SupportCount).ThenByDescending(p => p.Id);
            var expectedIds = expected.Select(p => p.Id).ToList();

            var query = ProposalQuery.Default with { Ctg = ctg?.Slug, Text = word, Sort = sort, PageSize = 10 };
            var seen = new List<int>();
            for (var page = 0; page < 3; page++)
            {
                var read = await browser.ListAsync(query);
                seen.AddRange(read.Items.Select(i => i.Id));
                if (read.Next is null) break;
                query = query with { After = read.Next };
            }

            Assert.Equal(expectedIds.Take(seen.Count), seen);
            Assert.Equal(Math.Min(30, expectedIds.Count), seen.Count);
        }
    }

    [Fact]
    public async Task A_common_search_kept_in_memory_is_read_again_once_the_text_of_a_proposal_changes()
    {
        await using var db = department.Open();
        var browser = new ProposalBrowser(db, Catalogue(), null, new ProposalSearchMatches());
        var query = ProposalQuery.Default with { Text = "parents", Sort = ProposalSort.MostSupported, PageSize = 10 };
        var first = (await browser.ListAsync(query)).Items[0];
        var text = await db.Proposals.Where(p => p.Id == first.Id).Select(p => p.SearchText).SingleAsync();
        // Read twice: the second page comes from the matches in memory.
        Assert.Equal(first.Id, (await browser.ListAsync(query)).Items[0].Id);

        await db.Database.ExecuteSqlAsync($"""UPDATE "Proposals" SET "SearchText" = 'jardin partage' WHERE "Id" = {first.Id}""");
        try
        {
            Assert.DoesNotContain(first.Id, (await browser.ListAsync(query)).Items.Select(i => i.Id));
        }
        finally
        {
            await db.Database.ExecuteSqlAsync($"""UPDATE "Proposals" SET "SearchText" = {text} WHERE "Id" = {first.Id}""");
        }
        Assert.Equal(first.Id, (await browser.ListAsync(query)).Items[0].Id);
    }

    private static ProposalFilterCatalogue Catalogue() => new(new TerritoryCatalogue(TimeProvider.System));

    /// <summary>
    /// The statistics refresh (start-up and daily) merges the full-text index into one segment, so a search reads one
    /// segment instead of one per past write, and finds exactly what it found before.
    /// </summary>
    [Fact]
    public async Task The_statistics_refresh_merges_the_full_text_index_into_one_segment_with_the_same_matches()
    {
        await using var db = department.Open();
        // Three writes of their own: each leaves a segment of its own in the index.
        var ids = await db.Proposals.OrderBy(p => p.Id).Select(p => p.Id).Take(3).ToListAsync();
        foreach (var id in ids)
        {
            await db.Database.ExecuteSqlAsync($"""UPDATE "Proposals" SET "SearchText" = "SearchText" WHERE "Id" = {id}""");
        }
        var before = await MatchesAsync(db, "parents");
        Assert.True(await SegmentsAsync(db) > 1);

        await DatabaseStatistics.RefreshAsync(db);

        Assert.Equal(1, await SegmentsAsync(db));
        Assert.Equal(before, await MatchesAsync(db, "parents"));
    }

    // FTS5 keeps one row per leaf page and segment in its "_idx" shadow table.
    private static Task<int> SegmentsAsync(PortalDbContext db) =>
        db.Database.SqlQuery<int>($"""SELECT COUNT(DISTINCT "segid") AS "Value" FROM "ProposalSearch_idx" """).SingleAsync();

    private static Task<List<int>> MatchesAsync(PortalDbContext db, string word) =>
        db.Database.SqlQuery<int>($"""SELECT rowid AS "Value" FROM "ProposalSearch" WHERE "ProposalSearch" MATCH {"\"" + word + "\""} ORDER BY rowid""").ToListAsync();
}
