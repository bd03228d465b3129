using Ctg.Participation.Proposals;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ctg.Participation.Portal;

public static class PortalFeature
{
    /// <summary>
    /// The portal's own identity (name, editor, contact, host, colour, logos). Logos sit beside the other uploaded
    /// images, in a "portail" folder of the proposals' image directory, so one folder holds every upload to back up.
    /// </summary>
    public static IServiceCollection AddPortalBranding(this IServiceCollection services)
    {
        services.AddScoped<PortalIdentityService>();
        services.AddSingleton<Home.HomeFeedMemo>();
        services.AddSingleton<PublicContent.IPublicContentListener>(sp => sp.GetRequiredService<Home.HomeFeedMemo>());
        services.AddScoped<Home.HomeFeed>(); // HomeFeedMemo through its optional parameter
        services.AddScoped<WorkQueue.CoordinatorWorkQueue>();
        services.AddSingleton(sp => new PortalLogoStore(Path.Combine(sp.GetRequiredService<IOptions<ProposalOptions>>().Value.ImageDirectory, "portail")));
        return services;
    }
}
