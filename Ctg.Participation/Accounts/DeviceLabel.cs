namespace Ctg.Participation.Accounts;

/// <summary>A short French name for a browser from its User-Agent, for the list of active sessions. No outside service.</summary>
public static class DeviceLabel
{
    public static string Of(string? userAgent)
    {
        if (string.IsNullOrWhiteSpace(userAgent)) return "Appareil inconnu";
        var ua = userAgent;
        // Order matters: Edge and Opera also say Chrome, Chrome also says Safari.
        var browser = Has(ua, "Edg/") ? "Edge"
            : Has(ua, "OPR/") || Has(ua, "Opera") ? "Opera"
            : Has(ua, "Firefox/") ? "Firefox"
            : Has(ua, "Chrome/") || Has(ua, "Chromium/") || Has(ua, "HeadlessChrome") ? "Chrome"
            : Has(ua, "Safari/") ? "Safari"
            : "Navigateur";
        var system = Has(ua, "Android") ? "Android"
            : Has(ua, "iPhone") || Has(ua, "iPad") ? "iOS"
            : Has(ua, "Windows") ? "Windows"
            : Has(ua, "Mac OS X") || Has(ua, "Macintosh") ? "macOS"
            : Has(ua, "CrOS") ? "ChromeOS"
            : Has(ua, "Linux") ? "Linux"
            : null;
        return system is null ? browser : $"{browser} sur {system}";
    }

    private static bool Has(string ua, string token) => ua.Contains(token, StringComparison.OrdinalIgnoreCase);
}
