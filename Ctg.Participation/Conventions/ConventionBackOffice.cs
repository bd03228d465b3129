using Ctg.Participation.Accounts;
using Ctg.Participation.Data;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Conventions;

/// <summary>
/// The coordinator's view of one CTG and the membership changes they make: who belongs to which thematic network
/// and working group. Every change is checked against the CTG given, so a network of another CTG can never be touched.
/// </summary>
public sealed class ConventionBackOffice(PortalDbContext db, TimeProvider clock)
{
    public sealed record Overview(ConventionSummary Convention, IReadOnlyList<Team> Networks, IReadOnlyList<Team> WorkingGroups,
        IReadOnlyList<string> Coordinators, int MunicipalityCount, int Population, int AxisCount, int PartnerCount);

    public sealed record Team(int Id, string Name, IReadOnlyList<Member> Members);

    public sealed record Member(string UserId, string DisplayName, string? Email);

    private sealed record TeamRow(int Id, string Name, List<Member>? Members)
    {
        public Team Team() => new(Id, Name, (Members ?? []).OrderBy(m => m.DisplayName).ToList());
    }

    /// <summary>
    /// The CTG's facts, its networks and working groups; their members only when <paramref name="withMembers"/> (the
    /// members page), not for the back-office home, which shows how many teams there are.
    /// </summary>
    public async Task<Overview?> LoadAsync(string slug, CancellationToken ct = default, bool withMembers = true)
    {
        var convention = await db.Conventions.AsNoTracking().Where(c => c.Slug == slug).Select(ConventionSummary.Projection).FirstOrDefaultAsync(ct);
        if (convention is null) return null;
        var id = convention.Id;

        var networkQuery = db.ThematicNetworks.AsNoTracking().Where(n => n.ConventionId == id).OrderBy(n => n.Name);
        var groupQuery = db.WorkingGroups.AsNoTracking().Where(g => g.ConventionId == id).OrderBy(g => g.Name);
        var networkRows = withMembers
            ? await networkQuery.Select(n => new TeamRow(n.Id, n.Name,
                n.Members.Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new Member(u.Id, u.DisplayName, u.Email)).ToList())).ToListAsync(ct)
            : await networkQuery.Select(n => new TeamRow(n.Id, n.Name, null)).ToListAsync(ct);
        var groupRows = withMembers
            ? await groupQuery.Select(g => new TeamRow(g.Id, g.Name,
                g.Members.Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new Member(u.Id, u.DisplayName, u.Email)).ToList())).ToListAsync(ct)
            : await groupQuery.Select(g => new TeamRow(g.Id, g.Name, null)).ToListAsync(ct);
        var coordinators = await db.CoordinatorAssignments.AsNoTracking().Where(a => a.ConventionId == id)
            .OrderBy(a => a.User!.DisplayName).Select(a => a.User!.DisplayName).ToListAsync(ct);
        var municipalities = await db.Municipalities.Where(m => m.ConventionId == id)
            .GroupBy(_ => 1).Select(g => new { Count = g.Count(), Population = g.Sum(m => m.Population) }).SingleOrDefaultAsync(ct);

        return new Overview(convention,
            networkRows.Select(n => n.Team()).ToList(),
            groupRows.Select(g => g.Team()).ToList(),
            coordinators, municipalities?.Count ?? 0, municipalities?.Population ?? 0,
            await db.Axes.CountAsync(a => a.ConventionId == id, ct),
            await db.ConventionPartners.CountAsync(p => p.ConventionId == id, ct));
    }

    /// <summary>Adds an account (by email) to a network or working group of this CTG. Returns a French error, or null.</summary>
    public async Task<string?> AddMemberAsync(int conventionId, TeamKind kind, int teamId, string email, CancellationToken ct = default)
    {
        var normalized = email.Trim().ToUpperInvariant();
        var user = await db.Users.FirstOrDefaultAsync(u => u.NormalizedEmail == normalized, ct);
        if (user is null) return "Aucun compte n'existe avec cette adresse. La personne doit d'abord créer son compte.";
        if (!user.EmailConfirmed) return "Ce compte n'a pas encore confirmé son adresse.";

        var now = clock.GetUtcNow();
        switch (kind)
        {
            case TeamKind.Network:
                if (!await db.ThematicNetworks.AnyAsync(n => n.Id == teamId && n.ConventionId == conventionId, ct)) return "Ce groupe réseau n'appartient pas à cette CTG.";
                if (await db.NetworkMemberships.AnyAsync(m => m.ThematicNetworkId == teamId && m.UserId == user.Id, ct)) return "Cette personne est déjà membre de ce groupe réseau.";
                db.NetworkMemberships.Add(new NetworkMembership { ThematicNetworkId = teamId, UserId = user.Id, JoinedAt = now });
                break;
            case TeamKind.WorkingGroup:
                if (!await db.WorkingGroups.AnyAsync(g => g.Id == teamId && g.ConventionId == conventionId, ct)) return "Ce groupe de travail n'appartient pas à cette CTG.";
                if (await db.WorkingGroupMembers.AnyAsync(m => m.WorkingGroupId == teamId && m.UserId == user.Id, ct)) return "Cette personne est déjà membre de ce groupe de travail.";
                db.WorkingGroupMembers.Add(new WorkingGroupMember { WorkingGroupId = teamId, UserId = user.Id, JoinedAt = now });
                break;
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two coordinators adding the same person at once: the primary key kept one row.
            return "Cette personne est déjà membre.";
        }
        return null;
    }

    /// <summary>Removes a member; takes effect at once since access is read from the database on every check.</summary>
    public async Task<bool> RemoveMemberAsync(int conventionId, TeamKind kind, int teamId, string userId, CancellationToken ct = default) =>
        kind switch
        {
            TeamKind.Network => await db.NetworkMemberships
                .Where(m => m.ThematicNetworkId == teamId && m.UserId == userId && m.ThematicNetwork!.ConventionId == conventionId)
                .ExecuteDeleteAsync(ct) > 0,
            _ => await db.WorkingGroupMembers
                .Where(m => m.WorkingGroupId == teamId && m.UserId == userId && m.WorkingGroup!.ConventionId == conventionId)
                .ExecuteDeleteAsync(ct) > 0,
        };
}

public enum TeamKind
{
    Network = 0,
    WorkingGroup = 1,
}
