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
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Ctg.Participation.sln"))) dir = dir.Parent;
        Assert.NotNull(dir);
        var pages = Path.Combine(dir.FullName, "web", "Pages");
        var sources = Directory.EnumerateFiles(pages, "*.cshtml", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(pages, "*.cs", SearchOption.AllDirectories));
        var named = sources.SelectMany(f => PageName().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Name: m.Groups["name"].Value))).ToList();
        Assert.NotEmpty(named);
        Assert.All(named, n => Assert.True(File.Exists(Path.Combine(pages, n.Name.TrimStart('/') + ".cshtml")), $"{n.File} names the page « {n.Name} », which does not exist."));
    }

    [GeneratedRegex("(?:asp-page=\"|RedirectToPage\\(\"|Url\\.Page\\(\")(?<name>/[^\"]+)\"")]
    private static partial Regex PageName();
}
