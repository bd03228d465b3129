using System.Text;

namespace Ctg.Participation.Accounts;

/// <summary>
/// Display names are plain text shown next to every contribution. They are encoded when rendered; here we also refuse
/// markup-looking names outright so that no export or mail can carry them (a stored-XSS path in Decidim, CVE-2026-23891).
/// </summary>
public static class DisplayNames
{
    public static string Normalize(string? name)
    {
        var text = (name ?? "").Normalize(NormalizationForm.FormC).Trim();
        var builder = new StringBuilder(text.Length);
        var lastWasSpace = false;
        foreach (var c in text)
        {
            if (char.IsControl(c)) continue;
            var space = char.IsWhiteSpace(c);
            if (space && lastWasSpace) continue;
            builder.Append(space ? ' ' : c);
            lastWasSpace = space;
        }
        return builder.ToString();
    }

    public static string? Problem(string name)
    {
        if (name.IndexOfAny(['<', '>', '"', '`', '{', '}']) >= 0)
        {
            return "Le nom d'affichage ne peut pas contenir les caractères < > \" ` { }.";
        }
        if (name.Contains("://", StringComparison.Ordinal) || name.Contains("javascript:", StringComparison.OrdinalIgnoreCase))
        {
            return "Le nom d'affichage ne peut pas contenir d'adresse web.";
        }
        return null;
    }
}
