using Ctg.Participation.Accounts;
using Ctg.Participation.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Ctg.Participation.Web.Accounts;

namespace Ctg.Participation.Web.Extensions;

public static class IdentityExtensions
{
    public static IServiceCollection AddPortalIdentity(this IServiceCollection services)
    {
        services.AddIdentity<PortalUser, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedEmail = true;
                options.SignIn.RequireConfirmedAccount = true;
                // Length and a deny-list rather than composition rules (see PortalPasswordValidator).
                options.Password.RequiredLength = 12;
                options.Password.RequiredUniqueChars = 5;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<FrenchIdentityErrorDescriber>()
            .AddPasswordValidator<PortalPasswordValidator>();

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = PortalCookies.Session;
            PortalCookies.Harden(options.Cookie);
            options.LoginPath = "/compte/connexion";
            options.LogoutPath = "/compte/deconnexion";
            options.AccessDeniedPath = "/compte/acces-refuse";
            options.ExpireTimeSpan = TimeSpan.FromDays(14);
            options.SlidingExpiration = true;
            options.Events.OnSigningIn = SessionCookie.OnSigningInAsync;
            options.Events.OnValidatePrincipal = async context =>
            {
                // The server-side session first: a signed-out or revoked cookie stops here, on every instance.
                if (!await SessionCookie.ValidateAsync(context)) return;
                await SecurityStampValidator.ValidatePrincipalAsync(context);
                await RecordVisitAsync(context.HttpContext, context.Principal);
            };
        });
        ConfigureSecondaryCookies(services);
        services.AddHttpContextAccessor();
        services.AddScoped<Ctg.Participation.Web.Accounts.AccountMails>();
        services.AddScoped<AccountSecurity>();
        services.AddScoped<PasskeySignIn>();
        // Identity 10's WebAuthn ceremonies (no-op when AddIdentity already registered it).
        Microsoft.Extensions.DependencyInjection.Extensions.ServiceCollectionDescriptorExtensions.TryAddScoped<IPasskeyHandler<PortalUser>, PasskeyHandler<PortalUser>>(services);
        services.AddScoped<Ctg.Participation.Web.Accounts.MunicipalityOptions>();

        // Sessions are ended through their server-side record (SessionCookie); the stamp check stays as a second net.
        services.Configure<SecurityStampValidatorOptions>(options =>
        {
            options.ValidationInterval = TimeSpan.FromMinutes(30);
            options.OnRefreshingPrincipal = SessionCookie.KeepSessionOnRefresh;
        });
        return services;
    }

    /// <summary>
    /// Records the visit for the two-year inactivity rule: at most once a day per account and process, so that
    /// ordinary page views cost no database write.
    /// </summary>
    private static async Task RecordVisitAsync(HttpContext http, System.Security.Claims.ClaimsPrincipal? principal)
    {
        var userId = principal?.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
        if (userId is null) return;
        var cache = http.RequestServices.GetRequiredService<Microsoft.Extensions.Caching.Memory.IMemoryCache>();
        var key = $"visit:{userId}:{DateTime.UtcNow:yyyyMMdd}";
        if (cache.TryGetValue(key, out _)) return;
        cache.Set(key, true, TimeSpan.FromDays(1));
        await http.RequestServices.GetRequiredService<AccountActivity>().TouchAsync(userId, http.RequestAborted);
    }

    private static void ConfigureSecondaryCookies(IServiceCollection services)
    {
        foreach (var scheme in new[] { IdentityConstants.TwoFactorUserIdScheme, IdentityConstants.TwoFactorRememberMeScheme, IdentityConstants.ExternalScheme })
        {
            services.Configure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(scheme, options =>
            {
                PortalCookies.Harden(options.Cookie);
            });
        }
    }
}
