using Ctg.Participation.Conventions;
using Ctg.Participation.Data;
using Ctg.Participation.Governance;
using Ctg.Participation.Indicators;
using Ctg.Participation.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Tests.Governance;

/// <summary>
/// Hand-made meetings in two CTGs, without demo data, so every figure is known. The clock stands at 23 November 2026:
/// a Copil on 10 December 2026 has not been held yet.
/// </summary>
public sealed class GovernanceIndicatorsTests
{
    private static readonly IndicatorScope Year2026 = new(null, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));

    private sealed record World(int Ctg, int OtherCtg, int Axis, int OtherAxis);

    private static DateTimeOffset Utc(int y, int m, int d) => new(y, m, d, 14, 0, 0, TimeSpan.Zero);

    private static async Task<World> SeedAsync(PortalDbContext db)
    {
        var partners = Enumerable.Range(1, 5).Select(i => new Partner { Name = $"Partenaire {i}", Kind = PartnerKind.Association }).ToList();
        db.Partners.AddRange(partners);
        var axis = new Axis { Name = "Parentalité", Slug = "parentalite" };
        var otherAxis = new Axis { Name = "Logement", Slug = "logement" };
        var group = new WorkingGroup { Name = "Groupe parentalité", Slug = "groupe-parentalite", Axes = [axis] };
        var copil = new GovernanceBody { Name = "Copil", Kind = GovernanceBodyKind.ComiteDePilotage };
        var ctg = new Convention { Slug = "ctg-a", Name = "CTG A", Epci = "EPCI A", Department = "06", PeriodStart = new(2024, 1, 1), PeriodEnd = new(2028, 12, 31),
            Axes = [axis, otherAxis], WorkingGroups = [group], GovernanceBodies = [copil] };
        var otherCopil = new GovernanceBody { Name = "Copil B", Kind = GovernanceBodyKind.ComiteDePilotage };
        var other = new Convention { Slug = "ctg-b", Name = "CTG B", Epci = "EPCI B", Department = "06", PeriodStart = new(2024, 1, 1), PeriodEnd = new(2028, 12, 31),
            GovernanceBodies = [otherCopil] };
        db.Conventions.AddRange(ctg, other);

        MeetingInvitee Invite(int partner, AttendanceStatus status) => new() { Partner = partners[partner - 1], Attendance = status };
        Meeting Meeting(Convention c, MeetingKind kind, DateTimeOffset at, params MeetingInvitee[] invitees) => new()
        {
            Convention = c, Kind = kind, Title = kind.Label(), StartsAt = at, EndsAt = at.AddHours(2), Place = "Mairie", Invitees = [.. invitees],
            GovernanceBody = kind == MeetingKind.ComiteDePilotage ? (c == ctg ? copil : otherCopil) : null,
            WorkingGroup = kind == MeetingKind.GroupeDeTravail ? group : null,
        };

        var copilA = Meeting(ctg, MeetingKind.ComiteDePilotage, Utc(2026, 2, 10),
            Invite(1, AttendanceStatus.Present), Invite(2, AttendanceStatus.Excused), Invite(3, AttendanceStatus.Absent));
        copilA.Decisions.Add(new Decision { Text = "d1", Status = DecisionStatus.Done, DoneAt = Utc(2026, 5, 1) });
        copilA.Decisions.Add(new Decision { Text = "d2", Status = DecisionStatus.InProgress });
        var copilB = Meeting(ctg, MeetingKind.ComiteDePilotage, Utc(2026, 6, 10),
            Invite(1, AttendanceStatus.Present), Invite(2, AttendanceStatus.Present), Invite(4, AttendanceStatus.NotRecorded));
        copilB.Decisions.Add(new Decision { Text = "d3", Status = DecisionStatus.Done, DoneAt = Utc(2025, 12, 20) });
        var copilFuture = Meeting(ctg, MeetingKind.ComiteDePilotage, Utc(2026, 12, 10), Invite(4, AttendanceStatus.Present));
        copilFuture.Decisions.Add(new Decision { Text = "d4" });
        var workshop = Meeting(ctg, MeetingKind.GroupeDeTravail, Utc(2026, 3, 1), Invite(3, AttendanceStatus.Present));
        var publicMeeting = Meeting(ctg, MeetingKind.ReunionPublique, Utc(2026, 4, 1), Invite(5, AttendanceStatus.Present));
        var earlier = Meeting(ctg, MeetingKind.ComiteDePilotage, Utc(2025, 10, 1), Invite(2, AttendanceStatus.Present));
        var elsewhere = Meeting(other, MeetingKind.ComiteDePilotage, Utc(2026, 5, 5), Invite(4, AttendanceStatus.Present), Invite(1, AttendanceStatus.Absent));
        elsewhere.Decisions.Add(new Decision { Text = "d5", Status = DecisionStatus.Done, DoneAt = Utc(2026, 6, 1) });
        db.Meetings.AddRange(copilA, copilB, copilFuture, workshop, publicMeeting, earlier, elsewhere);
        await db.SaveChangesAsync();
        return new World(ctg.Id, other.Id, axis.Id, otherAxis.Id);
    }

    private static async Task<IndicatorValue> ComputeAsync<T>(TestDatabase database, IndicatorScope scope) where T : GovernanceIndicator =>
        await database.RunAsync(async sp =>
        {
            var indicator = (T)Activator.CreateInstance(typeof(T), sp.GetRequiredService<PortalDbContext>(), database.Clock)!;
            return await indicator.ComputeAsync(scope);
        });

    private static async Task<(TestDatabase Database, World World)> WorldAsync()
    {
        var database = await TestDatabase.CreateAsync(withDemoData: false);
        var world = await database.RunAsync(sp => SeedAsync(sp.GetRequiredService<PortalDbContext>()));
        return (database, world);
    }

    [Fact]
    public async Task Copil_meetings_count_only_those_held_in_the_ctg_and_period()
    {
        var (database, world) = await WorldAsync();
        await using var _ = database;
        var scope = Year2026 with { ConventionId = world.Ctg };

        Assert.Equal(2m, (await ComputeAsync<CopilMeetingsIndicator>(database, scope)).Value);
        Assert.Equal(3m, (await ComputeAsync<CopilMeetingsIndicator>(database, Year2026)).Value);
        Assert.Equal(1m, (await ComputeAsync<CopilMeetingsIndicator>(database, scope with { From = new(2025, 1, 1), To = new(2025, 12, 31) })).Value);
    }

    [Fact]
    public async Task Copil_regularity_is_the_mean_gap_in_days_and_has_no_meaning_below_two_meetings()
    {
        var (database, world) = await WorldAsync();
        await using var _ = database;

        Assert.Equal(120m, (await ComputeAsync<CopilRegularityIndicator>(database, Year2026 with { ConventionId = world.Ctg })).Value);
        Assert.Null((await ComputeAsync<CopilRegularityIndicator>(database, Year2026 with { ConventionId = world.OtherCtg })).Value);
    }

    [Fact]
    public async Task Governance_meetings_leave_out_public_meetings_and_an_axis_keeps_only_its_working_groups()
    {
        var (database, world) = await WorldAsync();
        await using var _ = database;
        var scope = Year2026 with { ConventionId = world.Ctg };

        Assert.Equal(3m, (await ComputeAsync<GovernanceMeetingsIndicator>(database, scope)).Value);
        Assert.Equal(1m, (await ComputeAsync<GovernanceMeetingsIndicator>(database, scope with { AxisId = world.Axis })).Value);
        Assert.Equal(0m, (await ComputeAsync<GovernanceMeetingsIndicator>(database, scope with { AxisId = world.OtherAxis })).Value);
        Assert.Equal(0m, (await ComputeAsync<CopilMeetingsIndicator>(database, scope with { AxisId = world.Axis })).Value);
    }

    [Fact]
    public async Task Partner_attendance_rate_divides_presences_by_recorded_partner_invitations()
    {
        var (database, world) = await WorldAsync();
        await using var _ = database;

        var rate = await ComputeAsync<PartnerAttendanceRateIndicator>(database, Year2026 with { ConventionId = world.Ctg });

        // Recorded: Copil A 3 (1 present), Copil B 2 (2 present; the unrecorded one is left out), workshop 1/1, public 1/1 → 5 / 7.
        Assert.Equal(71.4m, rate.Value);
        Assert.Equal("5 présences sur 7 invitations", rate.Detail);
        Assert.Null((await ComputeAsync<PartnerAttendanceRateIndicator>(database, Year2026 with { ConventionId = world.Ctg, From = new(2027, 1, 1), To = new(2027, 12, 31) })).Value);
    }

    [Fact]
    public async Task Partners_mobilised_are_distinct_and_new_ones_were_never_present_before_the_period()
    {
        var (database, world) = await WorldAsync();
        await using var _ = database;
        var scope = Year2026 with { ConventionId = world.Ctg };

        Assert.Equal(4m, (await ComputeAsync<PartnersMobilisedIndicator>(database, scope)).Value); // 1, 2, 3, 5
        Assert.Equal(3m, (await ComputeAsync<NewPartnersIndicator>(database, scope)).Value); // 2 was present in October 2025
        Assert.Equal(1m, (await ComputeAsync<PartnersMobilisedIndicator>(database, scope with { AxisId = world.Axis })).Value); // 3, at the workshop
        Assert.Equal(1m, (await ComputeAsync<PartnersMobilisedIndicator>(database, Year2026 with { ConventionId = world.OtherCtg })).Value);
    }

    [Fact]
    public async Task Decisions_taken_count_held_meetings_and_decisions_carried_out_count_those_done_in_the_period()
    {
        var (database, world) = await WorldAsync();
        await using var _ = database;
        var scope = Year2026 with { ConventionId = world.Ctg };

        Assert.Equal(3m, (await ComputeAsync<DecisionsTakenIndicator>(database, scope)).Value);
        Assert.Equal(1m, (await ComputeAsync<DecisionsCarriedOutIndicator>(database, scope)).Value);
        Assert.Equal(2m, (await ComputeAsync<DecisionsCarriedOutIndicator>(database, Year2026)).Value);
        Assert.Equal(1m, (await ComputeAsync<DecisionsCarriedOutIndicator>(database, scope with { From = new(2025, 1, 1), To = new(2025, 12, 31) })).Value);
    }
}
