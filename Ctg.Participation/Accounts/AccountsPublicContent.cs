using Ctg.Participation.PublicContent;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Accounts;

/// <summary>
/// Display names show under proposals, comments and initiatives; a deleted account's contributions read « Ancien
/// participant »; portal settings shape every page.
/// </summary>
public static class AccountsPublicContent
{
    public static IServiceCollection AddAccountsPublicContent(this IServiceCollection services) => services
        .AddPublicContent<PortalUser>(_ => [PublicPages.Proposals, PublicPages.ProposalPages, PublicPages.Initiatives, PublicPages.InitiativePages, PublicPages.Home, PublicPages.CtgPages],
            nameof(PortalUser.DisplayName))
        .AddPublicContent<PortalSetting>(_ => [PublicPages.Everything]);
}
