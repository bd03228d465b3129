using Ctg.Participation.PublicContent;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Initiatives;

/// <summary>The public pages that show citizen initiatives.</summary>
public static class InitiativesPublicContent
{
    public static IServiceCollection AddInitiativesPublicContent(this IServiceCollection services) => services
        .AddPublicContent<CitizenInitiative>(i => [PublicPages.Initiative(i.Id), PublicPages.Initiatives, .. PublicPages.CtgLife]);
}
