using System.Globalization;

namespace Ctg.Participation.Proposals;

public enum ProposalSort
{
    Recent,
    MostSupported,
    MostCommented,
}

/// <summary>
/// The list's filters, sort and position, as they appear in a shareable URL. Parsing never fails: an unknown sort,
/// page size, status or cursor falls back to the default, so a mangled link still opens a useful page.
/// </summary>
public sealed record ProposalQuery(string? Ctg, string? Axe, string? Commune, ProposalStatus? Status, string? Text,
    ProposalSort Sort, int PageSize, ProposalCursor? After)
{
    public static readonly IReadOnlyList<int> PageSizes = [10, 20, 50];
    public const int DefaultPageSize = 20;
    public const int TextMax = 100;

    public static readonly ProposalQuery Default = new(null, null, null, null, null, ProposalSort.Recent, DefaultPageSize, null);

    public static ProposalQuery Parse(string? ctg, string? axe, string? commune, string? statut, string? q, string? tri, string? taille, string? apres)
    {
        var sort = SortFromSlug(tri) ?? ProposalSort.Recent;
        var size = int.TryParse(taille, NumberStyles.None, CultureInfo.InvariantCulture, out var s) && PageSizes.Contains(s) ? s : DefaultPageSize;
        var text = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        if (text is { Length: > TextMax }) text = text[..TextMax];
        return new ProposalQuery(Clean(ctg), Clean(axe), Clean(commune), ProposalStatuses.FromSlug(statut), text, sort, size, ProposalCursor.Parse(apres));
    }

    public static string SortSlug(ProposalSort sort) => sort switch
    {
        ProposalSort.MostSupported => "plus-soutenues",
        ProposalSort.MostCommented => "plus-commentees",
        _ => "recentes",
    };

    public static string SortLabel(ProposalSort sort) => sort switch
    {
        ProposalSort.MostSupported => "Les plus soutenues",
        ProposalSort.MostCommented => "Les plus commentées",
        _ => "Les plus récentes",
    };

    public static ProposalSort? SortFromSlug(string? slug) =>
        Enum.GetValues<ProposalSort>().Cast<ProposalSort?>().FirstOrDefault(s => SortSlug(s!.Value) == slug);

    /// <summary>Slugs and codes are short ASCII words; anything else is not one of ours.</summary>
    private static string? Clean(string? value) =>
        string.IsNullOrWhiteSpace(value) || value.Length > 80 || !value.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') ? null : value;
}

/// <summary>Keyset position: the sort key and id of the last row shown. Stays fast on the last page, unlike OFFSET.</summary>
public sealed record ProposalCursor(long Key, int Id)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Key}_{Id}");

    public static ProposalCursor? Parse(string? value)
    {
        var parts = value?.Split('_');
        if (parts is not { Length: 2 }) return null;
        return long.TryParse(parts[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var key)
               && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? new ProposalCursor(key, id)
            : null;
    }
}
