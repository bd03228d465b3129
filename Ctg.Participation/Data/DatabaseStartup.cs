using Ctg.Participation.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Ctg.Participation.Data;

/// <summary>What runs once at start-up, before the first request: migrations, then the roles every deployment needs.</summary>
public sealed class DatabaseStartup(PortalDbContext db, RoleManager<IdentityRole> roles, ILogger<DatabaseStartup> logger)
{
    public async Task RunAsync(CancellationToken ct = default)
    {
        if (db.Database.IsSqlite())
        {
            PrepareSqliteFolder(db.Database.GetConnectionString());
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
        }
        await db.Database.MigrateAsync(ct);

        if (db.Database.IsSqlite())
        {
            // Write-ahead logging lets readers go on while one request writes; the setting is kept in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            await Proposals.SqliteProposalSearch.EnsureAsync(db, ct);
        }

        foreach (var role in PortalRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    private static void PrepareSqliteFolder(string? connectionString)
    {
        var source = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(source) || source == ":memory:") return;
        var folder = Path.GetDirectoryName(Path.GetFullPath(source));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
    }
}
