namespace Ctg.Participation.Routing;

/// <summary>
/// The form key of a routable item ("proposition-12", "carte-mur-7"), built from the prefix each feature's
/// <see cref="IRoutableSource"/> declares: a new kind of contribution brings its own prefix, nothing here changes.
/// </summary>
public sealed class RoutableKeys(IEnumerable<IRoutableSource> sources)
{
    private readonly IReadOnlyDictionary<ContributionKind, string> prefixes = sources.ToDictionary(s => s.Kind, s => s.KeyPrefix);

    public string KeyOf(RoutingDesk.ItemRef item) => $"{prefixes[item.Kind]}-{item.Id}";

    public string KeyOf(ContributionKind kind, int id) => KeyOf(new RoutingDesk.ItemRef(kind, id));

    /// <summary>The item a key names; null for an unknown prefix or an id that is not a positive number (a forged form).</summary>
    public RoutingDesk.ItemRef? Parse(string? key)
    {
        var dash = key?.LastIndexOf('-') ?? -1;
        if (dash <= 0 || !int.TryParse(key![(dash + 1)..], System.Globalization.NumberStyles.None, null, out var id) || id <= 0) return null;
        var prefix = key[..dash];
        foreach (var (kind, known) in prefixes)
        {
            if (known == prefix) return new(kind, id);
        }
        return null;
    }
}
