using Ctg.Participation.Data;
using Ctg.Participation.Indicators;
using Ctg.Participation.Indicators.Participation;
using Ctg.Participation.Proposals.Indicators;
using Ctg.Participation.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static Ctg.Participation.Tests.Indicators.IndicatorData;

namespace Ctg.Participation.Tests.Indicators;

/// <summary>
/// Stored figures of the dashboards' default view (this year up to today, by the fake clock: 23 November 2026): raw
/// values, so their public view is exactly the live one; read until SnapshotHours old, then computed again.
/// </summary>
public sealed class IndicatorSnapshotsTests
{
    private static StatisticalSecrecy Secrecy() => new(Options.Create(new IndicatorOptions()));

    private sealed record Subject(PortalDbContext Db, IndicatorData Data, IndicatorReport Report, ParticipantsByMunicipality Communes, IndicatorSnapshots Snapshots);

    private static async Task WithSnapshotsAsync(Func<Subject, TestDatabase, Task> test)
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<PortalDbContext>();
            var report = new IndicatorReport(new IndicatorCatalogue([new DistinctParticipantsIndicator(db), new ParticipantsPerThousandIndicator(db), new ProposalsSubmittedIndicator(db)]), Secrecy());
            var communes = new ParticipantsByMunicipality(db, Secrecy());
            var options = Options.Create(new IndicatorOptions { SnapshotHours = 24, RecomputeMinimumMinutes = 1 });
            var snapshots = new IndicatorSnapshots(db, report, communes, new IndicatorScopes(db, database.Clock), options, database.Clock, new IndicatorSnapshotMemo());
            await test(new Subject(db, await LoadAsync(db), report, communes, snapshots), database);
        });
    }

    private static decimal? Participants(IndicatorReport.Result result) => result.Figures.Single(f => f.Definition.Code == "participants-distincts").Current;

    [Fact]
    public async Task A_snapshot_keeps_raw_values_so_its_public_view_hides_small_counts_exactly_as_the_live_one()
    {
        await WithSnapshotsAsync(async (s, _) =>
        {
            foreach (var name in new[] { "ana", "ben", "chloe" }) await s.Data.ProposalAsync(InPeriod, author: await s.Data.UserAsync(name));

            await s.Snapshots.ComputeAsync(s.Data.Ctg);
            var stored = await s.Snapshots.LatestAsync(s.Data.Ctg);

            Assert.NotNull(stored);
            var scope = s.Snapshots.DefaultScope(s.Data.Ctg);
            Assert.Equal(scope, stored.Scope);
            Assert.Equal((await s.Report.ComputeAsync(scope, isPublic: true)).Figures, s.Snapshots.Report(stored, isPublic: true).Figures);
            Assert.Equal((await s.Report.ComputeAsync(scope, isPublic: false)).Figures, s.Snapshots.Report(stored, isPublic: false).Figures);
            Assert.Equal(await s.Communes.ComputeAsync(scope, isPublic: true), s.Snapshots.Communes(stored, isPublic: true));
            Assert.Null(Participants(s.Snapshots.Report(stored, isPublic: true)));
            Assert.Equal("moins de 11", s.Snapshots.Report(stored, isPublic: true).Figures.Single(f => f.Definition.Code == "participants-distincts").CurrentText);
            Assert.Equal(3m, Participants(s.Snapshots.Report(stored, isPublic: false)));
        });
    }

    [Fact]
    public async Task A_stored_snapshot_is_parsed_once_and_the_newer_one_is_read_as_soon_as_it_is_stored()
    {
        await WithSnapshotsAsync(async (s, database) =>
        {
            await s.Snapshots.ComputeAsync(s.Data.Ctg);
            var first = await s.Snapshots.LatestAsync(s.Data.Ctg);
            Assert.Same(first, await s.Snapshots.LatestAsync(s.Data.Ctg));

            await s.Data.ProposalAsync(InPeriod, author: await s.Data.UserAsync("ana"));
            database.Clock.Advance(TimeSpan.FromMinutes(5));
            await s.Snapshots.ComputeAsync(s.Data.Ctg);
            var newer = await s.Snapshots.LatestAsync(s.Data.Ctg);
            Assert.NotSame(first, newer);
            Assert.Equal(database.Clock.GetUtcNow(), newer!.ComputedAt);
            Assert.Equal(1m, Participants(s.Snapshots.Report(newer, isPublic: false)));
        });
    }

    [Fact]
    public async Task A_snapshot_is_read_until_it_is_snapshot_hours_old_then_computed_again_and_stored()
    {
        await WithSnapshotsAsync(async (s, database) =>
        {
            var first = await s.Snapshots.ReadOrComputeAsync(s.Data.Ctg);
            await s.Data.ProposalAsync(InPeriod, author: await s.Data.UserAsync("ana"));

            database.Clock.Advance(TimeSpan.FromHours(23));
            var read = await s.Snapshots.ReadOrComputeAsync(s.Data.Ctg);
            Assert.Equal(first.ComputedAt, read.ComputedAt);
            Assert.Equal(0m, Participants(s.Snapshots.Report(read, isPublic: false)));

            database.Clock.Advance(TimeSpan.FromHours(2));
            var again = await s.Snapshots.ReadOrComputeAsync(s.Data.Ctg);
            Assert.Equal(database.Clock.GetUtcNow(), again.ComputedAt);
            Assert.Equal(1m, Participants(s.Snapshots.Report(again, isPublic: false)));
            Assert.Equal(again.ComputedAt, (await s.Snapshots.LatestAsync(s.Data.Ctg))!.ComputedAt);
        });
    }

    [Fact]
    public async Task Computing_again_the_same_period_leaves_one_snapshot_of_it()
    {
        await WithSnapshotsAsync(async (s, database) =>
        {
            await s.Snapshots.ComputeAsync(s.Data.Ctg);
            database.Clock.Advance(TimeSpan.FromMinutes(5));
            await s.Snapshots.ComputeAsync(s.Data.Ctg);
            await s.Snapshots.ComputeAsync(null);

            Assert.Equal(1, await s.Db.IndicatorSnapshots.CountAsync(x => x.ConventionId == s.Data.Ctg));
            Assert.Equal(1, await s.Db.IndicatorSnapshots.CountAsync(x => x.ConventionId == null));
        });
    }

    [Fact]
    public async Task A_snapshot_written_for_another_catalogue_is_not_read()
    {
        await WithSnapshotsAsync(async (s, database) =>
        {
            var scope = s.Snapshots.DefaultScope(s.Data.Ctg);
            var other = IndicatorSnapshotContent.Of([new IndicatorReport.Measure(new IndicatorDefinition("retire", "Retiré", "4.1", "", "", IndicatorUnit.Count), IndicatorValue.Of(4), IndicatorValue.None)], []);
            s.Db.IndicatorSnapshots.Add(new IndicatorSnapshot { ConventionId = s.Data.Ctg, From = scope.From, To = scope.To, ComputedAt = database.Clock.GetUtcNow(), Content = other.Serialise() });
            await s.Db.SaveChangesAsync();

            Assert.Null(await s.Snapshots.LatestAsync(s.Data.Ctg));
            var computed = await s.Snapshots.ReadOrComputeAsync(s.Data.Ctg);
            Assert.Equal(3, computed.Measures.Count);
        });
    }

    [Fact]
    public async Task A_recompute_is_refused_in_french_while_the_last_computation_is_younger_than_the_minimum()
    {
        await WithSnapshotsAsync(async (s, database) =>
        {
            Assert.Null(await s.Snapshots.RecomputeRefusalAsync(s.Data.Ctg));
            await s.Snapshots.ComputeAsync(s.Data.Ctg);

            database.Clock.Advance(TimeSpan.FromSeconds(30));
            // 23 November 2026 09:00 UTC is 10:00 in Paris.
            Assert.Equal("Les chiffres ont été calculés le 23 novembre 2026 à 10 h 00, il y a moins d'une minute : attendez un peu avant de les recalculer.",
                await s.Snapshots.RecomputeRefusalAsync(s.Data.Ctg));
            Assert.Null(await s.Snapshots.RecomputeRefusalAsync(null));

            database.Clock.Advance(TimeSpan.FromSeconds(30));
            Assert.Null(await s.Snapshots.RecomputeRefusalAsync(s.Data.Ctg));
        });
    }

    [Fact]
    public async Task The_purge_deletes_snapshots_computed_more_than_seven_days_ago()
    {
        await WithSnapshotsAsync(async (s, database) =>
        {
            await s.Snapshots.ComputeAsync(s.Data.Ctg);
            database.Clock.Advance(TimeSpan.FromDays(2));
            await s.Snapshots.ComputeAsync(null);
            database.Clock.Advance(TimeSpan.FromDays(5) + TimeSpan.FromMinutes(1));

            Assert.Equal(1, await s.Snapshots.PurgeAsync());
            Assert.Equal(new int?[] { null }, await s.Db.IndicatorSnapshots.Select(x => x.ConventionId).ToListAsync());
        });
    }

    [Fact]
    public async Task Every_ctg_and_the_department_are_read_together_in_two_queries_then_one_once_parsed()
    {
        await WithSnapshotsAsync(async (s, database) =>
        {
            var ids = await s.Db.Conventions.OrderBy(c => c.Name).Select(c => (int?)c.Id).ToListAsync();
            Assert.True(ids.Count >= 2, "the demo data holds several CTGs");
            foreach (var id in ids.Skip(1)) await s.Snapshots.ComputeAsync(id);
            await s.Snapshots.ComputeAsync(null);
            database.Clock.Advance(TimeSpan.FromMinutes(5));
            // The first CTG's older snapshot of the same period stays behind a newer one: the newer is read.
            await s.Snapshots.ComputeAsync(ids[0]);

            var commands = new CommandCount();
            await using var db = new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>()
                .UseSqlite(s.Db.Database.GetDbConnection()).AddInterceptors(commands).Options);
            var options = Options.Create(new IndicatorOptions { SnapshotHours = 24 });
            var reader = new IndicatorSnapshots(db, s.Report, s.Communes, new IndicatorScopes(db, database.Clock), options, database.Clock, new IndicatorSnapshotMemo());

            var asked = ids.Append(null).ToList();
            var together = await reader.LatestOfEachAsync(asked);

            Assert.Equal(2, commands.Count);
            Assert.Equal(asked, together.Select(x => x!.Scope.ConventionId));
            Assert.Equal(database.Clock.GetUtcNow(), together[0]!.ComputedAt);
            foreach (var (id, snapshot) in asked.Zip(together))
                Assert.Equal((await s.Snapshots.LatestAsync(id))!.Measures, snapshot!.Measures);

            commands.Count = 0;
            var again = await reader.ReadOrComputeEachAsync(asked);
            Assert.Equal(1, commands.Count);
            Assert.All(together.Zip(again), pair => Assert.Same(pair.First, pair.Second));
        });
    }

    [Fact]
    public async Task A_scope_found_old_by_two_requests_at_once_is_computed_once_and_both_read_it()
    {
        await using var database = await TestDatabase.CreateAsync();
        var held = new HeldIndicator();
        var gate = new IndicatorSnapshotGate();
        var memo = new IndicatorSnapshotMemo();
        IndicatorSnapshots Snapshots(IServiceProvider sp)
        {
            var db = sp.GetRequiredService<PortalDbContext>();
            var report = new IndicatorReport(new IndicatorCatalogue([held]), Secrecy());
            return new IndicatorSnapshots(db, report, new ParticipantsByMunicipality(db, Secrecy()), new IndicatorScopes(db, database.Clock),
                Options.Create(new IndicatorOptions { SnapshotHours = 24 }), database.Clock, memo, gate);
        }
        await using var first = database.Services.CreateAsyncScope();
        await using var second = database.Services.CreateAsyncScope();

        var computing = Snapshots(first.ServiceProvider).ReadOrComputeAsync(null);
        await held.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var waiting = Snapshots(second.ServiceProvider).ReadOrComputeAsync(null);
        Assert.False(waiting.IsCompleted);
        held.Release.SetResult();

        var computed = await computing.WaitAsync(TimeSpan.FromSeconds(10));
        var read = await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        // The current period and the previous one: one catalogue computed, not two.
        Assert.Equal(2, held.Computations);
        Assert.Equal(computed.ComputedAt, read.ComputedAt);
        Assert.Equal(computed.Measures, read.Measures);
    }

    /// <summary>An indicator that holds its first computation until released, counting every computation.</summary>
    private sealed class HeldIndicator : IIndicator
    {
        private int computations;
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public int Computations => computations;
        public IndicatorDefinition Definition { get; } = new("tenu", "Tenu", "9.9", "", "", IndicatorUnit.Count);

        public async Task<IndicatorValue> ComputeAsync(IndicatorScope scope, CancellationToken ct = default)
        {
            Interlocked.Increment(ref computations);
            Started.TrySetResult();
            await Release.Task;
            return IndicatorValue.Of(7);
        }
    }

    private sealed class CommandCount : Microsoft.EntityFrameworkCore.Diagnostics.DbCommandInterceptor
    {
        public int Count { get; set; }

        public override ValueTask<Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<System.Data.Common.DbDataReader>> ReaderExecutingAsync(
            System.Data.Common.DbCommand command, Microsoft.EntityFrameworkCore.Diagnostics.CommandEventData eventData,
            Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<System.Data.Common.DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Count++;
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
