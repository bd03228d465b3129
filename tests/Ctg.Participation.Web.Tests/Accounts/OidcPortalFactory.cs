using Ctg.Participation.Testing;
using Ctg.Participation.Testing.Oidc;

namespace Ctg.Participation.Web.Tests.Accounts;

/// <summary>
/// The portal with FranceConnect and ProConnect both pointed at a real test provider on a loopback port, and the
/// generic provider configured on a port where nothing answers. The provider starts before the host, which reads its discovery document over HTTP.
/// </summary>
public sealed class OidcPortalFactory : PortalFactory, IAsyncLifetime
{
    public const string DepartmentProviderName = "Annuaire du Département";

    public TestOpenIdProvider Provider { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        Provider = await TestOpenIdProvider.StartAsync();
        foreach (var (key, value) in Provider.SettingsFor("FranceConnect")) Settings[key] = value;
        foreach (var (key, value) in Provider.SettingsFor("ProConnect")) Settings[key] = value;
        // The department's own provider is configured but down: nothing listens on this port.
        Settings["Authentication:Oidc:Name"] = DepartmentProviderName;
        Settings["Authentication:Oidc:Authority"] = "http://127.0.0.1:9/realms/departement";
        Settings["Authentication:Oidc:ClientId"] = "portail-ctg";
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await Provider.DisposeAsync();
        await base.DisposeAsync();
    }
}
