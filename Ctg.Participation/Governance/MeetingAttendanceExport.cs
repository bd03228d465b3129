using Ctg.Participation.Data;
using Ctg.Participation.Spreadsheets;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Governance;

/// <summary>
/// Attendance at the CTG's meetings as a table, one row per invitation (partner, account or named person), for the
/// back-office: what the partners' attendance rate is computed from, to check or chart in a spreadsheet. Meetings of
/// the chosen calendar year, oldest first; dates and times are real dates in Paris time.
/// </summary>
public sealed class MeetingAttendanceExport(PortalDbContext db)
{
    public static readonly TableColumn[] Columns =
    [
        new("Date", 17), new("Réunion", 40), new("Type", 24), new("Instance ou groupe", 28), new("Invité", 30), new("Partenaire", 10), new("Présence", 14), new("Annulée", 9),
    ];

    public async Task WriteAsync(int conventionId, int year, ITableWriter table, CancellationToken ct = default)
    {
        var from = MeetingRules.FromLocal(new DateTime(year, 1, 1));
        var to = MeetingRules.FromLocal(new DateTime(year + 1, 1, 1));
        await table.WriteHeaderAsync(Columns, ct);
        var rows = db.MeetingInvitees.AsNoTracking()
            .Where(i => i.Meeting!.ConventionId == conventionId && i.Meeting.StartsAt >= from && i.Meeting.StartsAt < to)
            .OrderBy(i => i.Meeting!.StartsAt).ThenBy(i => i.MeetingId).ThenBy(i => i.Id)
            .Select(i => new
            {
                i.Meeting!.StartsAt, i.Meeting.Title, i.Meeting.Kind, i.Meeting.CancelledAt,
                HeldBy = i.Meeting.GovernanceBody != null ? i.Meeting.GovernanceBody.Name : i.Meeting.WorkingGroup != null ? i.Meeting.WorkingGroup.Name : null,
                Name = i.Partner != null ? i.Partner.Name : i.User != null ? i.User.DisplayName : i.Name ?? "",
                IsPartner = i.PartnerId != null, i.Attendance,
            })
            .AsAsyncEnumerable();
        await foreach (var r in rows.WithCancellation(ct))
        {
            await table.WriteRowAsync(
            [
                TableCell.Of(r.StartsAt), TableCell.Text(r.Title), TableCell.Text(r.Kind.Label()), TableCell.Text(r.HeldBy), TableCell.Text(r.Name),
                TableCell.Text(r.IsPartner ? "oui" : "non"), TableCell.Text(r.Attendance.Label()), TableCell.Text(r.CancelledAt is null ? "non" : "oui"),
            ], ct);
        }
    }
}
