using Ctg.Participation.ActionPlan;
using Ctg.Participation.Common;
using Ctg.Participation.Data;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Cooperation.Journal;

/// <summary>
/// The natures of journal entries, one list per department and kind. A department starts with the referential's
/// usual natures (<see cref="CooperationKinds.DefaultNatures"/>), written the first time its list is read; an
/// administrator then adds, renames or archives. Entries keep their nature when it is archived.
/// </summary>
public sealed class CooperationNatures(PortalDbContext db)
{
    public const int LabelMax = 80;

    public sealed record Nature(int Id, CooperationKind Kind, string Label, bool Archived);

    /// <summary>Every nature of the department (archived included), by kind and position.</summary>
    public async Task<IReadOnlyList<Nature>> ListAsync(string department, CancellationToken ct = default)
    {
        await EnsureDefaultsAsync(department, ct);
        return await db.Set<CooperationNature>().AsNoTracking().Where(n => n.Department == department)
            .OrderBy(n => n.Kind).ThenBy(n => n.Position).ThenBy(n => n.Id)
            .Select(n => new Nature(n.Id, n.Kind, n.Label, n.Archived)).ToListAsync(ct);
    }

    public async Task EnsureDefaultsAsync(string department, CancellationToken ct = default)
    {
        if (await db.Set<CooperationNature>().AnyAsync(n => n.Department == department, ct)) return;
        foreach (var kind in CooperationKinds.All)
        {
            var position = 0;
            foreach (var label in kind.DefaultNatures())
                db.Set<CooperationNature>().Add(new CooperationNature { Department = department, Kind = kind, Label = label, Position = ++position });
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another request wrote the same defaults first (unique department, kind, label): theirs are as good.
            db.ChangeTracker.Clear();
        }
    }

    public async Task<FieldProblem?> AddAsync(string department, CooperationKind kind, string? label, CancellationToken ct = default)
    {
        if (!Enum.IsDefined(kind)) return new FieldProblem("Kind", "Choisissez le type d'action.");
        var clean = PortalText.PlainText(label);
        if (clean.Length is < 2 or > LabelMax) return new FieldProblem("Label", $"Saisissez la nature (2 à {LabelMax} caractères).");
        var natures = db.Set<CooperationNature>().Where(n => n.Department == department && n.Kind == kind);
        if (await natures.AnyAsync(n => n.Label == clean, ct)) return new FieldProblem("Label", "Cette nature existe déjà pour ce type d'action.");
        var position = await natures.MaxAsync(n => (int?)n.Position, ct) ?? 0;
        db.Set<CooperationNature>().Add(new CooperationNature { Department = department, Kind = kind, Label = clean, Position = position + 1 });
        await db.SaveChangesAsync(ct);
        return null;
    }

    public async Task<FieldProblem?> RenameAsync(string department, int id, string? label, CancellationToken ct = default)
    {
        var nature = await db.Set<CooperationNature>().FirstOrDefaultAsync(n => n.Id == id && n.Department == department, ct);
        if (nature is null) return new FieldProblem("", "Cette nature n'existe pas.");
        var clean = PortalText.PlainText(label);
        if (clean.Length is < 2 or > LabelMax) return new FieldProblem("Label", $"Saisissez la nature (2 à {LabelMax} caractères).");
        if (await db.Set<CooperationNature>().AnyAsync(n => n.Department == department && n.Kind == nature.Kind && n.Label == clean && n.Id != id, ct))
            return new FieldProblem("Label", "Cette nature existe déjà pour ce type d'action.");
        nature.Label = clean;
        await db.SaveChangesAsync(ct);
        return null;
    }

    public async Task<bool> SetArchivedAsync(string department, int id, bool archived, CancellationToken ct = default)
    {
        var nature = await db.Set<CooperationNature>().FirstOrDefaultAsync(n => n.Id == id && n.Department == department, ct);
        if (nature is null) return false;
        nature.Archived = archived;
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The departments of the deployment (from its CTGs), for the administrator's choice.</summary>
    public async Task<IReadOnlyList<string>> DepartmentsAsync(CancellationToken ct = default) =>
        await db.Conventions.AsNoTracking().Select(c => c.Department).Distinct().OrderBy(d => d).ToListAsync(ct);
}
