using System.Net;
using Xunit;

namespace Ctg.Participation.Testing.Oidc;

/// <summary>
/// Drives a sign-in through the portal and the test provider as a browser would: the portal's button (a POST), the
/// provider's authorization endpoint over real HTTP, then the provider's redirect back to the portal's callback, where
/// the portal redeems the code at the provider's token endpoint and checks the ID token.
/// </summary>
public static class OidcFlow
{
    private static readonly HttpClient Browser = new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false });

    /// <summary>Presses the provider's button and returns the provider's authorization URL the portal sent us to.</summary>
    public static async Task<Uri> StartAsync(PortalClient client, string scheme, string? returnUrl = null, string handler = "Demarrer", string pageWithToken = "/compte/connexion")
    {
        var page = await client.GetAsync(pageWithToken);
        var fields = new Dictionary<string, string> { ["fournisseur"] = scheme };
        if (returnUrl is not null) fields["ReturnUrl"] = returnUrl;
        var started = await client.PostAsync("/compte/connexion-externe?handler=" + handler, fields, page.AntiforgeryToken);
        Assert.True(started.IsRedirect, $"The {scheme} button answered {(int)started.Status}: {started.ErrorText}");
        return new Uri(started.Location!);
    }

    /// <summary>The provider's answer: where it redirects the browser (the portal's callback with code and state).</summary>
    public static async Task<Uri> AuthorizeAsync(Uri authorizationUrl)
    {
        using var response = await Browser.GetAsync(authorizationUrl);
        Assert.True(response.StatusCode == HttpStatusCode.Found || response.StatusCode == HttpStatusCode.Redirect || response.StatusCode == HttpStatusCode.SeeOther,
            $"The provider answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return response.Headers.Location!;
    }

    /// <summary>The browser comes back to the portal's callback; returns the portal's answer (a redirect).</summary>
    public static Task<PortalClient.Page> CallbackAsync(PortalClient client, Uri callback) => client.GetAsync(callback.PathAndQuery);

    /// <summary>The whole round trip; returns the portal's answer at its callback.</summary>
    public static async Task<PortalClient.Page> SignInAsync(PortalClient client, string scheme, string? returnUrl = null, string handler = "Demarrer", string pageWithToken = "/compte/connexion")
    {
        var authorize = await StartAsync(client, scheme, returnUrl, handler, pageWithToken);
        var callback = await AuthorizeAsync(authorize);
        return await CallbackAsync(client, callback);
    }

    /// <summary>Follows the browser to the provider's end-session endpoint and back; returns the portal's last answer.</summary>
    public static async Task<PortalClient.Page> FollowEndSessionAsync(PortalClient client, Uri endSession)
    {
        var back = await AuthorizeAsync(endSession);
        return await client.GetAsync(back.PathAndQuery);
    }
}
