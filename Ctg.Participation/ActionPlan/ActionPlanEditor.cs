using Ctg.Participation.Common;
using Ctg.Participation.Conventions;
using Ctg.Participation.Data;
using Ctg.Participation.Proposals;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.ActionPlan;

/// <summary>
/// Writes a CTG's action plan: fiches, indicators and their measurements, progress notes, links to routed
/// contributions. Every write re-checks that the actor manages this CTG and stores all or nothing.
/// </summary>
public sealed class ActionPlanEditor(PortalDbContext db, ConventionAccess access, TimeProvider clock)
{
    public const string Denied = "Vous ne pouvez pas modifier le plan d'actions de cette CTG.";

    public sealed record Result(int? Number, IReadOnlyList<FieldProblem> Problems)
    {
        public bool Succeeded => Problems.Count == 0;
        public static Result Fail(string field, string message) => new(null, [new FieldProblem(field, message)]);
    }

    /// <summary>Creates a fiche (existingNumber null) or updates the fiche that has that number.</summary>
    public async Task<Result> SaveAsync(int conventionId, Actor actor, int? existingNumber, ActionInput input, CancellationToken ct = default)
    {
        if (!await access.CanManageAsync(actor.UserId, actor.Roles, conventionId, ct)) return Result.Fail("", Denied);
        var (values, problems) = ActionRules.Check(input, await AxisIdsAsync(conventionId, ct), await PartnerIdsAsync(conventionId, ct));
        if (values is null) return new Result(null, problems);

        PlanAction? action = null;
        if (existingNumber is { } number)
        {
            action = await db.PlanActions.Include(a => a.Partners).FirstOrDefaultAsync(a => a.ConventionId == conventionId && a.Number == number, ct);
            if (action is null) return Result.Fail("", "Cette fiche action n'existe pas.");
        }
        if (values.Number != existingNumber && await db.PlanActions.AnyAsync(a => a.ConventionId == conventionId && a.Number == values.Number, ct))
            return Result.Fail(nameof(ActionInput.Number), $"La fiche action n° {values.Number} existe déjà dans ce plan.");

        action ??= db.PlanActions.Add(new PlanAction { ConventionId = conventionId }).Entity;
        Apply(action, values, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return new Result(action.Number, []);
    }

    internal static void Apply(PlanAction action, ActionRules.Values v, DateTimeOffset now)
    {
        action.Number = v.Number;
        action.Title = v.Title;
        action.AxisId = v.AxisId;
        action.Diagnostic = v.Diagnostic;
        action.Finality = v.Finality;
        action.OperationalObjectives = v.OperationalObjectives;
        action.TargetAudience = v.TargetAudience;
        action.Modalities = v.Modalities;
        action.StartDate = v.StartDate;
        action.DueDate = v.DueDate;
        action.Services = v.Services;
        action.ExpectedResults = v.ExpectedResults;
        action.Status = v.Status;
        action.Progress = v.Progress;
        action.UpdatedAt = now;
        action.Partners.RemoveAll(p => !v.PartnerIds.Contains(p.PartnerId));
        foreach (var id in v.PartnerIds.Where(id => action.Partners.All(p => p.PartnerId != id))) action.Partners.Add(new PlanActionPartner { PartnerId = id });
    }

    /// <summary>Adds a dated progress note, internal unless <paramref name="isPublic"/>.</summary>
    public async Task<Result> AddNoteAsync(int conventionId, Actor actor, int number, string? date, string? text, bool isPublic, CancellationToken ct = default)
    {
        if (!await access.CanManageAsync(actor.UserId, actor.Roles, conventionId, ct)) return Result.Fail("", Denied);
        var actionId = await ActionIdAsync(conventionId, number, ct);
        if (actionId is null) return Result.Fail("", "Cette fiche action n'existe pas.");
        var problems = new List<FieldProblem>();
        var day = string.IsNullOrWhiteSpace(date) ? Today() : ActionRules.ParseDate(date);
        if (day is null) problems.Add(new("Date", "La date de la note n'est pas valide (jj/mm/aaaa)."));
        var clean = ActionRules.LongText(text) ?? "";
        if (clean.Length is < ActionRules.NoteMin or > ActionRules.NoteMax)
            problems.Add(new("Text", $"Rédigez la note ({ActionRules.NoteMin} à {ActionRules.NoteMax:N0} caractères)."));
        if (problems.Count > 0) return new Result(null, problems);
        db.PlanActionNotes.Add(new PlanActionNote
        {
            ActionId = actionId.Value, WrittenOn = day!.Value, Text = clean, IsPublic = isPublic, AuthorId = actor.UserId, CreatedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
        return new Result(number, []);
    }

    /// <summary>Adds an evaluation indicator with its baseline and target, which must be numbers when given.</summary>
    public async Task<Result> AddIndicatorAsync(int conventionId, Actor actor, int number, string? label, string? baseline, string? target, CancellationToken ct = default)
    {
        if (!await access.CanManageAsync(actor.UserId, actor.Roles, conventionId, ct)) return Result.Fail("", Denied);
        var actionId = await ActionIdAsync(conventionId, number, ct);
        if (actionId is null) return Result.Fail("", "Cette fiche action n'existe pas.");
        var (indicator, problems) = CheckIndicator(label, baseline, target);
        if (indicator is null) return new Result(null, problems);
        indicator.ActionId = actionId.Value;
        db.PlanIndicators.Add(indicator);
        await db.SaveChangesAsync(ct);
        return new Result(number, []);
    }

    internal static (PlanIndicator? Indicator, IReadOnlyList<FieldProblem> Problems) CheckIndicator(string? label, string? baseline, string? target)
    {
        var problems = new List<FieldProblem>();
        var cleanLabel = PortalText.PlainText(label);
        if (cleanLabel.Length is < 3 or > ActionRules.IndicatorMax)
            problems.Add(new("Label", $"Saisissez l'intitulé de l'indicateur (3 à {ActionRules.IndicatorMax} caractères)."));
        var baselineValue = ActionRules.ParseNumber(baseline);
        if (!string.IsNullOrWhiteSpace(baseline) && baselineValue is null) problems.Add(new("Baseline", "La valeur de référence doit être un nombre."));
        var targetValue = ActionRules.ParseNumber(target);
        if (!string.IsNullOrWhiteSpace(target) && targetValue is null) problems.Add(new("Target", "La cible doit être un nombre."));
        return problems.Count > 0 ? (null, problems) : (new PlanIndicator { Label = cleanLabel, Baseline = baselineValue, Target = targetValue }, problems);
    }

    public async Task<Result> AddMeasurementAsync(int conventionId, Actor actor, int number, int indicatorId, string? date, string? value, CancellationToken ct = default)
    {
        if (!await access.CanManageAsync(actor.UserId, actor.Roles, conventionId, ct)) return Result.Fail("", Denied);
        if (!await db.PlanIndicators.AnyAsync(i => i.Id == indicatorId && i.Action!.ConventionId == conventionId && i.Action.Number == number, ct))
            return Result.Fail("", "Cet indicateur n'existe pas.");
        var problems = new List<FieldProblem>();
        var day = ActionRules.ParseDate(date);
        if (day is null) problems.Add(new("Date", "Indiquez la date de la mesure (jj/mm/aaaa)."));
        var number_ = ActionRules.ParseNumber(value);
        if (number_ is null) problems.Add(new("Value", "La valeur mesurée doit être un nombre."));
        if (problems.Count > 0) return new Result(null, problems);
        db.PlanMeasurements.Add(new PlanMeasurement { IndicatorId = indicatorId, MeasuredOn = day!.Value, Value = number_!.Value });
        await db.SaveChangesAsync(ct);
        return new Result(number, []);
    }

    /// <summary>Links a contribution routed in this CTG to the action it feeds (idempotent).</summary>
    public async Task<Result> LinkRoutingAsync(int conventionId, Actor actor, int number, int routingId, CancellationToken ct = default)
    {
        if (!await access.CanManageAsync(actor.UserId, actor.Roles, conventionId, ct)) return Result.Fail("", Denied);
        var actionId = await ActionIdAsync(conventionId, number, ct);
        if (actionId is null) return Result.Fail("", "Cette fiche action n'existe pas.");
        if (!await db.Routings.AnyAsync(r => r.Id == routingId && r.ConventionId == conventionId, ct))
            return Result.Fail("RoutingId", "Choisissez une contribution orientée dans cette CTG.");
        if (!await db.PlanActionRoutings.AnyAsync(l => l.ActionId == actionId && l.RoutingId == routingId, ct))
        {
            db.PlanActionRoutings.Add(new PlanActionRouting { ActionId = actionId.Value, RoutingId = routingId });
            await db.SaveChangesAsync(ct);
        }
        return new Result(number, []);
    }

    public DateOnly Today() => PortalTime.Today(clock);

    internal async Task<IReadOnlySet<int>> AxisIdsAsync(int conventionId, CancellationToken ct) =>
        (await db.Axes.Where(a => a.ConventionId == conventionId).Select(a => a.Id).ToListAsync(ct)).ToHashSet();

    internal async Task<IReadOnlySet<int>> PartnerIdsAsync(int conventionId, CancellationToken ct) =>
        (await db.ConventionPartners.Where(p => p.ConventionId == conventionId).Select(p => p.PartnerId).ToListAsync(ct)).ToHashSet();

    private Task<int?> ActionIdAsync(int conventionId, int number, CancellationToken ct) =>
        db.PlanActions.Where(a => a.ConventionId == conventionId && a.Number == number).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct);
}
