using Ctg.Participation.ExternalIdentities;
using Ctg.Participation.Security;
using Ctg.Participation.Web.Extensions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Ctg.Participation.Web.ExternalIdentities;

/// <summary>
/// FranceConnect, ProConnect and the department's own provider through ASP.NET Core's OpenID Connect handler: code
/// flow (PKCE where the provider takes it), state and nonce, ID token signature, issuer, audience and expiry checked
/// by the handler against the provider's discovery document, userinfo read, logout through end_session_endpoint.
/// The result lands in Identity's short-lived external cookie; /compte/connexion-externe decides what it becomes.
/// </summary>
public static class ExternalSignInExtensions
{
    public const string IdTokenItem = "ctg:id_token";
    public const string LinkUserItem = "ctg:link";

    public static IServiceCollection AddExternalSignIn(this IServiceCollection services, IConfiguration configuration)
    {
        var registry = ExternalProviderRegistry.Read(configuration);
        services.AddSingleton(registry);
        services.AddScoped<ExternalSignIn>();
        Ctg.Participation.ExternalIdentities.ExternalIdentitiesFeature.AddExternalIdentities(services);
        var authentication = services.AddAuthentication();
        foreach (var provider in registry.Providers)
        {
            authentication.AddOpenIdConnect(provider.Scheme, provider.DisplayName, options => Configure(options, provider));
        }
        return services;
    }

    private static void Configure(OpenIdConnectOptions options, ExternalProvider provider)
    {
        options.SignInScheme = IdentityConstants.ExternalScheme;
        options.Authority = provider.Authority;
        options.ClientId = provider.ClientId;
        options.ClientSecret = provider.ClientSecret;
        options.ResponseType = OpenIdConnectResponseType.Code;
        // FranceConnect answers on the query string; no form_post page to let through the Content-Security-Policy.
        options.ResponseMode = OpenIdConnectResponseMode.Query;
        options.UsePkce = provider.UsePkce;
        options.PushedAuthorizationBehavior = PushedAuthorizationBehavior.Disable;
        options.Scope.Clear();
        foreach (var scope in ExternalProvider.Scopes) options.Scope.Add(scope);
        options.GetClaimsFromUserInfoEndpoint = true;
        options.MapInboundClaims = false;
        options.SaveTokens = true;
        options.CallbackPath = provider.CallbackPath;
        options.SignedOutCallbackPath = provider.SignedOutCallbackPath;
        options.RemoteSignOutPath = PathString.Empty;
        options.RequireHttpsMetadata = !provider.IsLoopback;
        options.BackchannelTimeout = TimeSpan.FromSeconds(10);
        options.RemoteAuthenticationTimeout = TimeSpan.FromMinutes(10);
        options.DisableTelemetry = true;
        // Same rules as the portal's other cookies; Lax is enough, the provider comes back with a top-level GET.
        PortalCookies.Harden(options.CorrelationCookie);
        PortalCookies.Harden(options.NonceCookie);
        options.CorrelationCookie.Name = "ctg-oidc-correlation.";
        options.NonceCookie.Name = "ctg-oidc-nonce.";

        options.Events.OnRedirectToIdentityProvider = context =>
        {
            if (provider.Kind == ExternalProviderKind.FranceConnect) context.ProtocolMessage.AcrValues = EidasLevel.Minimum;
            return Task.CompletedTask;
        };
        options.Events.OnTokenValidated = context =>
        {
            if (provider.Kind == ExternalProviderKind.FranceConnect)
            {
                var acr = context.SecurityToken?.Payload.TryGetValue("acr", out var value) == true ? value?.ToString() : null;
                if (!EidasLevel.IsAtLeastEidas1(acr)) context.Fail(new ExternalSignInFailure.AssuranceTooLowException(acr));
            }
            return Task.CompletedTask;
        };
        options.Events.OnTicketReceived = context =>
        {
            // Keep the subject, the address and the ID token (for the logout hint) and nothing else: never the legal
            // name, which the person replaces with a display name of their choice.
            if (context.Principal?.Identity is System.Security.Claims.ClaimsIdentity identity)
            {
                foreach (var claim in identity.Claims.Where(c => c.Type is not ("sub" or "email" or "email_verified")).ToList()) identity.RemoveClaim(claim);
            }
            if (context.Properties is { } properties)
            {
                var idToken = properties.GetTokenValue(OpenIdConnectParameterNames.IdToken);
                properties.StoreTokens(idToken is null ? [] : [new AuthenticationToken { Name = OpenIdConnectParameterNames.IdToken, Value = idToken }]);
                properties.Items["LoginProvider"] = provider.Scheme;
            }
            return Task.CompletedTask;
        };
        options.Events.OnRemoteFailure = async context =>
        {
            var code = ExternalSignInFailure.Classify(context.Failure);
            var http = context.HttpContext;
            var reason = $"{provider.DisplayName} : {code} — {context.Failure?.GetType().Name}: {context.Failure?.Message}";
            await http.RequestServices.GetRequiredService<ISecurityJournal>().RecordAsync(SecurityEventKinds.ExternalSignInRefused,
                http.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value, http.Connection.RemoteIpAddress,
                reason.Length > 250 ? reason[..250] : reason, ct: http.RequestAborted);
            http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Ctg.Participation.ExternalSignIn")
                .LogWarning(context.Failure, "Sign-in with {Provider} refused ({Code})", provider.Scheme, code);
            context.Response.Redirect($"/compte/connexion?erreur={code}&fournisseur={provider.Scheme}");
            context.HandleResponse();
        };
        options.Events.OnRedirectToIdentityProviderForSignOut = context =>
        {
            // The ID token travels in the sign-out properties, not in the state sent to the provider.
            if (context.Properties.Items.Remove(IdTokenItem, out var idToken) && idToken is not null) context.ProtocolMessage.IdTokenHint = idToken;
            return Task.CompletedTask;
        };
    }
}
