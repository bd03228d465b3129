using Ctg.Participation.Data;
using Microsoft.Data.Sqlite;

namespace Ctg.Participation.Bench.Seeding;

/// <summary>
/// What the parts share: the options, one System.Random(seed) drawn in a fixed order (so a seed always gives the same
/// rows), the open connection with its current transaction, one prepared insert per table, and the <see cref="World"/>.
/// Inserts are committed every <see cref="BatchSize"/> rows.
/// </summary>
public sealed class SeedContext : IDisposable
{
    public const int BatchSize = 50_000;

    private readonly Dictionary<string, BulkTable> _tables = new();
    private SqliteTransaction _transaction;
    private int _pending;

    public SeedOptions Options { get; }
    public Random Random { get; }
    public PortalDbContext Db { get; }
    public SqliteConnection Connection { get; }
    public World World { get; } = new();

    public SeedContext(SeedOptions options, PortalDbContext db, SqliteConnection connection)
    {
        Options = options;
        Random = new Random(options.Seed);
        Db = db;
        Connection = connection;
        _transaction = connection.BeginTransaction();
    }

    /// <summary>Inserts one entity (its CLR type names the table).</summary>
    public void Insert<T>(T row) where T : class => Add(typeof(T).FullName!, () => new BulkTable(Connection, Db, typeof(T)), row);

    /// <summary>Inserts one row of a shared-type entity (a many-to-many join such as "WorkingGroupAxes").</summary>
    public void InsertShared(string entityName, Dictionary<string, object?> row) => Add(entityName, () => new BulkTable(Connection, Db, entityName), row);

    public long RowsOf<T>() => _tables.TryGetValue(typeof(T).FullName!, out var table) ? table.Rows : 0;

    private void Add(string key, Func<BulkTable> create, object row)
    {
        if (!_tables.TryGetValue(key, out var table))
        {
            table = create();
            table.Transaction = _transaction;
            _tables[key] = table;
        }
        table.Add(row);
        if (++_pending >= BatchSize) Commit();
    }

    public void Commit()
    {
        _transaction.Commit();
        _transaction.Dispose();
        _transaction = Connection.BeginTransaction();
        foreach (var table in _tables.Values) table.Transaction = _transaction;
        _pending = 0;
    }

    /// <summary>A deterministic Guid from the seeded generator (account ids, submission keys, stamps).</summary>
    public Guid NextGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        Random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    /// <summary>A moment between two dates, uniformly.</summary>
    public DateTimeOffset Between(DateTimeOffset from, DateTimeOffset to) =>
        to <= from ? from : from + TimeSpan.FromTicks((long)(Random.NextDouble() * (to - from).Ticks));

    public T Pick<T>(IReadOnlyList<T> items) => items[Random.Next(items.Count)];

    /// <summary>A log-normal weight: most rows get little, a few get a lot (supports, comments).</summary>
    public double LogNormal(double sigma)
    {
        var u1 = 1.0 - Random.NextDouble();
        var u2 = Random.NextDouble();
        var normal = Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
        return Math.Exp(sigma * normal);
    }

    public void Dispose()
    {
        _transaction.Commit();
        _transaction.Dispose();
        foreach (var table in _tables.Values) table.Dispose();
    }
}
