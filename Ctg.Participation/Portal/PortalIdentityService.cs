using Ctg.Participation.Accounts;
using Ctg.Participation.Data;
using Ctg.Participation.Images;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Configuration;

namespace Ctg.Participation.Portal;

/// <summary>
/// Reads the portal's identity (database over configuration over demo) for every page, cached until an administrator
/// changes it, and saves the administrator's changes: all checked first, nothing stored when one value is wrong.
/// </summary>
public sealed class PortalIdentityService(PortalDbContext db, IConfiguration configuration, IMemoryCache cache, PortalLogoStore logos)
{
    private const string CacheKey = "portal-identity";
    public const int NameMax = 80;
    public const int TextMax = 300;
    public const int EpciLogosMax = 12;

    public async Task<PortalIdentity> GetAsync(CancellationToken ct = default) =>
        await cache.GetOrCreateAsync(CacheKey, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(10);
            return await LoadAsync(ct);
        }) ?? await LoadAsync(ct);

    /// <summary>What the administrator stored (null for a value taken from configuration or the demo).</summary>
    public async Task<Dictionary<string, string>> StoredAsync(CancellationToken ct = default)
    {
        var keys = PortalIdentityKeys.All.Select(PortalIdentityKeys.Setting).ToList();
        var rows = await db.PortalSettings.AsNoTracking().Where(s => keys.Contains(s.Key)).ToListAsync(ct);
        return PortalIdentityKeys.All
            .Select(k => (k, rows.FirstOrDefault(r => r.Key == PortalIdentityKeys.Setting(k))?.Value))
            .Where(p => !string.IsNullOrEmpty(p.Value))
            .ToDictionary(p => p.k, p => p.Value!);
    }

    private async Task<PortalIdentity> LoadAsync(CancellationToken ct)
    {
        var stored = await StoredAsync(ct);
        var demo = configuration.GetValue("DemoData:Enabled", false) && configuration.GetValue("DemoData:Identity", true);
        string? Value(string key)
        {
            if (stored.TryGetValue(key, out var fromDb)) return fromDb;
            var fromConfig = configuration["Portal:" + key];
            if (!string.IsNullOrWhiteSpace(fromConfig)) return fromConfig.Trim();
            return demo && DemoIdentity.Values.TryGetValue(key, out var fromDemo) ? fromDemo : null;
        }
        var colour = Contrast.Normalise(Value(PortalIdentityKeys.PrimaryColour)) is { } c && Contrast.AgainstWhite(c) >= Contrast.Minimum ? c : PortalIdentity.DefaultColour;
        return new PortalIdentity(
            Value(PortalIdentityKeys.Name) ?? PortalIdentity.DefaultName,
            Value(PortalIdentityKeys.Department), Value(PortalIdentityKeys.Editor), Value(PortalIdentityKeys.PublicationDirector),
            Value(PortalIdentityKeys.ContactMail), Value(PortalIdentityKeys.PostalAddress), Value(PortalIdentityKeys.Host), colour,
            Value(PortalIdentityKeys.CafLogo), Value(PortalIdentityKeys.DepartmentLogo),
            (Value(PortalIdentityKeys.EpciLogos) ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>A logo the administrator sends: its stream and its declared length.</summary>
    public sealed record LogoUpload(Stream Content, long Length);

    public sealed class Changes
    {
        public string? Name { get; set; }
        public string? Department { get; set; }
        public string? Editor { get; set; }
        public string? PublicationDirector { get; set; }
        public string? ContactMail { get; set; }
        public string? PostalAddress { get; set; }
        public string? Host { get; set; }
        public string? PrimaryColour { get; set; }
        public LogoUpload? CafLogo { get; set; }
        public LogoUpload? DepartmentLogo { get; set; }
        public IReadOnlyList<LogoUpload> EpciLogos { get; set; } = [];
        public bool RemoveCafLogo { get; set; }
        public bool RemoveDepartmentLogo { get; set; }
        public bool RemoveEpciLogos { get; set; }
    }

    /// <summary>Errors by field (French); empty when everything was saved. Nothing is saved when one value is wrong.</summary>
    public async Task<Dictionary<string, string>> SaveAsync(Changes changes, CancellationToken ct = default)
    {
        var errors = Validate(changes);
        if (errors.Count > 0) return errors;

        // Logos are checked and re-encoded before anything is written; a refused one leaves every setting as it was.
        var written = new List<string>();
        async Task<string?> Store(string field, LogoUpload? upload)
        {
            if (upload is null) return null;
            var result = await logos.Store.SaveAsync(upload.Content, upload.Length, ct);
            if (result.Error is not null) { errors[field] = result.Error; return null; }
            written.Add(result.Image!.FileName);
            return result.Image.FileName;
        }
        var caf = await Store(nameof(Changes.CafLogo), changes.CafLogo);
        var department = await Store(nameof(Changes.DepartmentLogo), changes.DepartmentLogo);
        var epcis = new List<string>();
        foreach (var upload in changes.EpciLogos)
        {
            if (await Store(nameof(Changes.EpciLogos), upload) is { } name) epcis.Add(name);
        }
        if (errors.Count > 0)
        {
            foreach (var name in written) logos.Store.Delete(name);
            return errors;
        }

        var stored = await StoredAsync(ct);
        var values = new Dictionary<string, string?>
        {
            [PortalIdentityKeys.Name] = Clean(changes.Name),
            [PortalIdentityKeys.Department] = Clean(changes.Department),
            [PortalIdentityKeys.Editor] = Clean(changes.Editor),
            [PortalIdentityKeys.PublicationDirector] = Clean(changes.PublicationDirector),
            [PortalIdentityKeys.ContactMail] = Clean(changes.ContactMail),
            [PortalIdentityKeys.PostalAddress] = Clean(changes.PostalAddress),
            [PortalIdentityKeys.Host] = Clean(changes.Host),
            [PortalIdentityKeys.PrimaryColour] = Contrast.Normalise(changes.PrimaryColour),
            [PortalIdentityKeys.CafLogo] = caf ?? (changes.RemoveCafLogo ? null : stored.GetValueOrDefault(PortalIdentityKeys.CafLogo)),
            [PortalIdentityKeys.DepartmentLogo] = department ?? (changes.RemoveDepartmentLogo ? null : stored.GetValueOrDefault(PortalIdentityKeys.DepartmentLogo)),
            [PortalIdentityKeys.EpciLogos] = string.Join('|',
                (changes.RemoveEpciLogos ? [] : (stored.GetValueOrDefault(PortalIdentityKeys.EpciLogos) ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries)).Concat(epcis).Take(EpciLogosMax)),
        };
        var keys = values.Keys.Select(PortalIdentityKeys.Setting).ToList();
        var rows = await db.PortalSettings.Where(s => keys.Contains(s.Key)).ToDictionaryAsync(s => s.Key, ct);
        foreach (var (key, value) in values)
        {
            var settingKey = PortalIdentityKeys.Setting(key);
            if (string.IsNullOrEmpty(value))
            {
                if (rows.TryGetValue(settingKey, out var old)) db.PortalSettings.Remove(old);
            }
            else if (rows.TryGetValue(settingKey, out var row)) row.Value = value;
            else db.PortalSettings.Add(new PortalSetting { Key = settingKey, Value = value });
        }
        await db.SaveChangesAsync(ct);
        cache.Remove(CacheKey);
        return errors;
    }

    public static Dictionary<string, string> Validate(Changes changes)
    {
        var errors = new Dictionary<string, string>();
        if (Clean(changes.Name) is { Length: > NameMax } name)
            errors[nameof(Changes.Name)] = $"Le nom du portail ne doit pas dépasser {NameMax} caractères (il en compte {name.Length}).";
        foreach (var (field, value, label) in new[]
                 {
                     (nameof(Changes.Department), changes.Department, "Le département"), (nameof(Changes.Editor), changes.Editor, "L'éditeur"),
                     (nameof(Changes.PublicationDirector), changes.PublicationDirector, "Le directeur de la publication"),
                     (nameof(Changes.PostalAddress), changes.PostalAddress, "L'adresse postale"), (nameof(Changes.Host), changes.Host, "L'hébergeur"),
                 })
        {
            if (Clean(value) is { Length: > TextMax }) errors[field] = $"{label} ne doit pas dépasser {TextMax} caractères.";
        }
        if (Clean(changes.ContactMail) is { } mail && (mail.Length > 200 || !System.Net.Mail.MailAddress.TryCreate(mail, out var parsed) || parsed.Address != mail))
            errors[nameof(Changes.ContactMail)] = "Saisissez une adresse électronique valide, par exemple participation@caf06.fr.";
        if (Clean(changes.PrimaryColour) is { } colourText)
        {
            if (Contrast.Normalise(colourText) is not { } colour)
                errors[nameof(Changes.PrimaryColour)] = "Saisissez une couleur au format #RRVVBB, par exemple #0b5c66.";
            else if (Contrast.AgainstWhite(colour) is var ratio && ratio < Contrast.Minimum)
                errors[nameof(Changes.PrimaryColour)] = $"Cette couleur n'est pas assez contrastée sur fond blanc ({ratio.ToString("0.0", PortalCulture.French)}:1) : il faut au moins 4,5:1 pour que le texte reste lisible. Choisissez une teinte plus foncée.";
        }
        if (changes.EpciLogos.Count > EpciLogosMax)
            errors[nameof(Changes.EpciLogos)] = $"Envoyez au plus {EpciLogosMax} logos d'intercommunalités.";
        return errors;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>The folder of the uploaded logos (Portal:LogoDirectory), with the portal's image checks.</summary>
public sealed class PortalLogoStore(string folder)
{
    public ImageStore Store { get; } = new(folder);
}
