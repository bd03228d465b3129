using Ctg.Participation.Testing;
using Ctg.Participation.Testing.Oidc;

namespace Ctg.Participation.Web.Tests.Accounts;

/// <summary>
/// The portal with FranceConnect and ProConnect both pointed at a real test provider on a loopback port (the generic
/// provider stays unconfigured). The provider starts before the host, which reads its discovery document over HTTP.
/// </summary>
public sealed class OidcPortalFactory : PortalFactory, IAsyncLifetime
{
    public TestOpenIdProvider Provider { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        Provider = await TestOpenIdProvider.StartAsync();
        foreach (var (key, value) in Provider.SettingsFor("FranceConnect")) Settings[key] = value;
        foreach (var (key, value) in Provider.SettingsFor("ProConnect")) Settings[key] = value;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await Provider.DisposeAsync();
        await base.DisposeAsync();
    }
}
