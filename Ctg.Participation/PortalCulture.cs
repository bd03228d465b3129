using System.Globalization;

namespace Ctg.Participation;

/// <summary>The portal speaks French: dates and numbers are written the fr-FR way wherever text is produced.</summary>
public static class PortalCulture
{
    public static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
}
