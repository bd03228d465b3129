namespace Ctg.Participation.Web.Extensions;

/// <summary>
/// appsettings.json and wwwroot/ live at the repository root. Run from the root (`dotnet run --project web`) the
/// current directory holds them; run from anywhere else (publish output, tests) they sit beside the binaries,
/// where the build copies them.
/// </summary>
public static class PortalContentRoot
{
    public static string Locate()
    {
        // The current directory or one of its parents (dotnet run starts in web/), then the binaries' folder.
        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            if (HoldsPortalFiles(folder.FullName)) return folder.FullName;
        }
        return AppContext.BaseDirectory;
    }

    private static bool HoldsPortalFiles(string folder) =>
        File.Exists(Path.Combine(folder, "appsettings.json")) && Directory.Exists(Path.Combine(folder, "wwwroot"));
}
