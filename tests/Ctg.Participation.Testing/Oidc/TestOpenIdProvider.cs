using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Ctg.Participation.Testing.Oidc;

/// <summary>What the test provider does wrong, on purpose, for the bad-input tests.</summary>
public enum ProviderFault
{
    None,
    WrongNonce,
    WrongIssuer,
    WrongAudience,
    /// <summary>The ID token's acr is below eidas1.</summary>
    AcrTooLow,
    Expired,
    /// <summary>The ID token is signed by another key under the same key id.</summary>
    BadSignature,
    /// <summary>Every endpoint answers 503.</summary>
    Down,
}

/// <summary>The person the provider signs in next (its authorization endpoint asks nothing: the tests choose).</summary>
public sealed record TestIdentity(string Subject, string GivenName, string FamilyName, string? Email);

/// <summary>A call the portal (or the browser) made to the end-session endpoint.</summary>
public sealed record EndSessionCall(string? IdTokenHint, string? PostLogoutRedirectUri);

/// <summary>
/// A real OpenID Connect provider on a loopback port, built on OpenIddict's server and configured like FranceConnect:
/// discovery document, authorization code flow, RS256-signed ID tokens carrying <c>acr</c>, a userinfo endpoint and an
/// end-session endpoint. Faults the tests switch on are applied to the real token response (the ID token is rewritten
/// and signed again), so the portal's checks are what refuses them.
/// </summary>
public sealed class TestOpenIdProvider : IAsyncDisposable
{
    public const string DefaultClientId = "portail-ctg-test";
    public const string DefaultClientSecret = "secret-du-portail-de-test-0123456789";

    private readonly WebApplication app;
    private readonly RsaSecurityKey signingKey;

    public string Authority { get; }
    public string ClientId { get; }
    public string ClientSecret { get; }
    public TestIdentity NextIdentity { get; set; } = new("fc-sub-0001", "Camille", "Martin", "camille.martin@exemple.test");
    public ProviderFault Fault { get; set; }

    /// <summary>The acr_values of each authorization request received.</summary>
    public ConcurrentQueue<string?> AcrValuesRequested { get; } = new();
    public ConcurrentQueue<string> ScopesRequested { get; } = new();
    public ConcurrentQueue<EndSessionCall> EndSessions { get; } = new();

    private TestOpenIdProvider(WebApplication app, RsaSecurityKey signingKey, string authority, string clientId, string clientSecret)
    {
        this.app = app;
        this.signingKey = signingKey;
        Authority = authority;
        ClientId = clientId;
        ClientSecret = clientSecret;
    }

    /// <summary>Settings that point one of the portal's providers (FranceConnect, ProConnect, Oidc) at this provider.</summary>
    public Dictionary<string, string?> SettingsFor(string section, string? name = null)
    {
        var settings = new Dictionary<string, string?>
        {
            [$"Authentication:{section}:Authority"] = Authority,
            [$"Authentication:{section}:ClientId"] = ClientId,
            [$"Authentication:{section}:ClientSecret"] = ClientSecret,
        };
        if (name is not null) settings[$"Authentication:{section}:Name"] = name;
        return settings;
    }

    public static async Task<TestOpenIdProvider> StartAsync(string clientId = DefaultClientId, string clientSecret = DefaultClientSecret)
    {
        var rsa = RSA.Create(2048);
        var key = new RsaSecurityKey(rsa) { KeyId = "cle-test-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(4)).ToLowerInvariant() };
        TestOpenIdProvider? self = null;

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Testing", ApplicationName = typeof(TestOpenIdProvider).Assembly.GetName().Name });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelCore().UseUrls("http://127.0.0.1:0");
        builder.Services.AddRouting();
        builder.Services.AddAuthentication();
        builder.Services.AddOpenIddict().AddServer(options =>
        {
            options.SetAuthorizationEndpointUris("api/v2/authorize")
                .SetTokenEndpointUris("api/v2/token")
                .SetUserInfoEndpointUris("api/v2/userinfo")
                .SetEndSessionEndpointUris("api/v2/session/end");
            options.AllowAuthorizationCodeFlow();
            options.RegisterScopes("given_name", "family_name", "email");
            options.RegisterClaims("given_name", "family_name", "email", "acr");
            options.AddSigningKey(key);
            options.AddEphemeralEncryptionKey();
            options.DisableAccessTokenEncryption();
            // No database: codes are self-contained; the client checks below stand in for the application store.
            options.EnableDegradedMode();
            options.DisableTokenStorage();
            options.DisableAuthorizationStorage();
            options.UseAspNetCore()
                .EnableAuthorizationEndpointPassthrough()
                .EnableUserInfoEndpointPassthrough()
                .EnableEndSessionEndpointPassthrough()
                .DisableTransportSecurityRequirement();

            options.AddEventHandler<ValidateAuthorizationRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId != clientId) context.Reject(Errors.InvalidClient, "Client inconnu.");
                else if (context.RedirectUri is null || !new Uri(context.RedirectUri).AbsolutePath.StartsWith("/signin-", StringComparison.Ordinal))
                    context.Reject(Errors.InvalidRequest, "redirect_uri refusée.");
                return default;
            }));
            options.AddEventHandler<ValidateTokenRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId != clientId || context.Request.ClientSecret != clientSecret) context.Reject(Errors.InvalidClient, "Authentification du client refusée.");
                return default;
            }));
            options.AddEventHandler<ValidateEndSessionRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.PostLogoutRedirectUri is { } uri && !new Uri(uri).AbsolutePath.StartsWith("/signout-callback-", StringComparison.Ordinal))
                    context.Reject(Errors.InvalidRequest, "post_logout_redirect_uri refusée.");
                return default;
            }));
        });

        var app = builder.Build();
        app.Use(async (context, next) =>
        {
            if (self!.Fault == ProviderFault.Down)
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return;
            }
            if (context.Request.Path.StartsWithSegments("/api/v2/token") && self.Fault is not ProviderFault.None and not ProviderFault.AcrTooLow)
            {
                await self.RewriteTokenResponseAsync(context, next);
                return;
            }
            await next(context);
        });
        app.UseRouting();
        app.UseAuthentication();
        app.MapMethods("api/v2/authorize", ["GET", "POST"], (HttpContext http) => self!.Authorize(http));
        app.MapMethods("api/v2/userinfo", ["GET", "POST"], async (HttpContext http) =>
        {
            var result = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            var principal = result.Principal!;
            var claims = new Dictionary<string, string?>
            {
                ["sub"] = principal.GetClaim(Claims.Subject),
                ["given_name"] = principal.GetClaim(Claims.GivenName),
                ["family_name"] = principal.GetClaim(Claims.FamilyName),
                ["email"] = principal.GetClaim(Claims.Email),
            };
            return Results.Json(claims.Where(c => c.Value is not null).ToDictionary());
        });
        app.MapMethods("api/v2/session/end", ["GET", "POST"], (HttpContext http) =>
        {
            var request = http.GetOpenIddictServerRequest()!;
            self!.EndSessions.Enqueue(new EndSessionCall(request.IdTokenHint, request.PostLogoutRedirectUri));
            return Results.SignOut(new AuthenticationProperties(), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        self = new TestOpenIdProvider(app, key, address.TrimEnd('/') + "/", clientId, clientSecret);
        return self;
    }

    /// <summary>Signs in <see cref="NextIdentity"/> at once, with the claims FranceConnect gives (acr eidas1).</summary>
    private IResult Authorize(HttpContext http)
    {
        var request = http.GetOpenIddictServerRequest()!;
        AcrValuesRequested.Enqueue(request.AcrValues);
        ScopesRequested.Enqueue(request.Scope ?? "");
        var who = NextIdentity;
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, who.Subject)
            .SetClaim(Claims.GivenName, who.GivenName)
            .SetClaim(Claims.FamilyName, who.FamilyName)
            .SetClaim("acr", Fault == ProviderFault.AcrTooLow ? "eidas0" : "eidas1");
        if (who.Email is not null) identity.SetClaim(Claims.Email, who.Email);
        identity.SetScopes(request.GetScopes());
        identity.SetDestinations(claim => claim.Type switch
        {
            Claims.Subject => [Destinations.AccessToken, Destinations.IdentityToken],
            "acr" => [Destinations.IdentityToken],
            _ => [Destinations.AccessToken],
        });
        return Results.SignIn(new ClaimsPrincipal(identity), null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>Lets OpenIddict answer the token request, then rewrites its ID token according to <see cref="Fault"/>.</summary>
    private async Task RewriteTokenResponseAsync(HttpContext context, RequestDelegate next)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }
        var json = JsonNode.Parse(Encoding.UTF8.GetString(buffer.ToArray()))!.AsObject();
        if (json["id_token"]?.GetValue<string>() is { } idToken) json["id_token"] = Degrade(idToken);
        var bytes = Encoding.UTF8.GetBytes(json.ToJsonString());
        context.Response.ContentLength = bytes.Length;
        await original.WriteAsync(bytes);
    }

    private string Degrade(string idToken)
    {
        var payload = JsonNode.Parse(Base64UrlEncoder.Decode(idToken.Split('.')[1]))!.AsObject();
        var key = signingKey;
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        switch (Fault)
        {
            case ProviderFault.WrongNonce: payload["nonce"] = "une-autre-demande"; break;
            case ProviderFault.WrongIssuer: payload["iss"] = "https://faux-fournisseur.exemple/"; break;
            case ProviderFault.WrongAudience: payload["aud"] = "un-autre-portail"; break;
            case ProviderFault.Expired:
                payload["iat"] = now - 3600;
                payload["nbf"] = now - 3600;
                payload["exp"] = now - 1800;
                break;
            case ProviderFault.BadSignature:
                key = new RsaSecurityKey(RSA.Create(2048)) { KeyId = signingKey.KeyId };
                break;
        }
        return new JsonWebTokenHandler().CreateToken(payload.ToJsonString(), new SigningCredentials(key, SecurityAlgorithms.RsaSha256));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
