using System.Text.RegularExpressions;

namespace Ctg.Participation.Web.Tests.Declarations;

/// <summary>
/// Links and redirects by page name (asp-page, RedirectToPage, Url.Page) fail quietly when the name is wrong: the
/// anchor tag helper writes no href. Every name they use must be a page of web/Pages.
/// </summary>
public sealed partial class PageNamesTests
{
    [Fact]
    public void Every_page_named_by_a_link_or_a_redirect_exists()
    {
        var pages = SourceTree.Pages;
        var sources = Directory.EnumerateFiles(pages, "*.cshtml", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(pages, "*.cs", SearchOption.AllDirectories));
        var named = sources.SelectMany(f => PageName().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Name: m.Groups["name"].Value))).ToList();
        Assert.NotEmpty(named);
        Assert.All(named, n => Assert.True(File.Exists(Path.Combine(pages, n.Name.TrimStart('/') + ".cshtml")), $"{n.File} names the page « {n.Name} », which does not exist."));
    }

    [Fact]
    public void No_page_spells_out_the_address_of_another_page_in_a_plain_link_or_a_redirect()
    {
        // Renaming a French URL must be one change (the page's @page line): a link or redirect that spells a page's
        // address by hand would keep the old one. Links with a composed query string stay literal; files served by
        // endpoints (open data) have an extension and are not pages.
        var pages = SourceTree.Pages;
        var spelled = Directory.EnumerateFiles(pages, "*.cs*", SearchOption.AllDirectories)
            .SelectMany(f => SpelledAddress().Matches(File.ReadAllText(f)).Select(m => $"{Path.GetFileName(f)}: {m.Value}"))
            .ToList();
        Assert.True(spelled.Count == 0, "Addresses spelled by hand:\n" + string.Join("\n", spelled));
    }


    [GeneratedRegex("href=\"/[a-z0-9/-]*\"|href=\"/[a-z0-9/-]*@[A-Za-z.]+(/[a-z0-9-]+)*\"|(?<![.\\w])Redirect\\(\\$?\"/")]
    private static partial Regex SpelledAddress();

    [GeneratedRegex("(?:asp-page=\"|RedirectToPage\\(\"|Url\\.Page\\(\")(?<name>/[^\"]+)\"")]
    private static partial Regex PageName();
}
