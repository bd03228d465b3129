using Ctg.Participation.Accounts;
using Ctg.Participation.Cooperation.Journal;
using Ctg.Participation.Data;
using Ctg.Participation.Demo;
using Ctg.Participation.DepartmentNetwork;
using Ctg.Participation.Indicators;
using Ctg.Participation.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Tests.DepartmentNetwork;

/// <summary>
/// The library, the events and their two 3.2 figures on the demo department (clock: 23 November 2026). The demo's own
/// supports and events are removed first, so every count is the test's.
/// </summary>
public sealed class DepartmentNetworkTests
{
    private static readonly IndicatorScope Year2026Alpes = new(0, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));

    private sealed record World(TestDatabase Database, int Alpes, int Grasse, NetworkActor AlpesCoordinator, NetworkActor GrasseCoordinator,
        NetworkActor Advisor, NetworkActor Resident) : IAsyncDisposable
    {
        public IndicatorScope Scope(int? ctg) => Year2026Alpes with { ConventionId = ctg };
        public ValueTask DisposeAsync() => Database.DisposeAsync();
    }

    private static async Task<World> WorldAsync()
    {
        var database = await TestDatabase.CreateAsync();
        return await database.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<PortalDbContext>();
            await db.SharedSupports.ExecuteDeleteAsync();
            await db.NetworkEvents.ExecuteDeleteAsync();
            async Task<string> User(string email) => await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            return new World(database,
                await db.Conventions.Where(c => c.Slug == "alpes-d-azur").Select(c => c.Id).SingleAsync(),
                await db.Conventions.Where(c => c.Slug == "pays-de-grasse").Select(c => c.Id).SingleAsync(),
                new(await User("coordination.alpes-d-azur@ctg-demo.test"), [PortalRoles.Coordinator]),
                new(await User("coordination.pays-de-grasse@ctg-demo.test"), [PortalRoles.Coordinator]),
                new(await User("conseiller.caf@ctg-demo.test"), [PortalRoles.CafAdvisor]),
                new(await User("membre.reseau@ctg-demo.test"), [PortalRoles.Resident]));
        });
    }

    private static Task<SupportLibrary.Outcome> ShareAsync(World w, NetworkActor actor, int? ctg, SupportKind kind = SupportKind.Information,
        string file = "support.pdf", byte[]? content = null, params string[] axes) =>
        w.Database.RunAsync(sp =>
        {
            var bytes = content ?? DemoFiles.Pdf("Support");
            return new SupportLibrary(sp.GetRequiredService<PortalDbContext>(), w.Database.Clock)
                .ShareAsync(actor, new SupportLibrary.Upload("Support du réseau", kind, ctg, axes, file, new MemoryStream(bytes), bytes.Length));
        });

    private static Task<IndicatorValue> ComputeAsync<T>(World w, IndicatorScope scope) where T : IIndicator =>
        w.Database.RunAsync(sp => ActivatorUtilities.CreateInstance<T>(sp).ComputeAsync(scope));

    private static Task<int> CountAsync(World w) => w.Database.RunAsync(sp => sp.GetRequiredService<PortalDbContext>().SharedSupportFiles.CountAsync());

    [Fact]
    public async Task A_coordinator_shares_for_their_own_ctg_only_and_a_resident_not_at_all()
    {
        await using var w = await WorldAsync();

        Assert.NotNull((await ShareAsync(w, w.AlpesCoordinator, w.Alpes)).Id);
        Assert.Contains("une de vos CTG", (await ShareAsync(w, w.AlpesCoordinator, w.Grasse)).Errors["OriginConventionId"]);
        Assert.Contains("Choisissez la CTG", (await ShareAsync(w, w.AlpesCoordinator, null)).Errors["OriginConventionId"]);
        Assert.NotEmpty((await ShareAsync(w, w.Resident, w.Alpes)).Errors);
        Assert.NotNull((await ShareAsync(w, w.Advisor, null)).Id);
        Assert.NotNull((await ShareAsync(w, w.Advisor, w.Grasse)).Id);
        Assert.Equal(3, await CountAsync(w));
    }

    [Fact]
    public async Task A_renamed_file_or_an_unknown_axis_stores_nothing_and_a_good_file_downloads_as_sent()
    {
        await using var w = await WorldAsync();
        var png = DemoFiles.Png();

        var renamed = await ShareAsync(w, w.AlpesCoordinator, w.Alpes, file: "bilan.pdf", content: png);
        Assert.Contains("n'est pas un vrai fichier PDF", renamed.Errors["File"]);
        Assert.Contains("dans la liste", (await ShareAsync(w, w.AlpesCoordinator, w.Alpes, axes: "Axe inventé")).Errors["Axes"]);
        Assert.Equal(0, await CountAsync(w));

        var shared = await ShareAsync(w, w.AlpesCoordinator, w.Alpes, file: @"C:\dossier\Infographie.PNG", content: png, axes: "Parentalité");
        var download = await w.Database.RunAsync(sp => new SupportLibrary(sp.GetRequiredService<PortalDbContext>(), w.Database.Clock).OpenAsync(shared.Id!.Value));
        Assert.Equal(png, download!.Content);
        Assert.Equal("image/png", download.ContentType);
        Assert.Equal("Infographie.png", download.FileName);
        var listed = await w.Database.RunAsync(sp => new SupportLibrary(sp.GetRequiredService<PortalDbContext>(), w.Database.Clock)
            .ListAsync(new SupportLibrary.Filter(Axis: "Parentalité")));
        Assert.Equal(["Parentalité"], Assert.Single(listed).Axes);
    }

    [Fact]
    public async Task Supports_count_for_their_ctg_of_origin_in_the_period_by_type()
    {
        await using var w = await WorldAsync();
        // The demo journal already holds « support commun du réseau » entries, which count on the same line.
        var before = await ComputeAsync<NetworkSupportsIndicator>(w, w.Scope(w.Alpes));
        var departmentBefore = (await ComputeAsync<NetworkSupportsIndicator>(w, w.Scope(null))).Value;
        await ShareAsync(w, w.AlpesCoordinator, w.Alpes, SupportKind.Pilotage, axes: "Parentalité");
        await ShareAsync(w, w.AlpesCoordinator, w.Alpes, SupportKind.Pilotage);
        await ShareAsync(w, w.AlpesCoordinator, w.Alpes, SupportKind.Methode);
        await ShareAsync(w, w.GrasseCoordinator, w.Grasse, SupportKind.Information);
        await ShareAsync(w, w.Advisor, null, SupportKind.Information);

        var alpes = await ComputeAsync<NetworkSupportsIndicator>(w, w.Scope(w.Alpes));
        Assert.Equal(before.Value + 3m, alpes.Value);
        Assert.Equal([("Outil de pilotage ou de suivi", 2m), ("Méthode, trame ou guide", 1m)],
            alpes.Breakdown!.Except(before.Breakdown!).Select(b => (b.Nature, b.Count)));
        Assert.Equal(departmentBefore + 5m, (await ComputeAsync<NetworkSupportsIndicator>(w, w.Scope(null))).Value);
        Assert.Equal(0m, (await ComputeAsync<NetworkSupportsIndicator>(w, w.Scope(w.Alpes) with { From = new(2019, 1, 1), To = new(2019, 12, 31) })).Value);
        var parenting = await w.Database.RunAsync(sp => sp.GetRequiredService<PortalDbContext>().Axes
            .Where(a => a.ConventionId == w.Alpes && a.Name == "Parentalité").Select(a => a.Id).SingleAsync());
        // The demo journal's entries on the axis count too: the library adds one support tagged « Parentalité ».
        var journalOnAxis = await w.Database.RunAsync(sp => sp.GetRequiredService<PortalDbContext>().Set<CooperationEntry>()
            .CountAsync(e => e.ConventionId == w.Alpes && e.Kind == CooperationKind.SupportReseau && e.Date.Year == 2026 && e.Axes.Any(a => a.AxisId == parenting)));
        Assert.Equal(journalOnAxis + 1m, (await ComputeAsync<NetworkSupportsIndicator>(w, w.Scope(w.Alpes) with { AxisId = parenting })).Value);
        Assert.Equal("T2-3.2-b", new NetworkSupportsIndicator(null!).Definition.ReferentialLine);
    }

    [Fact]
    public async Task The_journals_network_supports_add_to_the_librarys_on_the_one_value_of_line_3_2_b()
    {
        await using var w = await WorldAsync();
        var before = await ComputeAsync<NetworkSupportsIndicator>(w, w.Scope(w.Alpes));
        int Count(IndicatorValue value, string nature) => (int)(value.Breakdown!.FirstOrDefault(b => b.Nature == nature)?.Count ?? 0);
        await ShareAsync(w, w.AlpesCoordinator, w.Alpes, SupportKind.Pilotage);
        await w.Database.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<PortalDbContext>();
            var nature = await db.Set<CooperationNature>().FirstOrDefaultAsync(n => n.Department == "06" && n.Kind == CooperationKind.SupportReseau && n.Label == "Fiche outil");
            if (nature is null)
            {
                nature = new CooperationNature { Department = "06", Kind = CooperationKind.SupportReseau, Label = "Fiche outil" };
                db.Add(nature);
                await db.SaveChangesAsync();
            }
            foreach (var (ctg, date) in new[] { (w.Alpes, new DateOnly(2026, 3, 2)), (w.Alpes, new DateOnly(2026, 6, 1)), (w.Alpes, new DateOnly(2025, 6, 1)), (w.Grasse, new DateOnly(2026, 6, 1)) })
            {
                db.Add(new CooperationEntry { ConventionId = ctg, Kind = CooperationKind.SupportReseau, NatureId = nature.Id, Date = date, CreatedAt = DateTimeOffset.UnixEpoch });
            }
            await db.SaveChangesAsync();
        });

        var alpes = await ComputeAsync<NetworkSupportsIndicator>(w, w.Scope(w.Alpes));
        Assert.Equal(before.Value + 3m, alpes.Value);
        Assert.Equal(Count(before, "Fiche outil") + 2, Count(alpes, "Fiche outil"));
        Assert.Equal(Count(before, "Outil de pilotage ou de suivi") + 1, Count(alpes, "Outil de pilotage ou de suivi"));
        // One indicator on the line: the journal no longer counts it apart.
        var onLine = typeof(NetworkSupportsIndicator).Assembly.GetTypes()
            .Where(t => typeof(IIndicator).IsAssignableFrom(t) && !t.IsAbstract && t.GetConstructor([typeof(PortalDbContext)]) is not null)
            .Select(t => (IIndicator)Activator.CreateInstance(t, new object?[] { null })!)
            .Where(i => i.Definition.ReferentialLine == "T2-3.2-b").Select(i => i.Definition.Code);
        Assert.Equal(["reseau-supports-communs"], onLine);
    }

    [Fact]
    public async Task Events_are_organised_by_the_caf_coordinators_register_and_attendance_is_recorded_once_started()
    {
        await using var w = await WorldAsync();
        NetworkEvents Events(IServiceProvider sp) => new(sp.GetRequiredService<PortalDbContext>(), w.Database.Clock);
        var draft = new NetworkEvents.Draft(NetworkEventKind.Rencontre, "Rencontre des coopérateurs", new DateOnly(2026, 12, 3), new TimeOnly(9, 30), "Nice", "Ordre du jour");

        Assert.NotEmpty((await w.Database.RunAsync(sp => Events(sp).CreateAsync(w.AlpesCoordinator, draft))).Errors);
        Assert.Contains("titre", (await w.Database.RunAsync(sp => Events(sp).CreateAsync(w.Advisor, draft with { Title = "ab" }))).Errors["Title"]);
        var id = (await w.Database.RunAsync(sp => Events(sp).CreateAsync(w.Advisor, draft))).Id!.Value;

        Assert.Null(await w.Database.RunAsync(sp => Events(sp).RegisterAsync(w.AlpesCoordinator, id)));
        Assert.Null(await w.Database.RunAsync(sp => Events(sp).RegisterAsync(w.AlpesCoordinator, id)));
        Assert.Null(await w.Database.RunAsync(sp => Events(sp).RegisterAsync(w.GrasseCoordinator, id)));
        Assert.Contains("réservée aux chargés", await w.Database.RunAsync(sp => Events(sp).RegisterAsync(w.Resident, id)));
        Assert.Contains("une fois", await w.Database.RunAsync(sp => Events(sp).RecordAttendanceAsync(w.Advisor, id, [w.AlpesCoordinator.UserId])));

        w.Database.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 3, 12, 0, 0, TimeSpan.Zero));
        Assert.Contains("déjà commencé", await w.Database.RunAsync(sp => Events(sp).WithdrawAsync(w.GrasseCoordinator, id)));
        Assert.Contains("Seuls la Caf", await w.Database.RunAsync(sp => Events(sp).RecordAttendanceAsync(w.AlpesCoordinator, id, [w.AlpesCoordinator.UserId])));
        Assert.Contains("inscrites", await w.Database.RunAsync(sp => Events(sp).RecordAttendanceAsync(w.Advisor, id, [w.Resident.UserId])));
        Assert.Null(await w.Database.RunAsync(sp => Events(sp).RecordAttendanceAsync(w.Advisor, id, [w.AlpesCoordinator.UserId])));

        var detail = await w.Database.RunAsync(sp => Events(sp).FindAsync(id, w.Advisor.UserId));
        Assert.Equal(2, detail!.Participants.Count);
        Assert.True(detail.Participants.Single(p => p.UserId == w.AlpesCoordinator.UserId).Attended);
        Assert.False(detail.Participants.Single(p => p.UserId == w.GrasseCoordinator.UserId).Attended);
    }

    [Fact]
    public async Task Sharing_times_count_events_of_the_period_attended_by_a_coordinator_of_the_ctg_by_kind()
    {
        await using var w = await WorldAsync();
        await w.Database.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<PortalDbContext>();
            NetworkEvent Event(NetworkEventKind kind, DateTimeOffset at, params (string User, bool? Attended)[] people) => new()
            {
                Kind = kind, Title = "Temps du réseau", Place = "Nice", StartsAt = at, CreatedAt = at,
                Registrations = people.Select(p => new NetworkEventRegistration { UserId = p.User, RegisteredAt = at, Attended = p.Attended }).ToList(),
            };
            var march = new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);
            db.NetworkEvents.AddRange(
                Event(NetworkEventKind.Rencontre, march, (w.AlpesCoordinator.UserId, true), (w.GrasseCoordinator.UserId, true)),
                Event(NetworkEventKind.Formation, march.AddMonths(2), (w.AlpesCoordinator.UserId, true)),
                Event(NetworkEventKind.Formation, march.AddMonths(3), (w.AlpesCoordinator.UserId, false), (w.GrasseCoordinator.UserId, true)),
                Event(NetworkEventKind.Rencontre, march.AddMonths(4), (w.AlpesCoordinator.UserId, null)),
                Event(NetworkEventKind.Rencontre, march.AddYears(-1), (w.AlpesCoordinator.UserId, true)));
            await db.SaveChangesAsync();
        });

        var alpes = await ComputeAsync<SharingTimesIndicator>(w, w.Scope(w.Alpes));
        Assert.Equal(2m, alpes.Value);
        Assert.Equal(["Formation", "Rencontre"], alpes.Breakdown!.Select(b => b.Nature).Order());
        Assert.Equal(2m, (await ComputeAsync<SharingTimesIndicator>(w, w.Scope(w.Grasse))).Value);
        Assert.Equal(3m, (await ComputeAsync<SharingTimesIndicator>(w, w.Scope(null))).Value);
    }
}
