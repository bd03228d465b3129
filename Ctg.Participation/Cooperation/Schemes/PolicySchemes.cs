using Ctg.Participation.ActionPlan;
using Ctg.Participation.Common;
using Ctg.Participation.Conventions;
using Ctg.Participation.Data;
using Ctg.Participation.Proposals;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Cooperation.Schemes;

/// <summary>The department's list of schemes (administrators) and the tags of each fiche action (the CTG's coordinators).</summary>
public sealed class PolicySchemes(PortalDbContext db, ConventionAccess access)
{
    public const int NameMax = 120;

    /// <summary>What a department starts with (seeds/001: « SPPE, CLS, SDSF, etc. »).</summary>
    public static readonly IReadOnlyList<string> Defaults =
    [
        "Service public de la petite enfance (SPPE)", "Contrat local de santé (CLS)", "Schéma départemental des services aux familles (SDSF)",
        "Projet éducatif territorial (PEDT)", "Contrat de ville", "Convention d'objectifs et de gestion (COG)", "Plan mercredi",
    ];

    public sealed record Scheme(int Id, string Name, bool Archived);

    public async Task<IReadOnlyList<Scheme>> ListAsync(string department, CancellationToken ct = default)
    {
        if (!await db.Set<PolicyScheme>().AnyAsync(s => s.Department == department, ct))
        {
            db.Set<PolicyScheme>().AddRange(Defaults.Select(name => new PolicyScheme { Department = department, Name = name }));
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException) { db.ChangeTracker.Clear(); }
        }
        return await db.Set<PolicyScheme>().AsNoTracking().Where(s => s.Department == department).OrderBy(s => s.Name)
            .Select(s => new Scheme(s.Id, s.Name, s.Archived)).ToListAsync(ct);
    }

    public async Task<FieldProblem?> AddAsync(string department, string? name, CancellationToken ct = default)
    {
        var clean = PortalText.PlainText(name);
        if (clean.Length is < 2 or > NameMax) return new FieldProblem("Name", $"Saisissez le nom du dispositif (2 à {NameMax} caractères).");
        if (await db.Set<PolicyScheme>().AnyAsync(s => s.Department == department && s.Name == clean, ct)) return new FieldProblem("Name", "Ce dispositif existe déjà.");
        db.Set<PolicyScheme>().Add(new PolicyScheme { Department = department, Name = clean });
        await db.SaveChangesAsync(ct);
        return null;
    }

    public async Task<bool> SetArchivedAsync(string department, int id, bool archived, CancellationToken ct = default)
    {
        var scheme = await db.Set<PolicyScheme>().FirstOrDefaultAsync(s => s.Id == id && s.Department == department, ct);
        if (scheme is null) return false;
        scheme.Archived = archived;
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The schemes a fiche serves, by id.</summary>
    public async Task<IReadOnlyList<int>> TagsAsync(int conventionId, int actionNumber, CancellationToken ct = default) =>
        await db.Set<PlanActionScheme>().AsNoTracking()
            .Where(t => db.PlanActions.Any(a => a.Id == t.ActionId && a.ConventionId == conventionId && a.Number == actionNumber))
            .Select(t => t.SchemeId).ToListAsync(ct);

    /// <summary>The names of the schemes a fiche serves, for its page.</summary>
    public async Task<IReadOnlyList<string>> TagNamesAsync(int conventionId, int actionNumber, CancellationToken ct = default) =>
        await db.Set<PlanActionScheme>().AsNoTracking()
            .Where(t => db.PlanActions.Any(a => a.Id == t.ActionId && a.ConventionId == conventionId && a.Number == actionNumber))
            .OrderBy(t => t.Scheme!.Name).Select(t => t.Scheme!.Name).ToListAsync(ct);

    /// <summary>Checks scheme ids against the CTG's department before the fiche is saved: a problem, or null.</summary>
    public async Task<FieldProblem?> CheckAsync(string department, IReadOnlyCollection<int> schemeIds, CancellationToken ct = default)
    {
        var ids = schemeIds.Distinct().ToList();
        if (ids.Count == 0) return null;
        var known = await db.Set<PolicyScheme>().CountAsync(s => s.Department == department && ids.Contains(s.Id), ct);
        return known == ids.Count ? null : new FieldProblem("SchemeIds", "Un des dispositifs choisis n'existe pas dans la liste du département.");
    }

    /// <summary>Replaces the tags of a fiche (after <see cref="CheckAsync"/>); archived schemes already on the fiche stay when still ticked.</summary>
    public async Task<bool> SetTagsAsync(ConventionSummary convention, Actor actor, int actionNumber, IReadOnlyCollection<int> schemeIds, CancellationToken ct = default)
    {
        if (!await access.CanManageAsync(actor.UserId, actor.Roles, convention.Id, ct)) return false;
        if (await CheckAsync(convention.Department, schemeIds, ct) is not null) return false;
        var actionId = await db.PlanActions.Where(a => a.ConventionId == convention.Id && a.Number == actionNumber).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct);
        if (actionId is null) return false;
        var ids = schemeIds.Distinct().ToList();
        var current = await db.Set<PlanActionScheme>().Where(t => t.ActionId == actionId).ToListAsync(ct);
        db.Set<PlanActionScheme>().RemoveRange(current.Where(t => !ids.Contains(t.SchemeId)));
        db.Set<PlanActionScheme>().AddRange(ids.Where(id => current.All(t => t.SchemeId != id)).Select(id => new PlanActionScheme { ActionId = actionId.Value, SchemeId = id }));
        await db.SaveChangesAsync(ct);
        return true;
    }
}
