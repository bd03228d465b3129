namespace Ctg.Participation.Web.Tests.Declarations;

/// <summary>The repository's source folders, found from the test's binaries, for the tests that read the source.</summary>
public static class SourceTree
{
    private static readonly Lazy<string> root = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Ctg.Participation.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Ctg.Participation.sln not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The folder of Ctg.Participation.sln.</summary>
    public static string Root => root.Value;

    /// <summary>The web project (web/).</summary>
    public static string Web => Path.Combine(Root, "web");

    /// <summary>The pages (web/Pages).</summary>
    public static string Pages => Path.Combine(Web, "Pages");
}
