using Ctg.Participation.Text;

namespace Ctg.Participation.Walls;

/// <summary>What a person writes on a card, checked and sanitised before anything is stored.</summary>
public sealed record WallCardInput(string? Text, string? Link, string? Colour)
{
    /// <summary>The sanitised HTML, link and colour, or a <see cref="WallRuleException"/> saying what to fix.</summary>
    public (string Html, string? Link, string Colour) Validate(PortalHtmlSanitizer sanitizer)
    {
        if (Text is null || Text.Length > WallLimits.CardInputLength)
        {
            throw new WallRuleException($"Le texte d'une carte est limité à {WallLimits.CardTextLength} caractères.");
        }
        var html = sanitizer.Sanitize(Text);
        var visible = PortalHtmlSanitizer.VisibleText(html);
        if (visible.Length == 0) throw new WallRuleException("Écrivez le texte de la carte.");
        if (visible.Length > WallLimits.CardTextLength)
        {
            throw new WallRuleException($"Le texte d'une carte est limité à {WallLimits.CardTextLength} caractères (il en compte {visible.Length}).");
        }
        var colour = string.IsNullOrEmpty(Colour) ? CardColours.Default : Colour;
        if (!CardColours.IsValid(colour)) throw new WallRuleException("Choisissez une couleur de la palette.");
        return (html, NormalizeLink(Link), colour);
    }

    /// <summary>An optional http(s) address; anything else (javascript:, data:, relative) is refused.</summary>
    public static string? NormalizeLink(string? link)
    {
        if (string.IsNullOrWhiteSpace(link)) return null;
        link = link.Trim();
        if (link.Length > WallLimits.LinkLength ||
            !Uri.TryCreate(link, UriKind.Absolute, out var uri) ||
            (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new WallRuleException("Le lien doit être une adresse web complète, commençant par https:// ou http://.");
        }
        return uri.AbsoluteUri;
    }
}
