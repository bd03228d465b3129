using System.Globalization;
using Ctg.Participation.Walls;

namespace Ctg.Participation.Bench.Seeding.Parts;

/// <summary>
/// Live walls of the thematic networks (the first CTG's networks first, where the benchmark coordinator is a member):
/// four columns each, cards spread unevenly (at most <see cref="WallLimits.CardsPerWall"/> per wall) with ordered keys.
/// </summary>
public sealed class WallsPart : ISeedPart
{
    public string Name => "Walls";

    public string Run(SeedContext context)
    {
        var world = context.World;
        var options = context.Options;
        var random = context.Random;
        var networks = world.Ctgs.SelectMany(c => c.Networks.Select(n => (Ctg: c, Network: n))).ToList();
        if (networks.Count == 0 || options.Walls == 0) return "no walls";
        var cardsPerWall = ProposalsPart.Distribute(options.Cards, Enumerable.Range(0, options.Walls).Select(_ => context.LogNormal(0.8)).ToArray(), WallLimits.CardsPerWall);
        int columnId = 0, cardId = 0;
        var columnKeys = FractionalKey.Spread(Texts.WallColumns.Length);
        for (var w = 0; w < options.Walls; w++)
        {
            var (ctg, network) = networks[w % networks.Count];
            var wallId = w + 1;
            var created = context.Between(options.Since, options.Until.AddDays(-7));
            context.Insert(new Wall
            {
                Id = wallId, ThematicNetworkId = network.Id, Slug = "mur-" + wallId.ToString(CultureInfo.InvariantCulture),
                Title = $"Atelier {network.Slug.Replace("reseau-", "", StringComparison.Ordinal).Replace('-', ' ')} n° {wallId}",
                IsPublic = random.NextDouble() < 0.3, CreatedAt = created,
            });
            var columns = new List<int>();
            for (var k = 0; k < Texts.WallColumns.Length; k++)
            {
                context.Insert(new WallColumn { Id = ++columnId, WallId = wallId, Title = Texts.WallColumns[k], OrderKey = columnKeys[k], CreatedAt = created });
                columns.Add(columnId);
            }
            var perColumn = AccountsPart.Apportion(cardsPerWall[w], [4, 2, 2, 3]);
            for (var k = 0; k < columns.Count; k++)
            {
                var keys = FractionalKey.Spread(perColumn[k]);
                foreach (var key in keys)
                {
                    var authorIndex = ctg.Coordinators.Count > 0 ? context.Pick(ctg.Coordinators) : 0;
                    var at = context.Between(created, options.Until);
                    context.Insert(new WallCard
                    {
                        Id = ++cardId, WallId = wallId, ColumnId = columns[k], OrderKey = key,
                        Html = "<p>" + System.Net.WebUtility.HtmlEncode(context.Pick(Texts.Cards)) + "</p>",
                        Colour = context.Pick(CardColours.All), AuthorId = world.Coordinators[authorIndex], AuthorName = world.CoordinatorNames[authorIndex],
                        CreatedAt = at, UpdatedAt = at,
                    });
                }
            }
        }
        return $"{options.Walls} walls, {columnId} columns, {cardId} cards";
    }
}
