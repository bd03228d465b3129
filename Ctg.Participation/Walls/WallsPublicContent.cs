using Ctg.Participation.PublicContent;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Walls;

/// <summary>The networks page lists the walls; cards, comments and reactions count in the figures (3.2).</summary>
public static class WallsPublicContent
{
    private static readonly string[] Figures = [PublicPages.Indicators, PublicPages.OpenData];

    public static IServiceCollection AddWallsPublicContent(this IServiceCollection services) => services
        .AddPublicContent<Wall>(_ => [PublicPages.Networks])
        .AddPublicContent<WallCard>(_ => Figures)
        .AddPublicContent<WallComment>(_ => Figures)
        .AddPublicContent<WallReaction>(_ => Figures);
}
