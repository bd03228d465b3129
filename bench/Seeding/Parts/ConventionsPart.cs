using System.Globalization;
using Ctg.Participation.Conventions;

namespace Ctg.Participation.Bench.Seeding.Parts;

/// <summary>The CTGs of the department with their communes, axes, working groups (linked to axes) and thematic networks.</summary>
public sealed class ConventionsPart : ISeedPart
{
    public string Name => "Conventions";

    public string Run(SeedContext context)
    {
        var world = context.World;
        var random = context.Random;
        int municipalityId = 0, axisId = 0, groupId = 0, networkId = 0, insee = 0;
        for (var c = 0; c < context.Options.Ctgs; c++)
        {
            var template = Department.Ctgs[c % Department.Ctgs.Length];
            var round = c / Department.Ctgs.Length;
            var suffix = round == 0 ? "" : "-" + (round + 1).ToString(CultureInfo.InvariantCulture);
            var start = new DateOnly(2022 + random.Next(3), 1 + random.Next(12), 1);
            var ctg = new CtgSeed { Id = c + 1, Slug = template.Slug + suffix, Name = template.Name + (round == 0 ? "" : $" ({round + 1})") };
            context.Insert(new Convention
            {
                Id = ctg.Id, Slug = ctg.Slug, Name = ctg.Name, Epci = template.Epci,
                EpciSiren = (200_000_000 + random.Next(99_999_999)).ToString(CultureInfo.InvariantCulture), Department = "06",
                PeriodStart = start, PeriodEnd = start.AddYears(5).AddDays(-1), Status = ConventionStatus.Signee,
                Summary = $"Projet social de territoire de {template.Epci} : petite enfance, jeunesse, parentalité, animation de la vie sociale, logement et accès aux droits.",
            });
            foreach (var (name, population) in template.Communes)
            {
                var code = "06" + (++insee).ToString("D3", CultureInfo.InvariantCulture);
                var m = new Municipality { Id = ++municipalityId, InseeCode = code, Name = name + suffix, Population = population, ConventionId = ctg.Id };
                context.Insert(m);
                ctg.Municipalities.Add((m.Id, code, m.Name, population));
            }

            var axes = Department.CoreAxes.Concat(Department.ExtraAxes.Where(_ => random.NextDouble() < 0.3)).ToList();
            for (var position = 0; position < axes.Count; position++)
            {
                var (slug, name) = axes[position];
                context.Insert(new Axis { Id = ++axisId, ConventionId = ctg.Id, Slug = slug, Name = name, Position = position + 1 });
                ctg.Axes.Add((axisId, slug, name));
            }

            // One working group per axis, and a commission or two across axes.
            foreach (var axis in ctg.Axes)
            {
                context.Insert(new WorkingGroup
                {
                    Id = ++groupId, ConventionId = ctg.Id, Name = "Groupe de travail " + axis.Name.ToLower(CultureInfo.GetCultureInfo("fr-FR")),
                    Slug = "gt-" + axis.Slug, Kind = WorkingGroupKind.GroupeDeTravail,
                    Description = $"Suit les fiches actions « {axis.Name} » de la CTG.",
                });
                context.InsertShared("WorkingGroupAxes", new() { ["AxesId"] = axis.Id, ["WorkingGroupsId"] = groupId });
                ctg.WorkingGroups.Add(groupId);
            }
            var commissions = 1 + random.Next(2);
            for (var i = 1; i <= commissions; i++)
            {
                context.Insert(new WorkingGroup
                {
                    Id = ++groupId, ConventionId = ctg.Id, Name = i == 1 ? "Commission familles" : "Commission jeunesse et territoires",
                    Slug = "commission-" + i.ToString(CultureInfo.InvariantCulture), Kind = WorkingGroupKind.CommissionThematique,
                });
                ctg.WorkingGroups.Add(groupId);
                ctg.Commissions.Add(groupId);
            }

            // Thematic networks on three to five of the axes (they own the live walls).
            foreach (var axis in ctg.Axes.Take(3 + random.Next(3)))
            {
                context.Insert(new ThematicNetwork
                {
                    Id = ++networkId, ConventionId = ctg.Id, Name = "Réseau " + axis.Name.ToLower(CultureInfo.GetCultureInfo("fr-FR")),
                    Slug = "reseau-" + axis.Slug, AxisId = axis.Id, Description = "Professionnels et partenaires du territoire.",
                });
                ctg.Networks.Add((networkId, "reseau-" + axis.Slug, axis.Id));
            }
            world.Ctgs.Add(ctg);
        }
        return $"{world.Ctgs.Count} CTGs, {municipalityId} communes, {axisId} axes, {groupId} working groups, {networkId} networks";
    }
}
