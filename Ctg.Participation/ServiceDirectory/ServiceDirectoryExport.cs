using Ctg.Participation.Data;
using Ctg.Participation.Spreadsheets;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.ServiceDirectory;

/// <summary>
/// The CTG's directory entries as a table, with the import template's columns first (so an export, corrected in a
/// spreadsheet, imports again) then the commune's INSEE code (text: « 06099 » keeps its zero) and the last update.
/// </summary>
public sealed class ServiceDirectoryExport(PortalDbContext db)
{
    public static IReadOnlyList<TableColumn> Columns { get; } =
        ServiceDirectoryCsv.Columns.Select(c => new TableColumn(c, c switch { "nom" or "adresse" or "horaires" or "accessibilite" => 36, "type" or "commune" or "axe" => 22, _ => 18 }))
            .Concat([new TableColumn("commune_insee", 10), new TableColumn("mis_a_jour", 17)]).ToList();

    /// <summary>The empty template (header only) to fill in a spreadsheet.</summary>
    public static async Task WriteTemplateAsync(ITableWriter table, CancellationToken ct = default) =>
        await table.WriteHeaderAsync(ServiceDirectoryCsv.Columns.Select(c => new TableColumn(c, 24)).ToList(), ct);

    public async Task WriteAsync(int conventionId, ITableWriter table, CancellationToken ct = default)
    {
        await table.WriteHeaderAsync(Columns, ct);
        var rows = db.FamilyServices.AsNoTracking().Where(s => s.ConventionId == conventionId).OrderBy(s => s.SortKey).ThenBy(s => s.Id)
            .Select(s => new
            {
                s.Name, s.Kind, Commune = s.Municipality!.Name, s.Municipality.InseeCode, Axis = s.Axis != null ? s.Axis.Name : null, s.Address, s.Phone,
                s.Email, s.Website, s.OpeningHours, s.Accessibility, s.Wheelchair, s.UpdatedAt,
            })
            .AsAsyncEnumerable();
        await foreach (var s in rows.WithCancellation(ct))
        {
            await table.WriteRowAsync(
            [
                TableCell.Text(s.Name), TableCell.Text(s.Kind.Label()), TableCell.Text(s.Commune), TableCell.Text(s.Address), TableCell.Text(s.Axis),
                TableCell.Code(s.Phone), TableCell.Text(s.Email), TableCell.Text(s.Website), TableCell.Text(s.OpeningHours), TableCell.Text(s.Accessibility),
                TableCell.Text(s.Wheelchair switch { WheelchairAccess.Yes => "oui", WheelchairAccess.No => "non", _ => "inconnu" }), TableCell.Code(s.InseeCode), TableCell.Of(s.UpdatedAt),
            ], ct);
        }
    }
}
