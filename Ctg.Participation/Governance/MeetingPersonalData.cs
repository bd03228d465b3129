using Ctg.Participation.Accounts;
using Ctg.Participation.Data;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Governance;

/// <summary>Governance's share of "download my data": the meetings the person's account was invited to, and the attendance recorded.</summary>
public sealed class MeetingPersonalData(PortalDbContext db) : IPersonalDataSource
{
    public string Section => "instances";

    public IReadOnlyCollection<Type> Covers { get; } = [typeof(MeetingInvitee)];

    public async Task<object?> CollectAsync(string userId, CancellationToken ct) =>
        await db.MeetingInvitees.AsNoTracking().Where(i => i.UserId == userId).OrderBy(i => i.Meeting!.StartsAt)
            .Select(i => new { reunion = i.Meeting!.Title, le = i.Meeting.StartsAt, presence = i.Attendance.ToString() })
            .ToListAsync(ct);
}
