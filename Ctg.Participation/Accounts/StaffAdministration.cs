using System.Net;
using Ctg.Participation.Data;
using Ctg.Participation.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Accounts;

/// <summary>What an administrator does with staff accounts: list them, make someone a coordinator of a CTG or a Caf advisor.</summary>
/// <remarks>
/// A change of role ends the person's sessions (their next request asks them to sign in again, with the new rights)
/// and is written to the security journal with the administrator who made it.
/// </remarks>
public sealed class StaffAdministration(PortalDbContext db, UserManager<PortalUser> users, TimeProvider clock, UserSessions sessions, ISecurityJournal journal)
{
    public sealed record StaffMember(string UserId, string DisplayName, string? Email, bool TwoFactorEnabled, IReadOnlyList<string> Roles, IReadOnlyList<string> Conventions);

    public async Task<IReadOnlyList<StaffMember>> ListAsync(CancellationToken ct = default)
    {
        var staffRoleIds = await db.Roles.Where(r => PortalRoles.Staff.Contains(r.Name!)).Select(r => new { r.Id, r.Name }).ToListAsync(ct);
        var roleIds = staffRoleIds.Select(r => r.Id).ToList();
        var rows = await db.UserRoles.Where(ur => roleIds.Contains(ur.RoleId))
            .Join(db.Users, ur => ur.UserId, u => u.Id, (ur, u) => new { u.Id, u.DisplayName, u.Email, u.TwoFactorEnabled, ur.RoleId })
            .ToListAsync(ct);
        var assignments = await db.CoordinatorAssignments.Select(a => new { a.UserId, a.Convention!.Name }).ToListAsync(ct);
        return rows.GroupBy(r => r.Id)
            .Select(g => new StaffMember(g.Key, g.First().DisplayName, g.First().Email, g.First().TwoFactorEnabled,
                g.Select(r => staffRoleIds.First(s => s.Id == r.RoleId).Name!).ToList(),
                assignments.Where(a => a.UserId == g.Key).Select(a => a.Name).ToList()))
            .OrderBy(s => s.DisplayName).ToList();
    }

    /// <summary>Makes an existing account coordinator of a CTG. Returns a French error, or null.</summary>
    public async Task<string?> AssignCoordinatorAsync(string email, int conventionId, CancellationToken ct = default) =>
        await AssignCoordinatorAsync(email, conventionId, actorId: null, client: null, ct);

    public async Task<string?> AssignCoordinatorAsync(string email, int conventionId, string? actorId, IPAddress? client, CancellationToken ct = default)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null) return "Aucun compte n'existe avec cette adresse. La personne doit d'abord créer son compte.";
        if (!await db.Conventions.AnyAsync(c => c.Id == conventionId, ct)) return "Cette CTG n'existe pas.";
        if (await db.CoordinatorAssignments.AnyAsync(a => a.UserId == user.Id && a.ConventionId == conventionId, ct)) return "Cette personne est déjà chargée de coopération de cette CTG.";

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (!await users.IsInRoleAsync(user, PortalRoles.Coordinator)) await users.AddToRoleAsync(user, PortalRoles.Coordinator);
        db.CoordinatorAssignments.Add(new CoordinatorAssignment { UserId = user.Id, ConventionId = conventionId, AssignedAt = clock.GetUtcNow() });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        await sessions.RevokeAllAsync(user.Id, ct: ct);
        await journal.RecordAsync(SecurityEventKinds.AssignmentChanged, user.Id, client, $"chargé de coopération de la CTG {conventionId}", actorId, ct);
        return null;
    }

    public Task<string?> MakeCafAdvisorAsync(string email, CancellationToken ct = default) => MakeCafAdvisorAsync(email, actorId: null, client: null, ct);

    public async Task<string?> MakeCafAdvisorAsync(string email, string? actorId, IPAddress? client, CancellationToken ct = default)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null) return "Aucun compte n'existe avec cette adresse. La personne doit d'abord créer son compte.";
        if (await users.IsInRoleAsync(user, PortalRoles.CafAdvisor)) return "Cette personne est déjà conseillère ou conseiller Caf.";
        var result = await users.AddToRoleAsync(user, PortalRoles.CafAdvisor);
        if (!result.Succeeded) return "Le rôle n'a pas pu être attribué.";
        await sessions.RevokeAllAsync(user.Id, ct: ct);
        await journal.RecordAsync(SecurityEventKinds.RoleChanged, user.Id, client, "+ " + PortalRoles.CafAdvisor, actorId, ct);
        return null;
    }

    /// <summary>
    /// Locks an account until an administrator unlocks it: no sign-in (password or passkey) and every session ends at
    /// once. An administrator cannot lock their own account. Returns a French error, or null.
    /// </summary>
    public async Task<string?> LockAsync(string email, string actorId, IPAddress? client, CancellationToken ct = default)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null) return "Aucun compte n'existe avec cette adresse.";
        if (user.Id == actorId) return "Vous ne pouvez pas verrouiller votre propre compte.";
        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
        await users.UpdateSecurityStampAsync(user);
        var ended = await sessions.RevokeAllAsync(user.Id, ct: ct);
        await journal.RecordAsync(SecurityEventKinds.AdministratorAction, user.Id, client, $"compte verrouillé ({ended} session(s) fermée(s))", actorId, ct);
        return null;
    }

    public async Task<string?> UnlockAsync(string email, string actorId, IPAddress? client, CancellationToken ct = default)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null) return "Aucun compte n'existe avec cette adresse.";
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await journal.RecordAsync(SecurityEventKinds.AdministratorAction, user.Id, client, "compte déverrouillé", actorId, ct);
        return null;
    }
}
