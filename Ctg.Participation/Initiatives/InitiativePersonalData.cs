using Ctg.Participation.Accounts;
using Ctg.Participation.Data;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Initiatives;

/// <summary>The initiatives' share of "download my data": what the person declared, with the contact they gave.</summary>
public sealed class InitiativePersonalData(PortalDbContext db) : IPersonalDataSource
{
    public string Section => "initiatives";

    public IReadOnlyCollection<Type> Covers { get; } = [typeof(CitizenInitiative)];

    public async Task<object?> CollectAsync(string userId, CancellationToken ct) =>
        await db.CitizenInitiatives.AsNoTracking().Where(i => i.AuthorId == userId).OrderBy(i => i.Id)
            .Select(i => new
            {
                id = i.Id, nom = i.Name, description = i.DescriptionHtml, ctg = i.Convention!.Name, porteur = i.CarrierName,
                typeDePorteur = i.CarrierKind.ToString(), besoins = i.Needs.ToString(), contact = i.Contact, statut = i.Status.ToString(),
                motifDuRefus = i.RefusalReason, declareeLe = i.CreatedAt,
            })
            .ToListAsync(ct);
}
