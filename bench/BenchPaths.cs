namespace Ctg.Participation.Bench;

/// <summary>Where the repository and the portal's Release build are, from the benchmark's own binaries.</summary>
public static class BenchPaths
{
    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Ctg.Participation.sln"))) return folder.FullName;
        }
        throw new InvalidOperationException("Run the benchmark from the repository (Ctg.Participation.sln not found above " + AppContext.BaseDirectory + ").");
    }

    /// <summary>The web project's build output for this configuration (built with the bench, which references it).</summary>
    public static string WebAssembly()
    {
#if DEBUG
        const string configuration = "Debug";
#else
        const string configuration = "Release";
#endif
        var folder = Path.Combine(RepositoryRoot(), "web", "bin", configuration, "net10.0");
        var dll = Path.Combine(folder, "Ctg.Participation.Web.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build the portal first: dotnet build web -c {configuration}", dll);
    }
}
