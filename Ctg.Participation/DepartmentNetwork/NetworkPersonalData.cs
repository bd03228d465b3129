using Ctg.Participation.Accounts;
using Ctg.Participation.Data;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.DepartmentNetwork;

/// <summary>The department network's share of "download my data": the events the person registered for, and whether they came.</summary>
public sealed class NetworkPersonalData(PortalDbContext db) : IPersonalDataSource
{
    public string Section => "reseauDepartemental";

    public IReadOnlyCollection<Type> Covers { get; } = [typeof(NetworkEventRegistration)];

    public async Task<object?> CollectAsync(string userId, CancellationToken ct) =>
        await db.NetworkEventRegistrations.AsNoTracking().Where(r => r.UserId == userId).OrderBy(r => r.RegisteredAt)
            .Select(r => new { evenement = r.Event!.Title, le = r.Event.StartsAt, inscritLe = r.RegisteredAt, present = r.Attended })
            .ToListAsync(ct);
}
