using System.Text;

namespace Ctg.Participation.Walls;

/// <summary>
/// Fractional order keys: strings of base-36 digits (0-9 then a-z, so ordinal order is numeric order) read as a
/// fraction 0.d1d2d3…; a key never ends with '0', so there is always room between two keys. Moving a card writes its
/// own key only; nothing is renumbered. Keys are compared with <see cref="StringComparer.Ordinal"/>, the binary
/// collation (SQLite's default; a PostgreSQL deployment gives the column COLLATE "C").
/// </summary>
public static class FractionalKey
{
    private const string Digits = "0123456789abcdefghijklmnopqrstuvwxyz";

    public static readonly StringComparer Comparer = StringComparer.Ordinal;

    /// <summary>A key strictly between <paramref name="before"/> and <paramref name="after"/> (null: the start or the end).</summary>
    public static string Between(string? before, string? after)
    {
        var low = before ?? "";
        if (!IsValid(low, allowEmpty: true)) throw new ArgumentException($"Not an order key: {low}", nameof(before));
        if (after is not null)
        {
            if (!IsValid(after, allowEmpty: false)) throw new ArgumentException($"Not an order key: {after}", nameof(after));
            if (Comparer.Compare(low, after) >= 0) throw new ArgumentException($"Keys out of order: {low} >= {after}");
        }
        return Midpoint(low, after);
    }

    /// <summary><paramref name="count"/> short, evenly spaced keys, for rebalancing a column whose keys grew long.</summary>
    public static IReadOnlyList<string> Spread(int count)
    {
        var keys = new List<string>(count);
        // Enough digits that count + 1 slots fit: 35 slots per digit, 1 295 with two, 46 655 with three.
        var width = 1;
        while (Math.Pow(36, width) - 1 < count + 1) width++;
        var span = Math.Pow(36, width);
        for (var i = 1; i <= count; i++)
        {
            var value = (long)Math.Round(i * span / (count + 1));
            var key = ToDigits(value, width).TrimEnd('0');
            keys.Add(key);
        }
        return keys;
    }

    public static bool IsValid(string key, bool allowEmpty = false) =>
        (allowEmpty || key.Length > 0) && !key.EndsWith('0') && key.All(c => Digits.Contains(c));

    private static string ToDigits(long value, int width)
    {
        var chars = new char[width];
        for (var i = width - 1; i >= 0; i--)
        {
            chars[i] = Digits[(int)(value % 36)];
            value /= 36;
        }
        return new string(chars);
    }

    // Midpoint of two fractions written in base 36, digit by digit (after the rocicorp/fractional-indexing algorithm).
    private static string Midpoint(string low, string? high)
    {
        var prefix = new StringBuilder();
        while (true)
        {
            if (high is not null)
            {
                // Skip the common prefix (a missing digit of low counts as 0).
                var n = 0;
                while (n < high.Length && (n < low.Length ? low[n] : '0') == high[n]) n++;
                if (n > 0)
                {
                    prefix.Append(high, 0, n);
                    low = n < low.Length ? low[n..] : "";
                    high = high[n..];
                    continue;
                }
            }
            var digitLow = low.Length > 0 ? Digits.IndexOf(low[0]) : 0;
            var digitHigh = high is not null ? Digits.IndexOf(high[0]) : Digits.Length;
            if (digitHigh - digitLow > 1)
            {
                prefix.Append(Digits[(digitLow + digitHigh + 1) / 2]);
                return prefix.ToString();
            }
            if (high is not null && high.Length > 1)
            {
                prefix.Append(high[0]);
                return prefix.ToString();
            }
            prefix.Append(Digits[digitLow]);
            low = low.Length > 0 ? low[1..] : "";
            high = null;
        }
    }
}
