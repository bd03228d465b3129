using Ctg.Participation.Demo;
using Ctg.Participation.DepartmentNetwork;

namespace Ctg.Participation.Bench.Seeding.Parts;

/// <summary>
/// The réseau départemental: shared supports (about two per CTG and year, from one of its coordinators, a small real
/// PDF) and the network's events (four rencontres and two formations a year) with registrations of about half the
/// coordinators and recorded attendance for past ones, so the 3.2 figures of every CTG have something to count.
/// </summary>
public sealed class DepartmentNetworkPart : ISeedPart
{
    public string Name => "Réseau départemental";

    public string Run(SeedContext context)
    {
        var world = context.World;
        var options = context.Options;
        var random = context.Random;
        var file = DemoFiles.Pdf("Support commun du reseau departemental");
        var kinds = SupportKinds.All;
        var supports = 0;
        foreach (var ctg in world.Ctgs.Where(c => c.Coordinators.Count > 0))
        {
            var count = (int)Math.Round((options.Until - options.Since).TotalDays / 365.25 * (1 + random.NextDouble() * 2));
            for (var k = 0; k < count; k++)
            {
                var author = context.Pick(ctg.Coordinators);
                var axis = context.Pick(ctg.Axes);
                var kind = context.Pick(kinds);
                context.Insert(new SharedSupport
                {
                    Id = ++supports, Title = $"{kind.Label()} : {axis.Name} ({ctg.Name})", Kind = kind, OriginConventionId = ctg.Id,
                    Axes = SharedSupport.AxisSeparator + axis.Name + SharedSupport.AxisSeparator, FileName = $"support-{supports}.pdf", FileType = SupportFileType.Pdf,
                    FileSize = file.Length, UploadedById = world.Coordinators[author], UploadedByName = world.CoordinatorNames[author],
                    CreatedAt = context.Between(options.Since, options.Until),
                });
                context.Insert(new SharedSupportFile { SupportId = supports, Content = file });
            }
        }

        var events = 0;
        var registrations = 0;
        for (var month = options.Since; month < options.Until.AddMonths(3); month = month.AddMonths(2))
        {
            var kind = events % 3 == 2 ? NetworkEventKind.Formation : NetworkEventKind.Rencontre;
            var startsAt = new DateTimeOffset(month.Year, month.Month, 10 + random.Next(15), 8, 30, 0, TimeSpan.Zero);
            context.Insert(new NetworkEvent
            {
                Id = ++events, Kind = kind, Title = kind == NetworkEventKind.Formation ? "Formation départementale des coopérateurs" : "Rencontre départementale des chargés de coopération",
                StartsAt = startsAt, Place = "Caf, Nice", Description = "Temps de partage et de régulation entre coopérateurs.", CreatedAt = startsAt.AddDays(-45),
            });
            var past = startsAt < options.Until;
            for (var c = 0; c < world.Coordinators.Count; c++)
            {
                if (random.NextDouble() >= 0.5) continue;
                registrations++;
                context.Insert(new NetworkEventRegistration
                {
                    EventId = events, UserId = world.Coordinators[c], RegisteredAt = startsAt.AddDays(-20),
                    Attended = past ? random.NextDouble() < 0.85 : null, AttendanceRecordedAt = past ? startsAt.AddDays(1) : null,
                });
            }
        }
        return $"{supports} supports, {events} events, {registrations} registrations";
    }
}
