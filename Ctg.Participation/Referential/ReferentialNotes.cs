using Ctg.Participation.ActionPlan;
using Ctg.Participation.Common;
using Ctg.Participation.Conventions;
using Ctg.Participation.Data;
using Ctg.Participation.Proposals;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Referential;

/// <summary>Writes and reads the officers' qualitative texts per referential line and year (kept, dated).</summary>
public sealed class ReferentialNotes(PortalDbContext db, ConventionAccess access, TimeProvider clock)
{
    public const int TextMax = 4_000;

    public sealed record Current(string LineCode, string Text, DateTimeOffset WrittenAt, string? Author, int Versions);

    /// <summary>The latest text of each line for the CTG and year.</summary>
    public async Task<IReadOnlyDictionary<string, Current>> CurrentAsync(int conventionId, int year, CancellationToken ct = default)
    {
        var notes = db.Set<ReferentialNote>().AsNoTracking().Where(n => n.ConventionId == conventionId && n.Year == year);
        var rows = await notes
            .Where(n => !notes.Any(o => o.LineCode == n.LineCode && (o.WrittenAt > n.WrittenAt || (o.WrittenAt == n.WrittenAt && o.Id > n.Id))))
            .Select(n => new
            {
                n.LineCode, n.Text, n.WrittenAt, Author = db.Users.Where(u => u.Id == n.WrittenById).Select(u => u.DisplayName).FirstOrDefault(),
                Versions = notes.Count(o => o.LineCode == n.LineCode),
            })
            .ToListAsync(ct);
        return rows.ToDictionary(r => r.LineCode, r => new Current(r.LineCode, r.Text, r.WrittenAt, r.Author, r.Versions));
    }

    public async Task<FieldProblem?> SaveAsync(ConventionSummary convention, Actor actor, string lineCode, int year, string? text, CancellationToken ct = default)
    {
        if (!await access.CanManageAsync(actor.UserId, actor.Roles, convention.Id, ct)) return new FieldProblem("", "Vous ne pouvez pas écrire le bilan de cette CTG.");
        if (Tableau2.FindLine(lineCode) is null) return new FieldProblem("", "Cette ligne n'existe pas dans le référentiel.");
        if (year < convention.PeriodStart.Year || year > convention.PeriodEnd.Year) return new FieldProblem("", "Cette année n'est pas dans la période de la CTG.");
        var clean = ActionRules.LongText(text) ?? "";
        if (clean.Length is < 3 or > TextMax) return new FieldProblem("Text", $"Rédigez l'appréciation (3 à {TextMax:N0} caractères).");
        db.Set<ReferentialNote>().Add(new ReferentialNote
        {
            ConventionId = convention.Id, LineCode = lineCode, Year = year, Text = clean, WrittenById = actor.UserId, WrittenAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
        return null;
    }
}
