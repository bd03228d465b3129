using Ctg.Participation.Common;
using Ctg.Participation.Data;
using Ctg.Participation.Proposals;
using Ctg.Participation.Surveys;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Barometers;

/// <summary>
/// Launching a barometer: builds the template as a normal survey of the CTG through <see cref="SurveyBuilder"/> (so the
/// survey back-office, answering, results and export all apply), publishes it from today to the chosen closing day,
/// and records which questions feed the indicators. All or nothing, in one transaction; one per CTG, kind and year.
/// Callers check that the person builds surveys for this CTG (<see cref="Surveys.SurveyPermissions.Build"/>).
/// </summary>
public sealed class BarometerLauncher(PortalDbContext db, SurveyBuilder builder, TimeProvider clock)
{
    public sealed record Launch(BarometerKind Kind, int? Year, DateOnly? ClosesOn);

    public sealed record Outcome(int? SurveyId, FieldErrors Errors);

    public const int MaxOpenDays = 366;

    public async Task<Outcome> LaunchAsync(int conventionId, Launch launch, string? userId, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var today = SurveyDates.DayOf(clock.GetUtcNow());
        var period = await db.Conventions.Where(c => c.Id == conventionId).Select(c => new { c.PeriodStart, c.PeriodEnd }).FirstOrDefaultAsync(ct);
        if (period is null) { errors[""] = "Cette CTG n'existe pas."; return new(null, errors); }

        if (!Enum.IsDefined(launch.Kind)) errors[nameof(Launch.Kind)] = "Choisissez le baromètre à lancer.";
        if (launch.Year is not { } year) errors[nameof(Launch.Year)] = "Indiquez l'année du baromètre.";
        else if (year < today.Year - 1 || year > today.Year + 1)
            errors[nameof(Launch.Year)] = $"L'année doit être comprise entre {today.Year - 1} et {today.Year + 1}.";
        else if (year < period.PeriodStart.Year || year > period.PeriodEnd.Year)
            errors[nameof(Launch.Year)] = $"L'année doit être dans la période de la CTG ({period.PeriodStart.Year}–{period.PeriodEnd.Year}).";
        if (launch.ClosesOn is not { } closes) errors[nameof(Launch.ClosesOn)] = "Indiquez jusqu'à quand on peut répondre (jj/mm/aaaa).";
        else if (closes < today) errors[nameof(Launch.ClosesOn)] = "La date de clôture ne peut pas être passée.";
        else if (closes.DayNumber - today.DayNumber > MaxOpenDays) errors[nameof(Launch.ClosesOn)] = "Un baromètre reste ouvert un an au plus.";
        if (errors.Any) return new(null, errors);

        if (await db.Barometers.AnyAsync(b => b.ConventionId == conventionId && b.Kind == launch.Kind && b.Year == launch.Year, ct))
        {
            errors[nameof(Launch.Year)] = $"Le {launch.Kind.Label().ToLowerInvariant()} {launch.Year} a déjà été lancé pour cette CTG.";
            return new(null, errors);
        }

        var template = BarometerTemplates.For(launch.Kind, launch.Year!.Value);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var created = await builder.CreateAsync(conventionId,
                new SurveyBuilder.Settings(template.Title, template.Introduction, null, today, launch.ClosesOn, SurveyAudience.AnonymousAllowed), ct);
            if (created.Id is not { } surveyId) return Refused(created.Errors);
            var questionIds = new List<int>();
            foreach (var draft in template.Questions)
            {
                var saved = await builder.SaveQuestionAsync(surveyId, null, draft, ct);
                if (saved.Id is not { } questionId) return Refused(saved.Errors);
                questionIds.Add(questionId);
            }
            if (await builder.PublishAsync(surveyId, ct) is { } notPublished) return Refused(new() { [""] = notPublished });

            db.Barometers.Add(new Barometer
            {
                ConventionId = conventionId, Kind = launch.Kind, Year = launch.Year.Value, SurveyId = surveyId,
                VisibilityQuestionId = questionIds[template.Visibility - 1],
                AppreciationQuestionId = template.Appreciation is { } a ? questionIds[a - 1] : null,
                LaunchedAt = clock.GetUtcNow(), LaunchedById = userId,
            });
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return new(surveyId, errors);
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            // Two coordinators launched the same barometer at the same moment: the unique index kept the first.
            if (!await db.Barometers.AnyAsync(b => b.ConventionId == conventionId && b.Kind == launch.Kind && b.Year == launch.Year, ct)) throw;
            errors[nameof(Launch.Year)] = $"Le {launch.Kind.Label().ToLowerInvariant()} {launch.Year} vient d'être lancé pour cette CTG.";
            return new(null, errors);
        }

        Outcome Refused(FieldErrors why)
        {
            // A template the engine refuses is a bug of the template, but it must not leave a half-built survey.
            db.ChangeTracker.Clear();
            foreach (var message in why.Values) errors[""] = message;
            return new(null, errors);
        }
    }
}
