using Ctg.Participation.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Ctg.Participation.Web.Extensions;

/// <summary>/health answers 200 only when the database answers.</summary>
public sealed class DatabaseHealthCheck(PortalDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy("Base de données joignable")
                : HealthCheckResult.Unhealthy("Base de données injoignable");
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy("Base de données injoignable", ex);
        }
    }
}
