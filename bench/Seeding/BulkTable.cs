using Ctg.Participation.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Ctg.Participation.Bench.Seeding;

/// <summary>
/// One prepared INSERT for one entity type, built from the EF model: table, columns, value converters (enums, UTC
/// ticks) and parameter types (Guid as text) come from PortalDbContext, so the generator follows the schema as it
/// evolves. A new column gets the entity's default value unless a seed part sets it. Rows are entity instances (or
/// property bags for shared join entities such as WorkingGroupAxes).
/// </summary>
public sealed class BulkTable : IDisposable
{
    private readonly SqliteCommand _command;
    private readonly (IProperty Property, SqliteParameter Parameter, Func<object, object?> Read)[] _columns;

    public string Table { get; }
    public long Rows { get; private set; }

    public BulkTable(SqliteConnection connection, PortalDbContext db, Type clrType) : this(connection, Entity(db, clrType)) { }

    public BulkTable(SqliteConnection connection, PortalDbContext db, string sharedTypeName) : this(connection,
        db.Model.FindEntityType(sharedTypeName) ?? throw new InvalidOperationException($"No entity type {sharedTypeName} in the model.")) { }

    private BulkTable(SqliteConnection connection, IEntityType entity)
    {
        Table = entity.GetTableName() ?? throw new InvalidOperationException($"{entity.DisplayName()} is not mapped to a table.");
        var store = StoreObjectIdentifier.Table(Table, entity.GetSchema());
        _command = connection.CreateCommand();
        var columns = new List<(IProperty, SqliteParameter, Func<object, object?>)>();
        foreach (var property in entity.GetProperties())
        {
            var column = property.GetColumnName(store);
            if (column is null) continue;
            if (property.IsShadowProperty() && !property.IsIndexerProperty())
            {
                // A column without a CLR property: leave it to its database default when it may be null.
                if (property.IsNullable) continue;
                throw new InvalidOperationException($"{Table}.{column} is a required shadow property: teach the seed part to fill it.");
            }
            var mapping = (RelationalTypeMapping)property.GetTypeMapping();
            var parameter = (SqliteParameter)mapping.CreateParameter(_command, "@p" + columns.Count, null, property.IsNullable);
            _command.Parameters.Add(parameter);
            Func<object, object?> read = property.IsIndexerProperty()
                ? row => ((IDictionary<string, object?>)row).TryGetValue(property.Name, out var v) ? v : null
                : property.GetGetter().GetClrValueUsingContainingEntity;
            var converter = mapping.Converter;
            Func<object, object?> value = converter is null
                ? row => read(row) is { } v ? (v is Enum e ? Convert.ToInt64(e, System.Globalization.CultureInfo.InvariantCulture) : v) : null
                : row => read(row) is { } v ? converter.ConvertToProvider(v) : null;
            columns.Add((property, parameter, value));
            _ = column;
        }
        _columns = columns.ToArray();
        var names = string.Join(", ", _columns.Select(c => Quote(c.Item1.GetColumnName(store)!)));
        var values = string.Join(", ", _columns.Select(c => c.Item2.ParameterName));
        _command.CommandText = $"INSERT INTO {Quote(Table)} ({names}) VALUES ({values})";
        _command.Prepare();
    }

    public SqliteTransaction? Transaction { get => _command.Transaction; set => _command.Transaction = value; }

    public void Add(object row)
    {
        foreach (var (_, parameter, read) in _columns)
        {
            parameter.Value = read(row) ?? DBNull.Value;
        }
        _command.ExecuteNonQuery();
        Rows++;
    }

    public void Dispose() => _command.Dispose();

    private static IEntityType Entity(PortalDbContext db, Type clrType) =>
        db.Model.FindEntityType(clrType) ?? throw new InvalidOperationException($"{clrType.Name} is not in the model.");

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
