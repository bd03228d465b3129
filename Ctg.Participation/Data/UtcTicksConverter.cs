using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Ctg.Participation.Data;

/// <summary>Stores a DateTimeOffset as its UTC ticks; read back as UTC. Orderable and comparable on every provider.</summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
