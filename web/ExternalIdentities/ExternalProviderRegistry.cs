using Ctg.Participation.ExternalIdentities;

namespace Ctg.Participation.Web.ExternalIdentities;

/// <summary>
/// The OpenID Connect providers this deployment configured, read once at start-up. A provider without an authority
/// or a client id is simply absent: no button, no handler. Accounts linked to a provider removed later keep signing
/// in with their password.
/// </summary>
public sealed class ExternalProviderRegistry(IReadOnlyList<ExternalProvider> providers)
{
    public IReadOnlyList<ExternalProvider> Providers { get; } = providers;

    public ExternalProvider? Find(string? scheme) => Providers.FirstOrDefault(p => string.Equals(p.Scheme, scheme, StringComparison.Ordinal));

    public string NameOf(string scheme) => Find(scheme)?.DisplayName ?? ExternalProvider.NameOf(scheme);

    public static ExternalProviderRegistry Read(IConfiguration configuration)
    {
        var list = new List<ExternalProvider>();
        Add(list, configuration.GetSection("Authentication:FranceConnect"), ExternalProviderKind.FranceConnect, "FranceConnect", usePkceByDefault: false);
        Add(list, configuration.GetSection("Authentication:ProConnect"), ExternalProviderKind.ProConnect, "ProConnect", usePkceByDefault: true);
        var generic = configuration.GetSection("Authentication:Oidc");
        Add(list, generic, ExternalProviderKind.Generic, ExternalProvider.NameOf(ExternalProvider.GenericScheme, generic["Name"]), usePkceByDefault: true);
        return new ExternalProviderRegistry(list);
    }

    private static void Add(List<ExternalProvider> list, IConfigurationSection section, ExternalProviderKind kind, string name, bool usePkceByDefault)
    {
        var authority = section["Authority"];
        var clientId = section["ClientId"];
        if (string.IsNullOrWhiteSpace(authority) || string.IsNullOrWhiteSpace(clientId)) return;
        if (!Uri.TryCreate(authority, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && !uri.IsLoopback))
        {
            throw new InvalidOperationException($"{section.Path}:Authority must be an https:// address (plain http only for a provider on this machine): « {authority} ».");
        }
        list.Add(new ExternalProvider(kind, ExternalProvider.SchemeName(kind)!, name, authority.Trim(), clientId.Trim(),
            string.IsNullOrWhiteSpace(section["ClientSecret"]) ? null : section["ClientSecret"], section.GetValue("UsePkce", usePkceByDefault)));
    }
}
