using Ctg.Participation.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Ctg.Participation.Postgres;

/// <summary>
/// Lets `dotnet ef migrations add … --project Ctg.Participation.Postgres` build the context on Npgsql without a
/// server (adding a migration never connects).
/// </summary>
public sealed class PostgresDesignTimeDbContextFactory : IDesignTimeDbContextFactory<PortalDbContext>
{
    public PortalDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PortalDbContext>().UseNpgsql("Host=localhost;Database=ctg_design_time",
            npgsql => npgsql.MigrationsAssembly(PortalDatabase.PostgresMigrationsAssembly)).Options);
}
