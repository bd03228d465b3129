using Ctg.Participation.Accounts;
using Ctg.Participation.Common;
using Ctg.Participation.Conventions;
using Ctg.Participation.Data;
using Ctg.Participation.Governance;
using Ctg.Participation.Proposals;
using Ctg.Participation.Tests.Support;
using Ctg.Participation.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Tests.Governance;

public sealed class MeetingBookTests
{
    /// <summary>A meeting's planner and its record, as the pages get them.</summary>
    private sealed record Meetings(MeetingPlanner Planner, MeetingRecord Record);

    private static Meetings Book(PortalDbContext db, TestDatabase database) => new(
        new MeetingPlanner(db, new ConventionAccess(db), database.Clock,
            new Ctg.Participation.Routing.RoutableKeys([new Ctg.Participation.Proposals.ProposalRoutableSource(db), new Ctg.Participation.Initiatives.InitiativeRoutableSource(db)])),
        new MeetingRecord(db, new ConventionAccess(db), new PortalHtmlSanitizer(), database.Clock));

    private static async Task<(int Ctg, Actor Coordinator, MeetingPlanner.Input Input)> ContextAsync(PortalDbContext db)
    {
        var ctg = await db.Conventions.Where(c => c.Slug == "pays-des-paillons").Select(c => c.Id).SingleAsync();
        var coordinatorId = await db.Users.Where(u => u.Email == "coordination.alpes-d-azur@ctg-demo.test").Select(u => u.Id).SingleAsync();
        db.CoordinatorAssignments.Add(new CoordinatorAssignment { UserId = coordinatorId, ConventionId = ctg, AssignedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
        var copil = await db.GovernanceBodies.Where(b => b.ConventionId == ctg && b.Kind == GovernanceBodyKind.ComiteDePilotage).Select(b => b.Id).SingleAsync();
        var partner = await db.ConventionPartners.Where(p => p.ConventionId == ctg).Select(p => p.PartnerId).FirstAsync();
        var input = new MeetingPlanner.Input(MeetingKind.ComiteDePilotage, "Copil de printemps", new DateTime(2026, 12, 3, 14, 0, 0), new DateTime(2026, 12, 3, 16, 0, 0),
            "Salle du conseil", copil, null, [partner], "Marie Durand\nhabitant@ctg-demo.test", "Bilan\nPerspectives", []);
        return (ctg, new Actor(coordinatorId, [PortalRoles.Coordinator]), input);
    }

    [Fact]
    public async Task A_meeting_that_ends_before_it_starts_or_names_a_body_of_another_ctg_is_refused_and_nothing_is_stored()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<PortalDbContext>();
            var (ctg, coordinator, input) = await ContextAsync(db);
            var foreignBody = await db.GovernanceBodies.Where(b => b.ConventionId != ctg).Select(b => b.Id).FirstAsync();
            var foreignPartner = await db.Partners.Where(p => !p.Conventions.Any(c => c.ConventionId == ctg)).Select(p => p.Id).FirstAsync();
            var before = await db.Meetings.CountAsync();

            var (errors, _) = await Book(db, database).Planner.CreateAsync(ctg, coordinator, input with
            {
                Ends = input.Starts!.Value.AddHours(-1), GovernanceBodyId = foreignBody, PartnerIds = [foreignPartner], People = "inconnu@example.org",
            });

            Assert.Equal("La fin de la réunion doit être postérieure à son début.", errors["Ends"]);
            Assert.Equal("Cette instance n'appartient pas à cette CTG.", errors["GovernanceBodyId"]);
            Assert.Equal("Un des partenaires choisis n'est pas partenaire de cette CTG.", errors["PartnerIds"]);
            Assert.Contains("Aucun compte du portail", errors["People"]);
            Assert.Equal(before, await db.Meetings.CountAsync());
        });
    }

    [Fact]
    public async Task Attendance_for_someone_not_invited_stores_nothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<PortalDbContext>();
            var (ctg, coordinator, input) = await ContextAsync(db);
            var book = Book(db, database);
            var (errors, id) = await book.Planner.CreateAsync(ctg, coordinator, input);
            Assert.Empty(errors);
            var invitees = await db.MeetingInvitees.Where(i => i.MeetingId == id).Select(i => i.Id).ToListAsync();
            Assert.Equal(3, invitees.Count);
            var stranger = await db.MeetingInvitees.Where(i => i.MeetingId != id).Select(i => i.Id).FirstAsync();

            var error = await book.Record.RecordAttendanceAsync(ctg, id, coordinator, new Dictionary<int, AttendanceStatus>
            {
                [invitees[0]] = AttendanceStatus.Present, [stranger] = AttendanceStatus.Present,
            });

            Assert.Equal("Une des personnes indiquées n'est pas invitée à cette réunion.", error);
            db.ChangeTracker.Clear();
            Assert.Equal(AttendanceStatus.NotRecorded, await db.MeetingInvitees.Where(i => i.Id == invitees[0]).Select(i => i.Attendance).SingleAsync());
        });
    }

    [Fact]
    public async Task A_coordinator_of_another_ctg_cannot_plan_a_meeting_here()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<PortalDbContext>();
            var (ctg, _, input) = await ContextAsync(db);
            var other = await db.Users.Where(u => u.Email == "coordination.pays-de-grasse@ctg-demo.test").Select(u => u.Id).SingleAsync();

            var (errors, _) = await Book(db, database).Planner.CreateAsync(ctg, new Actor(other, [PortalRoles.Coordinator]), input);

            Assert.Contains("", errors.Keys);
        });
    }

    [Fact]
    public async Task Marking_a_decision_done_dates_it_and_reopening_it_clears_the_date()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<PortalDbContext>();
            var (ctg, coordinator, input) = await ContextAsync(db);
            var book = Book(db, database);
            var (_, id) = await book.Planner.CreateAsync(ctg, coordinator, input);
            Assert.Empty(await book.Record.AddDecisionAsync(ctg, id, coordinator, "Ouvrir un lieu d'accueil parents-enfants", "Commune", new DateOnly(2027, 3, 1)));
            var decision = await db.Decisions.Where(d => d.MeetingId == id).Select(d => d.Id).SingleAsync();

            Assert.Null(await book.Record.FollowUpAsync(ctg, id, decision, coordinator, DecisionStatus.Done, "Le lieu a ouvert."));
            Assert.Equal(database.Clock.GetUtcNow(), await db.Decisions.Where(d => d.Id == decision).Select(d => d.DoneAt).SingleAsync());
            Assert.Null(await book.Record.FollowUpAsync(ctg, id, decision, coordinator, DecisionStatus.InProgress, "Fermé faute de locaux, à relancer."));
            db.ChangeTracker.Clear();
            Assert.Null(await db.Decisions.Where(d => d.Id == decision).Select(d => d.DoneAt).SingleAsync());
            Assert.Equal(2, await db.DecisionFollowUps.CountAsync(f => f.DecisionId == decision));
        });
    }
}
