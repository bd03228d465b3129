using Ctg.Participation.Common;
using Ctg.Participation.Conventions;
using Ctg.Participation.Csv;
using Ctg.Participation.Data;
using Ctg.Participation.Proposals;
using Ctg.Participation.Spreadsheets;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.ActionPlan;

/// <summary>
/// The action plan as CSV: the template, the export (UTF-8 with BOM, `;`), and the import that previews a file
/// and, once confirmed, stores its valid rows in one transaction. An existing fiche number is rejected (the import
/// creates fiches; it never overwrites one edited in the portal).
/// </summary>
public sealed class ActionPlanCsv(PortalDbContext db, ConventionAccess access, PendingImports pending, TimeProvider clock)
    : CsvImport<PlanAction>(db, access, pending)
{
    public static readonly string[] Columns =
    [
        "numero", "titre", "axe", "diagnostic", "finalite", "objectifs_operationnels", "public_cible", "modalites", "date_debut",
        "date_echeance", "services", "partenaires", "resultats_attendus", "statut", "avancement", "indicateur", "valeur_reference", "cible",
    ];

    private static readonly string[] Required = ["numero", "titre", "axe"];

    public static string Template() => "\uFEFF" + string.Join(';', Columns) + "\r\n";

    private static readonly Dictionary<string, double> Widths = new()
    {
        ["numero"] = 8, ["titre"] = 40, ["axe"] = 24, ["date_debut"] = 12, ["date_echeance"] = 12, ["statut"] = 12, ["avancement"] = 10,
        ["valeur_reference"] = 12, ["cible"] = 10, ["partenaires"] = 30,
    };

    /// <summary>The columns of the template and the export, with their widths in a spreadsheet.</summary>
    public static IReadOnlyList<TableColumn> TableColumns { get; } = Columns.Select(c => new TableColumn(c, Widths.GetValueOrDefault(c, 30))).ToList();

    /// <summary>The empty template (header only) as a table, to fill in a spreadsheet and import.</summary>
    public static async Task WriteTemplateAsync(ITableWriter table, CancellationToken ct = default) => await table.WriteHeaderAsync(TableColumns, ct);

    /// <summary>Writes the plan, fiche by fiche, as it is read from the database: numbers, progress and dates typed.</summary>
    public async Task WriteAsync(int conventionId, ITableWriter table, CancellationToken ct = default)
    {
        await table.WriteHeaderAsync(TableColumns, ct);
        var rows = Db.PlanActions.AsNoTracking().Where(a => a.ConventionId == conventionId).OrderBy(a => a.Number)
            .Select(a => new
            {
                a.Number, a.Title, Axis = a.Axis!.Name, a.Diagnostic, a.Finality, a.OperationalObjectives, a.TargetAudience, a.Modalities,
                a.StartDate, a.DueDate, a.Services, Partners = a.Partners.Select(p => p.Partner!.Name).ToList(), a.ExpectedResults, a.Status, a.Progress,
                Indicator = a.Indicators.OrderBy(i => i.Id).Select(i => new { i.Label, i.Baseline, i.Target }).FirstOrDefault(),
            })
            .AsSplitQuery()
            .AsAsyncEnumerable();
        await foreach (var a in rows.WithCancellation(ct))
        {
            await table.WriteRowAsync(
            [
                TableCell.Of(a.Number), TableCell.Text(a.Title), TableCell.Text(a.Axis), TableCell.Text(a.Diagnostic), TableCell.Text(a.Finality),
                TableCell.Text(a.OperationalObjectives), TableCell.Text(a.TargetAudience), TableCell.Text(a.Modalities), TableCell.Of(a.StartDate),
                TableCell.Of(a.DueDate), TableCell.Text(a.Services), TableCell.Text(string.Join(" | ", a.Partners)), TableCell.Text(a.ExpectedResults),
                TableCell.Text(a.Status.Label()), TableCell.Of(a.Progress), TableCell.Text(a.Indicator?.Label), TableCell.Of(a.Indicator?.Baseline),
                TableCell.Of(a.Indicator?.Target),
            ], ct);
        }
    }

    protected override string Kind => PendingImports.ActionPlan;
    protected override string Denied => ActionPlanEditor.Denied;
    protected override IReadOnlyList<string> RequiredColumns => Required;

    protected override async Task<(ImportPreview Preview, List<PlanAction> Rows)> ReadRowsAsync(int conventionId, CsvTable table, CancellationToken ct)
    {

        var axes = await Db.Axes.AsNoTracking().Where(a => a.ConventionId == conventionId).Select(a => new { a.Id, a.Name, a.Slug }).ToListAsync(ct);
        var partners = await Db.ConventionPartners.AsNoTracking().Where(p => p.ConventionId == conventionId)
            .Select(p => new { p.PartnerId, p.Partner!.Name }).ToListAsync(ct);
        var existing = (await Db.PlanActions.Where(a => a.ConventionId == conventionId).Select(a => a.Number).ToListAsync(ct)).ToHashSet();
        var axisIds = axes.Select(a => a.Id).ToHashSet();
        var partnerIds = partners.Select(p => p.PartnerId).ToHashSet();
        var now = clock.GetUtcNow();

        var accepted = new List<ImportAccepted>();
        var rejected = new List<ImportRejection>();
        var actions = new List<PlanAction>();
        var seen = new HashSet<int>();
        foreach (var record in table.Records)
        {
            string Get(string column) => table.Get(record, column);
            var reasons = new List<string>();
            var axisText = PortalText.ForSearch(Get("axe"));
            var axis = axes.FirstOrDefault(a => PortalText.ForSearch(a.Name) == axisText || a.Slug == axisText);
            if (axis is null && axisText.Length > 0) reasons.Add($"l'axe « {Get("axe")} » n'est pas un axe de cette CTG");
            var partnerNames = Get("partenaires").Split(['|', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var partnerIdsOfRow = new List<int>();
            foreach (var name in partnerNames)
            {
                var partner = partners.FirstOrDefault(p => PortalText.ForSearch(p.Name) == PortalText.ForSearch(name));
                if (partner is null) reasons.Add($"le partenaire « {name} » n'est pas un partenaire de cette CTG");
                else partnerIdsOfRow.Add(partner.PartnerId);
            }
            var status = PlanActionStatusLabels.Parse(Get("statut"));
            if (status is null) reasons.Add($"le statut « {Get("statut")} » est inconnu (à lancer, en cours, réalisée, reportée, bloquée, abandonnée)");

            var input = new ActionInput
            {
                Number = Get("numero"), Title = Get("titre"), AxisId = axis?.Id, Diagnostic = Get("diagnostic"), Finality = Get("finalite"),
                OperationalObjectives = Get("objectifs_operationnels"), TargetAudience = Get("public_cible"), Modalities = Get("modalites"),
                StartDate = Get("date_debut"), DueDate = Get("date_echeance"), Services = Get("services"), PartnerIds = partnerIdsOfRow,
                ExpectedResults = Get("resultats_attendus"), Status = status ?? PlanActionStatus.ToStart, Progress = Get("avancement"),
            };
            var (values, problems) = ActionRules.Check(input, axisIds, partnerIds);
            reasons.AddRange(problems.Where(p => !(p.Field == nameof(ActionInput.AxisId) && axis is null && axisText.Length > 0)).Select(p => Lower(p.Message)));
            PlanIndicator? indicator = null;
            if (Get("indicateur").Length > 0 || Get("valeur_reference").Length > 0 || Get("cible").Length > 0)
            {
                var (checkedIndicator, indicatorProblems) = ActionPlanEditor.CheckIndicator(Get("indicateur"), Get("valeur_reference"), Get("cible"));
                indicator = checkedIndicator;
                reasons.AddRange(indicatorProblems.Select(p => Lower(p.Message)));
            }
            if (values is not null && existing.Contains(values.Number))
                reasons.Add($"la fiche action n° {values.Number} existe déjà dans le plan (l'import ne remplace pas une fiche existante)");
            else if (values is not null && !seen.Add(values.Number))
                reasons.Add($"le numéro {values.Number} apparaît plusieurs fois dans le fichier");

            if (reasons.Count > 0 || values is null)
            {
                rejected.Add(new ImportRejection(record.Line, string.Join(" ; ", reasons.Distinct()) + "."));
                continue;
            }
            var action = new PlanAction { ConventionId = conventionId };
            ActionPlanEditor.Apply(action, values, now);
            if (indicator is not null) action.Indicators.Add(indicator);
            actions.Add(action);
            accepted.Add(new ImportAccepted(record.Line, $"Fiche n° {values.Number} — {values.Title} ({axis!.Name}, {values.Status.Label()})"));
        }
        return (new ImportPreview(accepted, rejected, table.Records.Count == 0 ? "Le fichier ne contient aucune ligne après l'en-tête." : null), actions);
    }

    private static string Lower(string message) => message.Length == 0 ? message : char.ToLower(message[0], PortalCulture.French) + message[1..].TrimEnd('.');
}
