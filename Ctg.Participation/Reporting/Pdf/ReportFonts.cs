using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Ctg.Participation.Reporting.Pdf;

/// <summary>
/// The one font of the portal's PDFs: DejaVu Sans, embedded in the assembly (licence in Governance/Fonts/), so that
/// French accents, « » and … render the same on every server without any system font. Bold is simulated by PDFsharp.
/// </summary>
public static class ReportFonts
{
    public const string Family = "DejaVu Sans";
    private static readonly object Gate = new();
    private static bool registered;

    public static XFont Regular(double size) => Create(size, XFontStyleEx.Regular);

    public static XFont Bold(double size) => Create(size, XFontStyleEx.Bold);

    // XFont objects are immutable and thread-safe to share; building one resolves and parses the font each time.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(double, XFontStyleEx), XFont> Cache = new();

    private static XFont Create(double size, XFontStyleEx style)
    {
        EnsureRegistered();
        return Cache.GetOrAdd((size, style), key => new XFont(Family, key.Item1, key.Item2, new XPdfFontOptions(PdfFontEncoding.Unicode)));
    }

    /// <summary>PDFsharp's font resolver is process-wide: ours is installed once, and hands other families to any resolver set before it.</summary>
    private static void EnsureRegistered()
    {
        if (registered) return;
        lock (Gate)
        {
            if (registered) return;
            if (GlobalFontSettings.FontResolver is not DejaVuResolver)
                GlobalFontSettings.FontResolver = new DejaVuResolver(GlobalFontSettings.FontResolver);
            registered = true;
        }
    }

    private sealed class DejaVuResolver(IFontResolver? previous) : IFontResolver
    {
        private const string Face = "DejaVuSans#Regular";
        private static readonly Lazy<byte[]> Bytes = new(Load);

        public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
            string.Equals(familyName, Family, StringComparison.OrdinalIgnoreCase) || previous is null
                ? new FontResolverInfo(Face, bold, italic)
                : previous.ResolveTypeface(familyName, bold, italic);

        public byte[]? GetFont(string faceName) => faceName == Face ? Bytes.Value : previous?.GetFont(faceName);

        private static byte[] Load()
        {
            using var stream = typeof(ReportFonts).Assembly.GetManifestResourceStream("Ctg.Participation.Governance.DejaVuSans.ttf")
                ?? throw new InvalidOperationException("The DejaVu Sans font is not embedded in the assembly.");
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }
    }
}
