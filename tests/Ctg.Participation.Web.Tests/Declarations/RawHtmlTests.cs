using System.Text.RegularExpressions;

namespace Ctg.Participation.Web.Tests.Declarations;

/// <summary>
/// Html.Raw writes its text unencoded. The portal only ever gives it rich text cleaned by PortalHtmlSanitizer when it
/// was written, and such a value is always named …Html (BodyHtml, MinutesHtml, DescriptionHtml, FindingsHtml, a
/// card's Html): a title, a name or any other plain text handed to Html.Raw fails here.
/// </summary>
public sealed partial class RawHtmlTests
{
    [Fact]
    public void Html_raw_is_given_only_values_named_as_sanitised_html()
    {
        var uses = Directory.EnumerateFiles(SourceTree.Web, "*.cshtml", SearchOption.AllDirectories)
            .SelectMany(f => RawCall().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Argument: m.Groups["argument"].Value)))
            .ToList();
        Assert.NotEmpty(uses);
        var unsafeUses = uses.Where(u => !SanitisedName().IsMatch(u.Argument)).Select(u => $"{u.File}: Html.Raw({u.Argument})").ToList();
        Assert.True(unsafeUses.Count == 0, "Html.Raw given something not named as sanitised HTML:\n" + string.Join("\n", unsafeUses));
    }

    [GeneratedRegex(@"Html\.Raw\((?<argument>[^()]*)\)")]
    private static partial Regex RawCall();

    /// <summary>A variable or member path whose last name ends in Html (findingsHtml, p.BodyHtml, card.Html).</summary>
    [GeneratedRegex(@"^\s*([A-Za-z_][A-Za-z0-9_]*\.)*([A-Za-z_][A-Za-z0-9_]*Html|Html)\s*$")]
    private static partial Regex SanitisedName();
}
