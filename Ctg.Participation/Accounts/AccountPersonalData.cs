using Ctg.Participation.Data;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Accounts;

/// <summary>The account's own share of the export: profile, roles, CTG assignments and memberships.</summary>
public sealed class AccountPersonalData(PortalDbContext db) : IPersonalDataSource
{
    public string Section => "compte";

    public IReadOnlyCollection<Type> Covers { get; } = [typeof(PortalUser), typeof(CoordinatorAssignment), typeof(Conventions.NetworkMembership), typeof(Conventions.WorkingGroupMember)];

    public async Task<object?> CollectAsync(string userId, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null) return null;

        var roles = await db.UserRoles.Where(ur => ur.UserId == userId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync(ct);
        var conventions = await db.CoordinatorAssignments.Where(a => a.UserId == userId)
            .Select(a => a.Convention!.Name).ToListAsync(ct);
        var networks = await db.NetworkMemberships.Where(m => m.UserId == userId)
            .Select(m => m.ThematicNetwork!.Name + " (" + m.ThematicNetwork.Convention!.Name + ")").ToListAsync(ct);
        // Linked identities: the provider and the subject it gave us, nothing else is kept.
        var identities = await db.UserLogins.Where(l => l.UserId == userId)
            .Select(l => new { fournisseur = l.LoginProvider, identifiant = l.ProviderKey }).ToListAsync(ct);
        var groups = await db.WorkingGroupMembers.Where(m => m.UserId == userId)
            .Select(m => m.WorkingGroup!.Name + " (" + m.WorkingGroup.Convention!.Name + ")").ToListAsync(ct);

        return new
        {
            courriel = user.Email,
            courrielConfirme = user.EmailConfirmed,
            nomAffiche = user.DisplayName,
            communeInsee = user.MunicipalityInseeCode,
            creeLe = user.CreatedAt,
            derniereVisite = user.LastSeenAt,
            doubleAuthentification = user.TwoFactorEnabled,
            roles,
            chargeDeCooperationPour = conventions,
            reseauxThematiques = networks,
            groupesDeTravail = groups,
            identitesLiees = identities,
            identiteVerifieeParFranceConnectLe = user.FranceConnectVerifiedAt,
        };
    }
}
