using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Ctg.Participation.Data;

/// <summary>
/// Tells a database that cannot be reached (or is busy beyond its timeout) from a real error of the portal. An outage
/// is answered with « réessayez » (HTTP 503, a refused hub call) and nothing is half-stored: every write runs in one
/// transaction, and resending it is safe (operation ids, idempotency keys). A constraint violation or a bad query is
/// not an outage and still surfaces as a bug.
/// </summary>
public static class DatabaseOutage
{
    public static bool IsOutage(Exception? exception)
    {
        for (var ex = exception; ex is not null; ex = ex.InnerException)
        {
            switch (ex)
            {
                case PostgresException postgres:
                    return IsPostgresOutage(postgres.SqlState);
                case NpgsqlException npgsql:
                    // No server answer at all: refused, reset, timed out, pool exhausted.
                    return npgsql.IsTransient || npgsql.InnerException is System.Net.Sockets.SocketException or IOException or TimeoutException || npgsql.InnerException is null;
                case SqliteException sqlite:
                    return sqlite.SqliteErrorCode is Busy or Locked or CantOpen or IoError;
                case TimeoutException:
                    return true;
                case AggregateException aggregate when aggregate.InnerExceptions.Any(IsOutage):
                    return true;
            }
        }
        return false;
    }

    /// <summary>
    /// After an outage, idle pooled PostgreSQL connections point at a server that is gone: drop them so that the next
    /// request opens a fresh one and the portal resumes without a restart.
    /// </summary>
    public static void Recover(Exception exception)
    {
        for (var ex = exception; ex is not null; ex = ex.InnerException)
        {
            if (ex is NpgsqlException)
            {
                NpgsqlConnection.ClearAllPools();
                return;
            }
        }
    }

    /// <summary>Classes 08 (connection), 53 (insufficient resources), 57P (shutdown, crash, starting up), 40001/40P01 are transient.</summary>
    private static bool IsPostgresOutage(string state) =>
        state.StartsWith("08", StringComparison.Ordinal) || state.StartsWith("53", StringComparison.Ordinal)
        || state.StartsWith("57P", StringComparison.Ordinal) || state is "40001" or "40P01";

    private const int Busy = 5;
    private const int Locked = 6;
    private const int IoError = 10;
    private const int CantOpen = 14;

    /// <summary>
    /// PostgreSQL connection settings for a portal that answers within two seconds when the server is away: the
    /// connect timeout (also the wait for a free pooled connection) is <paramref name="connectTimeoutSeconds"/> unless
    /// the connection string sets one.
    /// </summary>
    public static string TunePostgres(string connectionString, int connectTimeoutSeconds)
        => WithConnectTimeout(connectionString, connectTimeoutSeconds, onlyWhenUnset: true);

    /// <summary>The same connection string with another connect timeout (start-up may wait longer than a page).</summary>
    public static string WithConnectTimeout(string connectionString, int seconds, bool onlyWhenUnset = false)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var explicitTimeout = connectionString.Split(';').Any(part =>
            part.Split('=')[0].Trim().Replace(" ", "", StringComparison.Ordinal).Equals("Timeout", StringComparison.OrdinalIgnoreCase));
        if (!explicitTimeout || !onlyWhenUnset) builder.Timeout = seconds;
        return builder.ToString();
    }
}
