using System.Globalization;
using Ctg.Participation.Common;
using Ctg.Participation.Spreadsheets;

namespace Ctg.Participation.Security;

/// <summary>The journal's lines for a spreadsheet, through the portal's one table writer (French headers, formula-safe fields).</summary>
public static class SecurityJournalExport
{
    public static readonly IReadOnlyList<TableColumn> Columns =
        [new("date", 20), new("evenement", 30), new("compte", 30), new("auteur", 30), new("reseau", 20), new("detail", 50)];

    public static async Task WriteAsync(IEnumerable<SecurityJournalQuery.Line> lines, ITableWriter table, CancellationToken ct = default)
    {
        await table.WriteHeaderAsync(Columns, ct);
        foreach (var line in lines)
        {
            // To the second, in Paris time: an administrator lines events up with other logs.
            var at = PortalTime.ToParis(line.OccurredAt).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            await table.WriteRowAsync(
            [
                TableCell.Code(at), TableCell.Text(line.KindLabel), TableCell.Text(line.UserEmail ?? line.UserId), TableCell.Text(line.ActorEmail),
                TableCell.Code(line.NetworkPrefix), TableCell.Text(line.Detail),
            ], ct);
        }
    }
}
