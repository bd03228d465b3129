using Ctg.Participation.ActionPlan;
using Ctg.Participation.Common;
using Ctg.Participation.Conventions;
using Ctg.Participation.Data;
using Ctg.Participation.Proposals;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.ServiceDirectory;

/// <summary>The coordinators' side of the directory: add, change and remove the services of their CTG's communes.</summary>
public sealed class ServiceDirectoryEditor(PortalDbContext db, ConventionAccess access, TimeProvider clock,
    PublicContent.PublicContentChanges? publicContent = null)
{
    public const string Denied = "Vous ne pouvez pas modifier l'annuaire de cette CTG.";

    public async Task<(int? Id, IReadOnlyList<FieldProblem> Problems)> SaveAsync(int conventionId, Actor actor, int? id, FamilyServiceInput input, CancellationToken ct = default)
    {
        if (!await access.CanManageAsync(actor.UserId, actor.Roles, conventionId, ct)) return (null, [new FieldProblem("", Denied)]);
        var problems = FamilyServiceRules.Check(input, await MunicipalityIdsAsync(conventionId, ct), await AxisIdsAsync(conventionId, ct));
        if (problems.Count > 0) return (null, problems);
        FamilyService? service;
        if (id is { } existing)
        {
            service = await db.FamilyServices.FirstOrDefaultAsync(s => s.Id == existing && s.ConventionId == conventionId, ct);
            if (service is null) return (null, [new FieldProblem("", "Ce service n'existe pas dans l'annuaire de cette CTG.")]);
        }
        else service = db.FamilyServices.Add(new FamilyService()).Entity;
        FamilyServiceRules.Apply(service, input, conventionId, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return (service.Id, []);
    }

    public async Task<bool> DeleteAsync(int conventionId, Actor actor, int id, CancellationToken ct = default)
    {
        if (!await access.CanManageAsync(actor.UserId, actor.Roles, conventionId, ct)) return false;
        var deleted = await db.FamilyServices.Where(s => s.Id == id && s.ConventionId == conventionId).ExecuteDeleteAsync(ct) == 1;
        if (deleted) await (publicContent?.TouchAsync(PublicContent.PublicPages.Directory) ?? Task.CompletedTask);
        return deleted;
    }

    internal async Task<IReadOnlySet<int>> MunicipalityIdsAsync(int conventionId, CancellationToken ct) =>
        (await db.Municipalities.Where(m => m.ConventionId == conventionId).Select(m => m.Id).ToListAsync(ct)).ToHashSet();

    internal async Task<IReadOnlySet<int>> AxisIdsAsync(int conventionId, CancellationToken ct) =>
        (await db.Axes.Where(a => a.ConventionId == conventionId).Select(a => a.Id).ToListAsync(ct)).ToHashSet();
}
