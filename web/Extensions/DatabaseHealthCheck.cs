using Ctg.Participation.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Ctg.Participation.Web.Extensions;

/// <summary>
/// /health answers 200 only when the database answers a query (opening a pooled connection proves nothing: it may
/// point at a server that has gone). A failure drops the broken pooled connections, so the next check sees the truth.
/// On SQLite it also reports « Degraded » when SQLite still counts its memory under its process-wide lock
/// (<see cref="SqliteProcessSettings"/>): every answer is right, but queries on both cores wait on each other.
/// </summary>
public sealed class DatabaseHealthCheck(PortalDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await db.Database.ExecuteSqlRawAsync("SELECT 1", cancellationToken);
            if (db.Database.IsSqlite() && SqliteProcessSettings.CountsMemory)
                return HealthCheckResult.Degraded("Base de données joignable, mais SQLite compte sa mémoire sous un verrou commun : les requêtes simultanées s'attendent (réglage à faire avant la première connexion)");
            return HealthCheckResult.Healthy("Base de données joignable");
        }
        catch (Exception ex)
        {
            DatabaseOutage.Recover(ex);
            return HealthCheckResult.Unhealthy("Base de données injoignable", ex);
        }
    }
}
