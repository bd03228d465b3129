using Ctg.Participation.Conventions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Ctg.Participation.Web.Extensions;

public static class PagesExtensions
{

    public static IServiceCollection AddPortalPages(this IServiceCollection services)
    {
        services.AddRazorPages(options =>
        {
            // Defence in depth: the whole back-office folder needs a staff account even if a page forgets its policy.
            options.Conventions.AuthorizeFolder("/Coordination", ConventionPermissions.AccessCoordination);
            options.Conventions.AuthorizeFolder("/Compte/Espace");
        })
        .AddMvcOptions(options =>
        {
            options.Filters.Add<UnknownHandlerFilter>();
            options.ModelBindingMessageProvider.SetValueMustNotBeNullAccessor(_ => "Ce champ est obligatoire.");
            options.ModelBindingMessageProvider.SetAttemptedValueIsInvalidAccessor((value, _) => $"La valeur « {value} » n'est pas valide.");
            options.ModelBindingMessageProvider.SetValueIsInvalidAccessor(value => $"La valeur « {value} » n'est pas valide.");
            options.ModelBindingMessageProvider.SetMissingBindRequiredValueAccessor(_ => "Ce champ est obligatoire.");
            options.ModelBindingMessageProvider.SetUnknownValueIsInvalidAccessor(_ => "La valeur saisie n'est pas valide.");
            options.ModelBindingMessageProvider.SetValueMustBeANumberAccessor(_ => "Saisissez un nombre.");
            options.ModelBindingMessageProvider.SetMissingKeyOrValueAccessor(() => "Ce champ est obligatoire.");
            options.ModelBindingMessageProvider.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"La valeur « {value} » n'est pas valide.");
            options.ModelBindingMessageProvider.SetNonPropertyUnknownValueIsInvalidAccessor(() => "La valeur saisie n'est pas valide.");
            options.ModelBindingMessageProvider.SetNonPropertyValueMustBeANumberAccessor(() => "Saisissez un nombre.");
        });

        services.AddSingleton<Common.PageLinkTemplates>();
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = PortalCookies.Antiforgery;
            PortalCookies.Harden(options.Cookie, SameSiteMode.Strict);
            options.HeaderName = "X-CSRF-TOKEN";
        });
        services.Configure<CookieTempDataProviderOptions>(options =>
        {
            options.Cookie.Name = PortalCookies.TempData;
            PortalCookies.Harden(options.Cookie);
        });
        // French text stays readable in the HTML (é, not &#xE9;); <, >, &, quotes are still encoded.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
            options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.Configure<RouteOptions>(options =>
        {
            options.LowercaseUrls = true;
            options.AppendTrailingSlash = false;
        });
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
        return services;
    }
}
