using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Ctg.Participation.Data;

/// <summary>
/// Per-connection SQLite settings, applied each time a pooled connection opens: the database file is memory-mapped
/// (up to 256 MB) so that reads come from the operating system's page cache instead of being copied through SQLite's
/// own small cache, and temporary sorts stay in memory. At department scale (a 380 MB file) this took a filtered
/// count from ~30 ms to ~5 ms in the benchmark's measurements. Journal mode (WAL) is set once at start-up instead,
/// because it is stored in the file.
/// </summary>
public sealed class SqliteConnectionTuning : DbConnectionInterceptor
{
    public const long MemoryMapBytes = 256L * 1024 * 1024;
    private const string Pragmas = "PRAGMA mmap_size=268435456; PRAGMA temp_store=MEMORY;"; // 268435456 = MemoryMapBytes

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }
}
