using Ctg.Participation.ExternalIdentities;
using Ctg.Participation.Web.Extensions;
using Ctg.Participation.Web.ExternalIdentities;
using Microsoft.Extensions.Configuration;

namespace Ctg.Participation.Web.Tests.Accounts;

public sealed class ExternalProviderConfigurationTests
{
    private static ExternalProviderRegistry Read(Dictionary<string, string?> settings) =>
        ExternalProviderRegistry.Read(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());

    [Fact]
    public void A_provider_needs_an_authority_and_a_client_id()
    {
        var registry = Read(new()
        {
            ["Authentication:FranceConnect:Authority"] = "https://fcp-low.sbx.dev-franceconnect.fr/api/v2",
            ["Authentication:FranceConnect:ClientId"] = "abc",
            ["Authentication:FranceConnect:ClientSecret"] = "s",
            ["Authentication:ProConnect:Authority"] = "https://auth.agentconnect.gouv.fr/api/v2",
            ["Authentication:Oidc:Name"] = "Keycloak du Département",
            ["Authentication:Oidc:Authority"] = "https://sso.departement.exemple/realms/agents",
            ["Authentication:Oidc:ClientId"] = "portail",
        });
        Assert.Equal(["franceconnect", "oidc"], registry.Providers.Select(p => p.Scheme));
        var franceConnect = registry.Find("franceconnect")!;
        Assert.Equal(ExternalProviderKind.FranceConnect, franceConnect.Kind);
        Assert.False(franceConnect.IsLoopback);
        Assert.Equal("/signin-franceconnect", franceConnect.CallbackPath);
        Assert.Equal("Keycloak du Département", registry.Find("oidc")!.DisplayName);
        Assert.Null(registry.Find("proconnect"));
        Assert.Empty(Read(new()).Providers);
    }

    [Fact]
    public void Plain_http_is_refused_except_on_this_machine()
    {
        Assert.Throws<InvalidOperationException>(() => Read(new()
        {
            ["Authentication:FranceConnect:Authority"] = "http://fc.exemple/api/v2", ["Authentication:FranceConnect:ClientId"] = "abc",
        }));
        Assert.True(Read(new()
        {
            ["Authentication:FranceConnect:Authority"] = "http://127.0.0.1:5055/", ["Authentication:FranceConnect:ClientId"] = "abc",
        }).Providers.Single().IsLoopback);
    }

    [Fact]
    public void The_content_security_policy_lets_the_sign_in_forms_go_to_the_configured_providers_only()
    {
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, SecurityHeaders.PolicyFor([]));
        var policy = SecurityHeaders.PolicyFor(["https://fcp-low.sbx.dev-franceconnect.fr/api/v2", "https://auth.agentconnect.gouv.fr/api/v2"]);
        Assert.Contains("form-action 'self' https://fcp-low.sbx.dev-franceconnect.fr https://auth.agentconnect.gouv.fr;", policy);
        Assert.Contains("script-src 'self';", policy);
    }
}
