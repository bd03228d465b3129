using Ctg.Participation.ActionPlan;
using Ctg.Participation.Cooperation.Diagnostics;
using Ctg.Participation.Cooperation.Indicators;
using Ctg.Participation.Cooperation.Journal;
using Ctg.Participation.Cooperation.Schemes;
using Ctg.Participation.Data;
using Ctg.Participation.Indicators;
using Ctg.Participation.Referential;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Tests.Cooperation;

/// <summary>One test per Tableau 2 / Fiche 17 indicator the cooperation feature adds, on hand-made data that exercises it.</summary>
public sealed class CooperationIndicatorsTests
{
    private static IndicatorScope Year(int ctg, int? axis = null, int? commune = null) => new(ctg, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), axis, commune);

    private static CooperationEntry Entry(int ctg, CooperationKind kind, int nature, DateOnly date, int? axis = null, int? commune = null, params int[] partners) => new()
    {
        ConventionId = ctg, Kind = kind, NatureId = nature, Date = date, CreatedAt = DateTimeOffset.UnixEpoch,
        Axes = axis is { } a ? [new CooperationEntryAxis { AxisId = a }] : [],
        Municipalities = commune is { } c ? [new CooperationEntryMunicipality { MunicipalityId = c }] : [],
        Partners = partners.Select(p => new CooperationEntryPartner { PartnerId = p }).ToList(),
    };

    private static async Task<IndicatorValue> ComputeAsync(Tests.Support.TestDatabase database, Type indicator, IndicatorScope scope) =>
        await database.RunAsync(async sp => await ((IIndicator)Activator.CreateInstance(indicator, sp.GetRequiredService<PortalDbContext>())!).ComputeAsync(scope));

    public static TheoryData<Type> JournalKindIndicators => new()
    {
        typeof(AdviceToElectedIndicator), typeof(ExpertisesIndicator), typeof(NewIssuesIndicator), typeof(WatchMeetingsIndicator), typeof(NewSubjectsIndicator),
        typeof(PolicyIssuesExplainedIndicator), typeof(ProjectsFacilitatedIndicator), typeof(CafPartnerRelaysIndicator), typeof(AdviceToPartnersIndicator),
        typeof(EngineeringIndicator), typeof(InformationSupportsIndicator),
    };

    [Theory]
    [MemberData(nameof(JournalKindIndicators))]
    public async Task A_journal_indicator_counts_its_kind_in_the_ctg_and_year_broken_down_by_nature(Type type)
    {
        var (database, w) = await CooperationWorld.CreateAsync();
        await using var _ = database;
        var kind = ((JournalKindIndicator)Activator.CreateInstance(type, new object?[] { null })!).Kind;
        var (first, second) = kind.DefaultNatures() is [var a, var b, ..] ? (a, b) : throw new InvalidOperationException();
        var otherKind = kind == CooperationKind.Expertise ? CooperationKind.Ingenierie : CooperationKind.Expertise;
        await database.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<PortalDbContext>();
            var n1 = await CooperationWorld.NatureAsync(db, kind, first);
            var n2 = await CooperationWorld.NatureAsync(db, kind, second);
            var other = await db.Set<CooperationNature>().Where(n => n.Kind == otherKind).Select(n => n.Id).FirstAsync();
            db.Set<CooperationEntry>().AddRange(
                Entry(w.Ctg, kind, n1, new(2026, 2, 1), w.AxisA, w.CommuneA),
                Entry(w.Ctg, kind, n1, new(2026, 5, 1), w.AxisB),
                Entry(w.Ctg, kind, n2, new(2026, 12, 31), w.AxisA, w.CommuneB),
                Entry(w.Ctg, kind, n1, new(2025, 12, 31), w.AxisA),
                Entry(w.Ctg, otherKind, other, new(2026, 3, 1), w.AxisA),
                Entry(w.OtherCtg, kind, n1, new(2026, 3, 1)));
            await db.SaveChangesAsync();
        });

        var all = await ComputeAsync(database, type, Year(w.Ctg));
        var onAxisA = await ComputeAsync(database, type, Year(w.Ctg, axis: w.AxisA));
        var inCommuneA = await ComputeAsync(database, type, Year(w.Ctg, commune: w.CommuneA));
        var department = await ComputeAsync(database, type, Year(w.Ctg) with { ConventionId = null });

        Assert.Equal(3, all.Value);
        Assert.Equal(new[] { new IndicatorBreakdown(first, 2), new IndicatorBreakdown(second, 1) }, all.Breakdown);
        Assert.Equal(2, onAxisA.Value);
        Assert.Equal(1, inCommuneA.Value);
        Assert.Equal(4, department.Value);
        var definition = ((IIndicator)Activator.CreateInstance(type, new object?[] { null })!).Definition;
        Assert.Equal(kind.LineCode(), definition.ReferentialLine);
        Assert.NotNull(Tableau2.FindLine(definition.ReferentialLine!));
    }

    [Fact]
    public async Task Partners_advised_count_each_partner_once_broken_down_by_partner_type()
    {
        var (database, w) = await CooperationWorld.CreateAsync();
        await using var _ = database;
        await database.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<PortalDbContext>();
            var n = await CooperationWorld.NatureAsync(db, CooperationKind.ConseilAppuiPartenaire, "Conseil méthodologique");
            var relay = await CooperationWorld.NatureAsync(db, CooperationKind.RelaisCafPartenaire, "Dossier de subvention");
            db.Set<CooperationEntry>().AddRange(
                Entry(w.Ctg, CooperationKind.ConseilAppuiPartenaire, n, new(2026, 2, 1), null, null, w.PartnerA1, w.PartnerA2),
                Entry(w.Ctg, CooperationKind.ConseilAppuiPartenaire, n, new(2026, 4, 1), null, null, w.PartnerA1, w.PartnerCommune),
                Entry(w.Ctg, CooperationKind.RelaisCafPartenaire, relay, new(2026, 4, 1), null, null, w.PartnerA1),
                Entry(w.OtherCtg, CooperationKind.ConseilAppuiPartenaire, n, new(2026, 4, 1), null, null, w.OtherPartner));
            await db.SaveChangesAsync();
        });

        var value = await ComputeAsync(database, typeof(PartnersAdvisedIndicator), Year(w.Ctg));

        Assert.Equal(3, value.Value);
        Assert.Equal(new[] { new IndicatorBreakdown("Association", 2), new IndicatorBreakdown("Commune", 1) }, value.Breakdown);
    }

    [Fact]
    public async Task Axes_followed_are_those_with_a_fiche_noted_or_measured_in_the_year()
    {
        var (database, w) = await CooperationWorld.CreateAsync();
        await using var _ = database;
        await database.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<PortalDbContext>();
            var second = new PlanAction { ConventionId = w.Ctg, Number = 2, Title = "Café des parents", AxisId = w.AxisB, UpdatedAt = DateTimeOffset.UnixEpoch };
            second.Indicators.Add(new PlanIndicator { Label = "Parents accueillis", Measurements = [new PlanMeasurement { MeasuredOn = new(2025, 6, 1), Value = 3 }] });
            var third = new PlanAction { ConventionId = w.Ctg, Number = 3, Title = "Relais itinérant", AxisId = w.AxisA, UpdatedAt = DateTimeOffset.UnixEpoch };
            third.Indicators.Add(new PlanIndicator { Label = "Permanences", Measurements = [new PlanMeasurement { MeasuredOn = new(2026, 9, 1), Value = 8 }] });
            db.PlanActions.AddRange(second, third);
            db.PlanActionNotes.Add(new PlanActionNote { ActionId = w.Action, WrittenOn = new(2026, 4, 1), Text = "Point d'étape", CreatedAt = DateTimeOffset.UnixEpoch });
            db.PlanActionNotes.Add(new PlanActionNote { ActionId = w.OtherAction, WrittenOn = new(2026, 4, 1), Text = "Ailleurs", CreatedAt = DateTimeOffset.UnixEpoch });
            await db.SaveChangesAsync();
        });

        var value = await ComputeAsync(database, typeof(AxesFollowedIndicator), Year(w.Ctg));
        var onAxisB = await ComputeAsync(database, typeof(AxesFollowedIndicator), Year(w.Ctg, axis: w.AxisB));

        Assert.Equal(1, value.Value);
        Assert.Equal(new[] { new IndicatorBreakdown("Petite enfance", 2) }, value.Breakdown);
        Assert.Equal(0, onAxisB.Value);
    }

    private static SharedDiagnostic Diagnostic(int ctg, DiagnosticStatus status, DateOnly started, DateOnly? validated, DiagnosticScope scope = DiagnosticScope.Thematique,
        params (int Partner, DiagnosticPartnerRole Role)[] partners) => new()
    {
        ConventionId = ctg, Title = "Diagnostic", Status = status, Scope = scope, StartedOn = started, ValidatedOn = validated,
        Partners = partners.Select(p => new DiagnosticPartner { PartnerId = p.Partner, Role = p.Role }).ToList(),
    };

    [Fact]
    public async Task Partners_associated_with_the_diagnostics_under_way_in_the_year_count_once()
    {
        var (database, w) = await CooperationWorld.CreateAsync();
        await using var _ = database;
        await database.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<PortalDbContext>();
            db.Set<SharedDiagnostic>().AddRange(
                Diagnostic(w.Ctg, DiagnosticStatus.ValideEnCopil, new(2025, 1, 1), new(2025, 6, 1), partners: (w.PartnerCommune, DiagnosticPartnerRole.Contributeur)),
                Diagnostic(w.Ctg, DiagnosticStatus.EnCours, new(2026, 2, 1), null, partners: [(w.PartnerA1, DiagnosticPartnerRole.Contributeur), (w.PartnerA2, DiagnosticPartnerRole.Relecteur)]),
                Diagnostic(w.Ctg, DiagnosticStatus.ValideEnCopil, new(2025, 9, 1), new(2026, 3, 1), partners: (w.PartnerA1, DiagnosticPartnerRole.FournisseurDeDonnees)),
                Diagnostic(w.OtherCtg, DiagnosticStatus.EnCours, new(2026, 2, 1), null, partners: (w.OtherPartner, DiagnosticPartnerRole.Contributeur)));
            await db.SaveChangesAsync();
        });

        var value = await ComputeAsync(database, typeof(DiagnosticPartnersIndicator), Year(w.Ctg));

        Assert.Equal(2, value.Value);
        Assert.Equal(3, value.Breakdown!.Sum(b => b.Count));
    }

    [Fact]
    public async Task Diagnostics_produced_count_the_validations_of_the_year_and_the_follow_up_tools_first_measured_in_it()
    {
        var (database, w) = await CooperationWorld.CreateAsync();
        await using var _ = database;
        await database.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<PortalDbContext>();
            db.Set<SharedDiagnostic>().AddRange(
                Diagnostic(w.Ctg, DiagnosticStatus.ValideEnCopil, new(2025, 1, 1), new(2025, 6, 1)),
                Diagnostic(w.Ctg, DiagnosticStatus.ValideEnCopil, new(2026, 1, 5), new(2026, 5, 1), DiagnosticScope.Territorial),
                Diagnostic(w.Ctg, DiagnosticStatus.EnCours, new(2026, 1, 5), null),
                Diagnostic(w.OtherCtg, DiagnosticStatus.ValideEnCopil, new(2026, 1, 5), new(2026, 5, 1)));
            db.PlanIndicators.AddRange(
                new PlanIndicator { ActionId = w.Action, Label = "Nouveau", Measurements = [new PlanMeasurement { MeasuredOn = new(2026, 3, 1), Value = 1 }] },
                new PlanIndicator { ActionId = w.Action, Label = "Ancien", Measurements = [new PlanMeasurement { MeasuredOn = new(2025, 3, 1), Value = 1 }, new PlanMeasurement { MeasuredOn = new(2026, 3, 1), Value = 2 }] },
                new PlanIndicator { ActionId = w.OtherAction, Label = "Ailleurs", Measurements = [new PlanMeasurement { MeasuredOn = new(2026, 3, 1), Value = 1 }] });
            await db.SaveChangesAsync();
        });

        var value = await ComputeAsync(database, typeof(DiagnosticsProducedIndicator), Year(w.Ctg));

        Assert.Equal(2, value.Value);
        Assert.Equal(new[] { new IndicatorBreakdown("Diagnostic territorial", 1), new IndicatorBreakdown(DiagnosticsProducedIndicator.FollowUpTool, 1) }, value.Breakdown);
    }

    [Fact]
    public async Task Scheme_articulation_counts_the_fiches_under_way_that_serve_two_schemes_or_more()
    {
        var (database, w) = await CooperationWorld.CreateAsync();
        await using var _ = database;
        await database.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<PortalDbContext>();
            var schemes = Enumerable.Range(1, 3).Select(i => new PolicyScheme { Department = "06", Name = $"Dispositif {i}" }).ToList();
            db.Set<PolicyScheme>().AddRange(schemes);
            var single = new PlanAction { ConventionId = w.Ctg, Number = 2, Title = "Une seule", AxisId = w.AxisA, UpdatedAt = DateTimeOffset.UnixEpoch };
            var abandoned = new PlanAction { ConventionId = w.Ctg, Number = 3, Title = "Abandonnée", AxisId = w.AxisA, Status = PlanActionStatus.Abandoned, UpdatedAt = DateTimeOffset.UnixEpoch };
            db.PlanActions.AddRange(single, abandoned);
            await db.SaveChangesAsync();
            void Tag(int action, params PolicyScheme[] tags) => db.Set<PlanActionScheme>().AddRange(tags.Select(s => new PlanActionScheme { ActionId = action, SchemeId = s.Id }));
            Tag(w.Action, schemes[0], schemes[1]);
            Tag(single.Id, schemes[2]);
            Tag(abandoned.Id, schemes[0], schemes[2]);
            Tag(w.OtherAction, schemes[0], schemes[1]);
            await db.SaveChangesAsync();
        });

        var value = await ComputeAsync(database, typeof(SchemeArticulationIndicator), Year(w.Ctg));

        Assert.Equal(1, value.Value);
        Assert.Equal("1 sur 2 fiches en cours", value.Detail);
    }
}
