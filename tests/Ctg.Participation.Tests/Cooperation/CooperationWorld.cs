using Ctg.Participation.Accounts;
using Ctg.Participation.ActionPlan;
using Ctg.Participation.Common;
using Ctg.Participation.Conventions;
using Ctg.Participation.Cooperation;
using Ctg.Participation.Cooperation.Diagnostics;
using Ctg.Participation.Cooperation.Journal;
using Ctg.Participation.Cooperation.Schemes;
using Ctg.Participation.Data;
using Ctg.Participation.Governance;
using Ctg.Participation.Proposals;
using Ctg.Participation.Tests.Support;
using Ctg.Participation.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ctg.Participation.Tests.Cooperation;

/// <summary>
/// Two hand-made CTGs of department 06 without demo data, so every figure is known: CTG A (period from 2024) with two
/// axes, two communes, three partners (two associations, one commune), a meeting, a fiche action and a routing; CTG B
/// with its own partner, meeting, fiche and routing. The clock stands at 23 November 2026.
/// </summary>
public sealed record CooperationWorld(int Ctg, int OtherCtg, int AxisA, int AxisB, int CommuneA, int CommuneB, int PartnerA1, int PartnerA2, int PartnerCommune,
    int OtherPartner, int Meeting, int OtherMeeting, int Action, int OtherAction, int Routing, int OtherRouting, string UserId)
{
    public static readonly IndicatorYear Year2026 = new(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));

    public sealed record IndicatorYear(DateOnly From, DateOnly To);

    public ConventionSummary Summary(PortalDbContext db) =>
        db.Conventions.Where(c => c.Id == Ctg).Select(ConventionSummary.Projection).Single();

    public Actor Actor => new(UserId, [PortalRoles.Administrator]);

    public static async Task<(TestDatabase Database, CooperationWorld World)> CreateAsync()
    {
        var database = await TestDatabase.CreateAsync(withDemoData: false);
        var world = await database.RunAsync(sp => SeedAsync(sp.GetRequiredService<PortalDbContext>()));
        return (database, world);
    }

    private static async Task<CooperationWorld> SeedAsync(PortalDbContext db)
    {
        var user = new PortalUser { UserName = "agent@test.fr", Email = "agent@test.fr", DisplayName = "Agent" };
        db.Users.Add(user);
        var axisA = new Axis { Name = "Petite enfance", Slug = "petite-enfance", Position = 0 };
        var axisB = new Axis { Name = "Parentalité", Slug = "parentalite", Position = 1 };
        var communeA = new Municipality { Name = "Entrevaux", InseeCode = "04076", Population = 900 };
        var communeB = new Municipality { Name = "Guillaumes", InseeCode = "06071", Population = 700 };
        var group = new WorkingGroup { Name = "Groupe parentalité", Slug = "groupe-parentalite", Axes = [axisB] };
        var p1 = new Partner { Name = "Association Les Petits Pas", Kind = PartnerKind.Association };
        var p2 = new Partner { Name = "Association Familles Rurales", Kind = PartnerKind.Association };
        var p3 = new Partner { Name = "Commune d'Entrevaux", Kind = PartnerKind.Commune };
        var other = new Partner { Name = "Centre social de Grasse", Kind = PartnerKind.Association };
        var ctg = new Convention
        {
            Slug = "ctg-a", Name = "CTG A", Epci = "EPCI A", Department = "06", PeriodStart = new(2024, 1, 1), PeriodEnd = new(2028, 12, 31),
            Axes = [axisA, axisB], Municipalities = [communeA, communeB], WorkingGroups = [group],
            Partners = [new() { Partner = p1, Since = new(2024, 1, 1) }, new() { Partner = p2, Since = new(2024, 1, 1) }, new() { Partner = p3, Since = new(2024, 1, 1) }],
        };
        var otherAxis = new Axis { Name = "Logement", Slug = "logement" };
        var otherGroup = new WorkingGroup { Name = "Groupe logement", Slug = "groupe-logement", Axes = [otherAxis] };
        var otherCtg = new Convention
        {
            Slug = "ctg-b", Name = "CTG B", Epci = "EPCI B", Department = "06", PeriodStart = new(2024, 1, 1), PeriodEnd = new(2028, 12, 31),
            Axes = [otherAxis], WorkingGroups = [otherGroup], Partners = [new() { Partner = other, Since = new(2024, 1, 1) }],
        };
        db.Conventions.AddRange(ctg, otherCtg);
        await db.SaveChangesAsync();

        var at = new DateTimeOffset(2026, 3, 2, 14, 0, 0, TimeSpan.Zero);
        var meeting = new Meeting { ConventionId = ctg.Id, Kind = MeetingKind.ComiteDePilotage, Title = "Copil", StartsAt = at, EndsAt = at.AddHours(2), Place = "Mairie" };
        var otherMeeting = new Meeting { ConventionId = otherCtg.Id, Kind = MeetingKind.ComiteDePilotage, Title = "Copil B", StartsAt = at, EndsAt = at.AddHours(2), Place = "Mairie" };
        var action = new PlanAction { ConventionId = ctg.Id, Number = 1, Title = "Relais petite enfance", AxisId = axisA.Id, UpdatedAt = at };
        var otherAction = new PlanAction { ConventionId = otherCtg.Id, Number = 1, Title = "Logement des jeunes", AxisId = otherAxis.Id, UpdatedAt = at };
        db.Meetings.AddRange(meeting, otherMeeting);
        db.PlanActions.AddRange(action, otherAction);
        var routing = new global::Ctg.Participation.Routing.Routing { ConventionId = ctg.Id, ContributionKind = global::Ctg.Participation.Routing.ContributionKind.Proposal, ContributionId = 1, WorkingGroupId = group.Id, RoutedAt = at };
        var otherRouting = new global::Ctg.Participation.Routing.Routing { ConventionId = otherCtg.Id, ContributionKind = global::Ctg.Participation.Routing.ContributionKind.Proposal, ContributionId = 2, WorkingGroupId = otherGroup.Id, RoutedAt = at };
        db.Routings.AddRange(routing, otherRouting);
        await db.SaveChangesAsync();
        await new CooperationNatures(db).EnsureDefaultsAsync("06");
        return new CooperationWorld(ctg.Id, otherCtg.Id, axisA.Id, axisB.Id, communeA.Id, communeB.Id, p1.Id, p2.Id, p3.Id, other.Id,
            meeting.Id, otherMeeting.Id, action.Id, otherAction.Id, routing.Id, otherRouting.Id, user.Id);
    }

    public static async Task<int> NatureAsync(PortalDbContext db, CooperationKind kind, string label) =>
        await db.Set<CooperationNature>().Where(n => n.Department == "06" && n.Kind == kind && n.Label == label).Select(n => n.Id).SingleAsync();

    /// <summary>The cooperation services on the test database; documents go to a fresh temporary folder.</summary>
    public static (CooperationJournal Journal, SharedDiagnostics Diagnostics, PolicySchemes Schemes, DocumentStore Documents) Services(IServiceProvider sp, TimeProvider clock)
    {
        var db = sp.GetRequiredService<PortalDbContext>();
        var access = sp.GetRequiredService<ConventionAccess>();
        var documents = new DocumentStore(Options.Create(new CooperationOptions { DocumentDirectory = Path.Combine(Path.GetTempPath(), "ctg-coop-" + Guid.NewGuid().ToString("N")) }));
        return (new CooperationJournal(db, access, new CooperationNatures(db), documents, clock),
            new SharedDiagnostics(db, access, new PortalHtmlSanitizer(), documents, clock), new PolicySchemes(db, access), documents);
    }
}
