using Ctg.Participation.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Notifications;

public static class NotificationsFeature
{
    /// <summary>The notification centre other features publish to, its digest and its share of the data export.</summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services)
    {
        services.AddScoped<NotificationCentre>();
        services.AddScoped<NotificationDigest>();
        services.AddScoped<IPersonalDataSource, NotificationPersonalData>();
        return services;
    }
}
