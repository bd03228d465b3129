using SQLitePCL;

namespace Ctg.Participation.Data;

/// <summary>
/// SQLite's process-wide settings, set once before the first connection opens. SQLite's bundled build keeps a count of
/// the memory it holds (SQLITE_DEFAULT_MEMSTATUS), updated under one process-wide lock at every allocation: with
/// requests on both cores, each query's hundreds of small allocations queued on that lock, and two threads answered
/// fewer queries than one (a page of search results, measured with Microsoft.Data.Sqlite: 8,500 queries/s on one
/// thread, 6,800 on two, 6,400 on eight; without the count 10,100, 18,600 and 19,800). The portal reads no SQLite memory
/// statistic, so the count is switched off. SQLite only takes this setting before it initialises itself, hence
/// <see cref="Apply"/> is called where the database services are registered, before any connection.
/// </summary>
public static class SqliteProcessSettings
{
    private const int ConfigMemoryStatus = 9; // SQLITE_CONFIG_MEMSTATUS

    private static readonly Lazy<bool> Applied = new(() =>
    {
        Batteries_V2.Init();
        // SQLITE_MISUSE when SQLite already initialised (a connection opened before): the count then stays on.
        return raw.sqlite3_config(ConfigMemoryStatus, 0) == raw.SQLITE_OK;
    });

    /// <summary>Switches SQLite's memory count off, once per process; false when SQLite had already started.</summary>
    public static bool Apply() => Applied.Value;

    /// <summary>
    /// Whether SQLite counts its memory: with the count off its « memory used » stays at zero, while any open connection
    /// holds some. Read after a connection has opened (the health check's query).
    /// </summary>
    public static bool CountsMemory => raw.sqlite3_memory_used() > 0;
}
