using Ctg.Participation.Text;

namespace Ctg.Participation.Tests.Text;

public sealed class PortalHtmlSanitizerTests
{
    private readonly PortalHtmlSanitizer sanitizer = new();

    [Theory]
    [InlineData("<script>alert(1)</script><p>ok</p>", "<p>ok</p>")]
    [InlineData("<p onclick=\"alert(1)\">texte</p>", "<p>texte</p>")]
    [InlineData("<img src=x onerror=alert(1)>", "")]
    [InlineData("<svg><script>alert(1)</script></svg>", "")]
    [InlineData("<iframe src=\"https://exemple.fr\"></iframe>", "")]
    [InlineData("<p style=\"color:red\" class=\"x\">a</p>", "<p>a</p>")]
    [InlineData("<form><input name=a></form>", "")]
    public void Dangerous_markup_is_removed(string input, string expected) =>
        Assert.Equal(expected, sanitizer.Sanitize(input));

    [Fact]
    public void Javascript_links_lose_their_target()
    {
        var result = sanitizer.Sanitize("<a href=\"javascript:alert(1)\">clic</a>");
        Assert.DoesNotContain("javascript", result, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("clic", result);
    }

    [Fact]
    public void Allowed_formatting_and_web_links_are_kept_and_links_tell_nothing_to_their_target()
    {
        var result = sanitizer.Sanitize("<p><strong>Important</strong> <em>vraiment</em></p><ul><li>un</li></ul><blockquote>cité</blockquote><a href=\"https://caf.fr/\">Caf</a>");
        Assert.Contains("<strong>Important</strong>", result);
        Assert.Contains("<em>vraiment</em>", result);
        Assert.Contains("<li>un</li>", result);
        Assert.Contains("<blockquote>cité</blockquote>", result);
        Assert.Contains("href=\"https://caf.fr/\"", result);
        Assert.Contains("rel=\"nofollow noopener noreferrer\"", result);
    }

    [Fact]
    public void Visible_text_ignores_tags() =>
        Assert.Equal("Bonjour à tous", PortalHtmlSanitizer.VisibleText("<p>Bonjour <strong>à</strong> tous</p>"));
}
