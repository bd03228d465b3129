using Ctg.Participation.Data;
using Ctg.Participation.DepartmentNetwork;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Demo;

/// <summary>
/// The department network's demo: four shared supports (real small PDF and PNG files) from two CTGs and the Caf, a
/// past rencontre attended by both demo coordinators and an upcoming formation. Added once (when the library is empty).
/// </summary>
public static class DemoDepartmentNetwork
{
    public static async Task SeedAsync(PortalDbContext db, TimeProvider clock, CancellationToken ct = default)
    {
        if (await db.SharedSupports.AnyAsync(ct) || await db.NetworkEvents.AnyAsync(ct)) return;
        var ctgs = await db.Conventions.Where(c => c.Slug == "alpes-d-azur" || c.Slug == "pays-de-grasse").ToDictionaryAsync(c => c.Slug, c => c.Id, ct);
        var coordinators = await db.Users.Where(u => u.Email!.StartsWith("coordination.") && u.Email.EndsWith("@ctg-demo.test"))
            .Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct);
        var advisor = await db.Users.Where(u => u.Email == "conseiller.caf@ctg-demo.test").Select(u => new { u.Id, u.DisplayName }).FirstOrDefaultAsync(ct);
        if (ctgs.Count < 2 || coordinators.Count == 0 || advisor is null) return;
        var now = clock.GetUtcNow();
        var alpes = coordinators.FirstOrDefault(c => c.DisplayName.Contains("Alpes", StringComparison.Ordinal)) ?? coordinators[0];
        var grasse = coordinators.FirstOrDefault(c => c.DisplayName.Contains("Grasse", StringComparison.Ordinal)) ?? coordinators[0];

        (string Title, SupportKind Kind, string? Ctg, string[] Axes, string File, byte[] Content, string By, string ByName, int DaysAgo)[] supports =
        [
            ("Trame commune du bilan annuel du chargé de coopération", SupportKind.Methode, "alpes-d-azur", [], "trame-bilan-annuel.pdf",
                DemoFiles.Pdf("Trame commune du bilan annuel"), alpes.Id, alpes.DisplayName, 40),
            ("Répertoire des acteurs ressources en parentalité", SupportKind.ActeursRessources, "pays-de-grasse", ["Parentalité"], "acteurs-parentalite.pdf",
                DemoFiles.Pdf("Repertoire des acteurs ressources en parentalite"), grasse.Id, grasse.DisplayName, 25),
            ("Infographie : la CTG en un coup d'œil", SupportKind.Communication, "alpes-d-azur", ["Petite enfance", "Enfance-jeunesse"], "ctg-en-un-coup-d-oeil.png",
                DemoFiles.Png(), alpes.Id, alpes.DisplayName, 12),
            ("Tableau de bord départemental des indicateurs du référentiel", SupportKind.Pilotage, null, [], "tableau-de-bord-referentiel.pdf",
                DemoFiles.Pdf("Tableau de bord des indicateurs du referentiel"), advisor.Id, advisor.DisplayName, 5),
        ];
        foreach (var s in supports)
        {
            var type = SupportFileCheck.Check(s.File, s.Content).Type ?? throw new InvalidOperationException($"Demo file {s.File} is not valid.");
            var support = new SharedSupport
            {
                Title = s.Title, Kind = s.Kind, OriginConventionId = s.Ctg is null ? null : ctgs[s.Ctg],
                Axes = s.Axes.Length == 0 ? "" : SharedSupport.AxisSeparator + string.Join(SharedSupport.AxisSeparator, s.Axes) + SharedSupport.AxisSeparator,
                FileName = s.File, FileType = type, FileSize = s.Content.Length, UploadedById = s.By, UploadedByName = s.ByName, CreatedAt = now.AddDays(-s.DaysAgo),
            };
            db.SharedSupports.Add(support);
            await db.SaveChangesAsync(ct);
            db.SharedSupportFiles.Add(new SharedSupportFile { SupportId = support.Id, Content = s.Content });
        }

        var meeting = new NetworkEvent
        {
            Kind = NetworkEventKind.Rencontre, Title = "Rencontre départementale des chargés de coopération", StartsAt = Morning(now.AddDays(-30)),
            Place = "Caf des Alpes-Maritimes, Nice", CreatedById = advisor.Id, CreatedAt = now.AddDays(-60),
            Description = "Temps de partage et de régulation entre coopérateurs : retours sur les bilans annuels, échanges de pratiques sur les groupes réseaux thématiques.",
        };
        foreach (var c in coordinators.DistinctBy(c => c.Id))
            meeting.Registrations.Add(new NetworkEventRegistration { UserId = c.Id, RegisteredAt = now.AddDays(-50), Attended = true, AttendanceRecordedAt = now.AddDays(-29) });
        var training = new NetworkEvent
        {
            Kind = NetworkEventKind.Formation, Title = "Formation : évaluer son activité avec le référentiel national", StartsAt = Morning(now.AddDays(20)),
            Place = "En visioconférence", CreatedById = advisor.Id, CreatedAt = now.AddDays(-3),
            Description = "Module collectif : les indicateurs de suivi et d'évaluation du Tableau 2, les baromètres et le bilan annuel à transmettre à la Caf.",
        };
        training.Registrations.Add(new NetworkEventRegistration { UserId = alpes.Id, RegisteredAt = now.AddDays(-2) });
        db.NetworkEvents.AddRange(meeting, training);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>8:30 UTC (9:30 or 10:30 in Nice) on that day.</summary>
    private static DateTimeOffset Morning(DateTimeOffset day) => new(day.UtcDateTime.Date.AddHours(8.5), TimeSpan.Zero);
}
