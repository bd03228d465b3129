namespace Ctg.Participation.Data;

/// <summary>
/// Which database the portal runs on, from configuration <c>Database:Provider</c>: <c>Sqlite</c> (the embedded default,
/// one server) or <c>Postgres</c> (a department on several servers). The connection string is always
/// <c>ConnectionStrings:Default</c>.
/// </summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public static class PortalDatabase
{
    public const string ProviderKey = "Database:Provider";

    /// <summary>The assembly holding the PostgreSQL migrations (SQLite's live beside the context, in Data/Migrations).</summary>
    public const string PostgresMigrationsAssembly = "Ctg.Participation.Postgres";

    public const string NpgsqlProviderName = "Npgsql.EntityFrameworkCore.PostgreSQL";

    public static DatabaseProvider Parse(string? configured) => configured?.Trim().ToLowerInvariant() switch
    {
        null or "" or "sqlite" => DatabaseProvider.Sqlite,
        "postgres" or "postgresql" or "npgsql" => DatabaseProvider.Postgres,
        _ => throw new InvalidOperationException(
            $"{ProviderKey} = \"{configured}\" is not a known database provider: use Sqlite (default) or Postgres."),
    };
}
