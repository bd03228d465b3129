using Ctg.Participation.Conventions;
using Ctg.Participation.Csv;
using Ctg.Participation.Data;
using Ctg.Participation.Proposals;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.ServiceDirectory;

/// <summary>
/// Imports directory entries from CSV with the same preview-then-confirm flow as the action plan (<see cref="CsvTable"/>,
/// <see cref="ImportPreview"/>, <see cref="PendingImports"/>). Every row creates an entry; nothing is overwritten.
/// </summary>
public sealed class ServiceDirectoryCsv(PortalDbContext db, ConventionAccess access, PendingImports pending, TimeProvider clock)
{
    public static readonly string[] Columns = ["nom", "type", "commune", "adresse", "axe", "telephone", "courriel", "site", "horaires", "accessibilite", "fauteuil_roulant"];
    private static readonly string[] Required = ["nom", "type", "commune"];

    public static string Template() => "\uFEFF" + string.Join(';', Columns) + "\r\n";

    public async Task<(Guid? PendingId, ImportPreview Preview)> PreviewAsync(int conventionId, ProposalAnswers.Actor actor, string fileName, byte[] bytes, CancellationToken ct = default)
    {
        if (!await access.CanManageAsync(actor.UserId, actor.Roles, conventionId, ct)) return (null, ImportPreview.Failed(ServiceDirectoryEditor.Denied));
        if (bytes.Length == 0) return (null, ImportPreview.Failed("Choisissez un fichier CSV."));
        if (bytes.Length > PendingImports.MaxBytes) return (null, ImportPreview.Failed("Le fichier dépasse 2 Mo."));
        var text = CsvTable.Decode(bytes);
        if (text is null) return (null, ImportPreview.Failed("Le fichier n'est pas encodé en UTF-8 : enregistrez-le en « CSV UTF-8 »."));
        var (preview, _) = await ReadAsync(conventionId, text, ct);
        if (!preview.CanConfirm) return (null, preview);
        return (await pending.KeepAsync(conventionId, PendingImports.ServiceDirectory, actor.UserId, fileName, text, ct), preview);
    }

    public async Task<ImportPreview?> PendingPreviewAsync(int conventionId, ProposalAnswers.Actor actor, Guid id, CancellationToken ct = default)
    {
        var kept = await pending.FindAsync(id, conventionId, PendingImports.ServiceDirectory, actor.UserId, ct);
        return kept is null ? null : (await ReadAsync(conventionId, kept.Content, ct)).Preview;
    }

    public async Task<(int Imported, string? Error)> ConfirmAsync(int conventionId, ProposalAnswers.Actor actor, Guid id, CancellationToken ct = default)
    {
        if (!await access.CanManageAsync(actor.UserId, actor.Roles, conventionId, ct)) return (0, ServiceDirectoryEditor.Denied);
        var kept = await pending.FindAsync(id, conventionId, PendingImports.ServiceDirectory, actor.UserId, ct);
        if (kept is null) return (0, "Cet import a expiré ou a déjà été confirmé : déposez le fichier à nouveau.");
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var (preview, services) = await ReadAsync(conventionId, kept.Content, ct);
        if (!preview.CanConfirm) return (0, preview.FileError ?? "Aucune ligne valide à importer.");
        db.FamilyServices.AddRange(services);
        db.PendingImports.Remove(kept);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (services.Count, null);
    }

    private async Task<(ImportPreview Preview, List<FamilyService> Services)> ReadAsync(int conventionId, string text, CancellationToken ct)
    {
        CsvTable table;
        try { table = CsvTable.Parse(text); }
        catch (FormatException e) { return (ImportPreview.Failed(e.Message), []); }
        var missing = Required.Where(c => !table.HasColumn(c)).ToList();
        if (missing.Count > 0)
            return (ImportPreview.Failed($"Colonne(s) manquante(s) dans la ligne d'en-tête : {string.Join(", ", missing)}. Partez du modèle à télécharger."), []);
        if (table.Records.Count > 2_000) return (ImportPreview.Failed("Le fichier dépasse 2 000 lignes."), []);
        var communes = await db.Municipalities.AsNoTracking().Where(m => m.ConventionId == conventionId).Select(m => new { m.Id, m.Name, m.InseeCode }).ToListAsync(ct);
        var axes = await db.Axes.AsNoTracking().Where(a => a.ConventionId == conventionId).Select(a => new { a.Id, a.Name, a.Slug }).ToListAsync(ct);
        var communeIds = communes.Select(c => c.Id).ToHashSet();
        var axisIds = axes.Select(a => a.Id).ToHashSet();
        var now = clock.GetUtcNow();

        var accepted = new List<ImportAccepted>();
        var rejected = new List<ImportRejection>();
        var services = new List<FamilyService>();
        foreach (var record in table.Records)
        {
            string Get(string column) => table.Get(record, column);
            var reasons = new List<string>();
            var kind = FamilyServiceLabels.ParseKind(Get("type"));
            if (kind is null) reasons.Add($"le type « {Get("type")} » est inconnu");
            var communeText = ProposalText.ForSearch(Get("commune"));
            var commune = communes.FirstOrDefault(c => ProposalText.ForSearch(c.Name) == communeText || c.InseeCode == Get("commune"));
            if (commune is null) reasons.Add($"la commune « {Get("commune")} » n'est pas une commune de cette CTG");
            var axisText = ProposalText.ForSearch(Get("axe"));
            var axis = axes.FirstOrDefault(a => ProposalText.ForSearch(a.Name) == axisText || a.Slug == axisText);
            if (axis is null && axisText.Length > 0) reasons.Add($"l'axe « {Get("axe")} » n'est pas un axe de cette CTG");
            var wheelchair = FamilyServiceLabels.ParseWheelchair(Get("fauteuil_roulant"));
            if (wheelchair is null) reasons.Add("l'accès en fauteuil roulant s'écrit oui, non ou inconnu");
            var input = new FamilyServiceInput
            {
                Name = Get("nom"), Kind = kind ?? FamilyServiceKind.Autre, MunicipalityId = commune?.Id, AxisId = axis?.Id, Address = Get("adresse"),
                Phone = Get("telephone"), Email = Get("courriel"), Website = Get("site"), OpeningHours = Get("horaires"), Accessibility = Get("accessibilite"),
                Wheelchair = wheelchair ?? WheelchairAccess.Unknown,
            };
            reasons.AddRange(FamilyServiceRules.Check(input, communeIds, axisIds)
                .Where(p => !(p.Field == nameof(FamilyServiceInput.MunicipalityId) && commune is null))
                .Select(p => char.ToLower(p.Message[0], PortalCulture.French) + p.Message[1..].TrimEnd('.')));
            if (reasons.Count > 0)
            {
                rejected.Add(new ImportRejection(record.Line, string.Join(" ; ", reasons) + "."));
                continue;
            }
            var service = new FamilyService();
            FamilyServiceRules.Apply(service, input, conventionId, now);
            services.Add(service);
            accepted.Add(new ImportAccepted(record.Line, $"{service.Name} — {service.Kind.Label()}, {commune!.Name}"));
        }
        return (new ImportPreview(accepted, rejected, table.Records.Count == 0 ? "Le fichier ne contient aucune ligne après l'en-tête." : null), services);
    }
}
