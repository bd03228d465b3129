using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ctg.Participation.Security;

/// <summary>The security feature: the journal every other feature writes to, its reading and its yearly purge.</summary>
public static class SecurityFeature
{
    public static IServiceCollection AddSecurity(this IServiceCollection services)
    {
        // Idempotent: the accounts feature needs the journal too and adds it when it comes first.
        services.TryAddSingleton<ISecurityJournal, SecurityJournal>();
        services.TryAddScoped<SecurityJournalQuery>();
        services.TryAddScoped<SecurityJournalPurge>();
        return services;
    }
}
