using Ctg.Participation.Data;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Tests.Data;

/// <summary>
/// The two migration sets (SQLite in Ctg.Participation/Data/Migrations, PostgreSQL in Ctg.Participation.Postgres) must
/// each reach the model: a branch that changes an entity and forgets a set fails here, without any database server
/// (EF Core compares the model with the set's snapshot; nothing connects). Fix with scripts/add-migration.sh.
/// </summary>
public sealed class MigrationsInStepTests
{
    [Fact]
    public void The_sqlite_migration_set_has_no_pending_model_change()
    {
        using var context = new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>()
            .UseSqlite("Data Source=:memory:", sqlite => sqlite.MigrationsAssembly(typeof(PortalDbContext).Assembly.FullName))
            .Options);

        Assert.False(context.Database.HasPendingModelChanges(),
            "The model has changes that Ctg.Participation/Data/Migrations lacks: run scripts/add-migration.sh <Name>.");
    }

    [Fact]
    public void The_postgres_migration_set_has_no_pending_model_change()
    {
        using var context = new Postgres.PostgresDesignTimeDbContextFactory().CreateDbContext([]);

        Assert.False(context.Database.HasPendingModelChanges(),
            "The model has changes that Ctg.Participation.Postgres/Migrations lacks: run scripts/add-migration.sh <Name>.");
    }

    [Fact]
    public void Both_sets_hold_the_same_number_of_migrations()
    {
        using var sqlite = new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>()
            .UseSqlite("Data Source=:memory:").Options);
        using var postgres = new Postgres.PostgresDesignTimeDbContextFactory().CreateDbContext([]);

        // Names, not ids: the two sets were generated at different seconds. The PostgreSQL set began with fewer
        // migrations (InitialCreate caught up with several SQLite ones), so only the later names must match.
        var sqliteNames = sqlite.Database.GetMigrations().Select(NameOf).ToList();
        var postgresNames = postgres.Database.GetMigrations().Select(NameOf).ToList();
        Assert.Equal(postgresNames.Last(), sqliteNames.Last());
    }

    private static string NameOf(string migrationId) => migrationId[(migrationId.IndexOf('_') + 1)..];
}
