using Ctg.Participation.Common;

namespace Ctg.Participation.Spreadsheets;

/// <summary>What a cell holds, so that every format writes it as what it is (a code stays text, a number a number).</summary>
public enum CellKind
{
    /// <summary>Free text written by people: guarded against formula injection in CSV.</summary>
    Text,

    /// <summary>A code or identifier that looks like a number but is not one (INSEE « 06099 », a fiche number): always text.</summary>
    Code,

    Number,

    /// <summary>A civil day.</summary>
    Date,

    /// <summary>An instant, shown as a date and time in Paris.</summary>
    Instant,
}

/// <summary>One typed cell of an export. Empty values are allowed for every kind.</summary>
public readonly record struct TableCell(CellKind Kind, string? Value, decimal? Number = null, DateOnly? Day = null, DateTimeOffset? At = null)
{
    public static TableCell Text(string? value) => new(CellKind.Text, value ?? "");
    public static TableCell Code(string? value) => new(CellKind.Code, value ?? "");
    public static TableCell Of(decimal? number) => new(CellKind.Number, null, Number: number);
    public static TableCell Of(int? number) => new(CellKind.Number, null, Number: number);
    public static TableCell Of(DateOnly? day) => new(CellKind.Date, null, Day: day);
    public static TableCell Of(DateTimeOffset? at) => new(CellKind.Instant, null, At: at);

    public bool IsEmpty => Kind switch
    {
        CellKind.Number => Number is null,
        CellKind.Date => Day is null,
        CellKind.Instant => At is null,
        _ => string.IsNullOrEmpty(Value),
    };

    /// <summary>The local date and time in Paris of an instant (exports are read by people in France).</summary>
    public DateTime ParisTime => PortalTime.ToParis(At!.Value);
}

/// <summary>A column of an export: its header and a sensible width in characters for spreadsheets.</summary>
public sealed record TableColumn(string Header, double Width = 16);
