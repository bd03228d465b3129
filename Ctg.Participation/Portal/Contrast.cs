using System.Globalization;

namespace Ctg.Participation.Portal;

/// <summary>WCAG 2 contrast ratio of a colour against white: text in the brand colour must stay readable (≥ 4.5:1).</summary>
public static class Contrast
{
    public const double Minimum = 4.5;

    /// <summary>The colour as "#rrggbb" (lower case), or null when it is not a six-digit hexadecimal colour.</summary>
    public static string? Normalise(string? value)
    {
        var v = value?.Trim();
        if (string.IsNullOrEmpty(v)) return null;
        if (v[0] == '#') v = v[1..];
        if (v.Length == 3) v = string.Concat(v.Select(c => $"{c}{c}"));
        if (v.Length != 6 || !v.All(Uri.IsHexDigit)) return null;
        return "#" + v.ToLowerInvariant();
    }

    public static double AgainstWhite(string colour)
    {
        var (r, g, b) = Channels(colour);
        var l = 0.2126 * Linear(r) + 0.7152 * Linear(g) + 0.0722 * Linear(b);
        return 1.05 / (l + 0.05);
    }

    /// <summary>The same hue darkened, for hover states and the header line.</summary>
    public static string Darker(string colour, double factor = 0.75)
    {
        var (r, g, b) = Channels(colour);
        return $"#{(int)(r * factor):x2}{(int)(g * factor):x2}{(int)(b * factor):x2}";
    }

    /// <summary>A very light tint of the colour, for tags and highlighted backgrounds.</summary>
    public static string Tint(string colour, double share = 0.12)
    {
        var (r, g, b) = Channels(colour);
        int Mix(int c) => (int)Math.Round(255 - (255 - c) * share);
        return $"#{Mix(r):x2}{Mix(g):x2}{Mix(b):x2}";
    }

    private static (int R, int G, int B) Channels(string colour)
    {
        var hex = colour.TrimStart('#');
        return (int.Parse(hex[..2], NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                int.Parse(hex[2..4], NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                int.Parse(hex[4..6], NumberStyles.HexNumber, CultureInfo.InvariantCulture));
    }

    private static double Linear(int channel)
    {
        var c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
