namespace Ctg.Participation.Web.Walls;

/// <summary>How a card's link is shown: « site.fr/chemin », shortened (the full address stays in href and title). Same rule as render.mjs.</summary>
public static class WallCardLinks
{
    private const int MaxLength = 40;

    public static string Short(string link)
    {
        if (!Uri.TryCreate(link, UriKind.Absolute, out var uri)) return link;
        var host = uri.Host.StartsWith("www.", StringComparison.Ordinal) ? uri.Host[4..] : uri.Host;
        var text = host + (uri.AbsolutePath == "/" ? "" : uri.AbsolutePath);
        return text.Length > MaxLength ? text[..(MaxLength - 1)] + "…" : text;
    }
}
