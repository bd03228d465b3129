using Ctg.Participation.Common;
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
    : CsvImport<FamilyService>(db, access, pending)
{
    public static readonly string[] Columns = ["nom", "type", "commune", "adresse", "axe", "telephone", "courriel", "site", "horaires", "accessibilite", "fauteuil_roulant"];
    private static readonly string[] Required = ["nom", "type", "commune"];

    public static string Template() => "\uFEFF" + string.Join(';', Columns) + "\r\n";

    protected override string Kind => PendingImports.ServiceDirectory;
    protected override string Denied => ServiceDirectoryEditor.Denied;
    protected override IReadOnlyList<string> RequiredColumns => Required;

    protected override async Task<(ImportPreview Preview, List<FamilyService> Rows)> ReadRowsAsync(int conventionId, CsvTable table, CancellationToken ct)
    {
        var communes = await Db.Municipalities.AsNoTracking().Where(m => m.ConventionId == conventionId).Select(m => new { m.Id, m.Name, m.InseeCode }).ToListAsync(ct);
        var axes = await Db.Axes.AsNoTracking().Where(a => a.ConventionId == conventionId).Select(a => new { a.Id, a.Name, a.Slug }).ToListAsync(ct);
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
            var communeText = PortalText.ForSearch(Get("commune"));
            var commune = communes.FirstOrDefault(c => PortalText.ForSearch(c.Name) == communeText || c.InseeCode == Get("commune"));
            if (commune is null) reasons.Add($"la commune « {Get("commune")} » n'est pas une commune de cette CTG");
            var axisText = PortalText.ForSearch(Get("axe"));
            var axis = axes.FirstOrDefault(a => PortalText.ForSearch(a.Name) == axisText || a.Slug == axisText);
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
