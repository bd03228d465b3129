using System.Text.Json;
using Ctg.Participation.Accounts;
using Ctg.Participation.Common;
using Ctg.Participation.Conventions;
using Ctg.Participation.Data;
using Ctg.Participation.Governance;
using Ctg.Participation.Notifications;
using Ctg.Participation.Proposals;
using Ctg.Participation.Referential;
using Ctg.Participation.Reporting.Pdf;
using Ctg.Participation.Text;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Reporting;

/// <summary>
/// The bilan's way to the Caf. The CTG's coordinators write drafts (a synthesis and a text per objective) and
/// « Transmettre à la Caf », which freezes a <see cref="ReportSubmission"/> (values, texts, PDF); a Caf advisor
/// acknowledges it or returns it with comments; after a return the coordinators complete the drafts, answer the
/// comments and transmit again. Nothing transmitted is ever edited. Every rule is checked here, whatever the caller.
/// </summary>
public sealed class ReportWorkflow(PortalDbContext db, ConventionAccess access, AnnualReports reports, PortalHtmlSanitizer sanitizer,
    NotificationCentre notifications, TimeProvider clock)
{
    public const int CommentMin = 5, CommentMax = 4_000;

    /// <summary>The synthesis, as opposed to an objective's text ("1"…"4").</summary>
    public const string Synthesis = "synthese";

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    /// <summary>The result of a step: done, refused to this person (403), or refused with a French message beside a field.</summary>
    public sealed record Outcome(bool Done, bool Forbidden = false, string? Field = null, string? Error = null)
    {
        public static readonly Outcome Ok = new(true);
        public static readonly Outcome Refused = new(false, Forbidden: true);
        public static Outcome Invalid(string field, string error) => new(false, Field: field, Error: error);
    }

    public enum StepKind { Transmitted, Acknowledged, Returned }

    /// <summary>One dated step of the history. <see cref="Text"/>: the answer sent with a version, or the Caf's comment.</summary>
    public sealed record Step(StepKind Kind, int Version, DateTimeOffset At, string By, string? Text);

    public sealed record Situation(ReportState State, ReportStatus Status, int? LatestVersion, IReadOnlyList<Step> History)
    {
        public bool IsFrozen => State is ReportState.Transmitted or ReportState.Acknowledged;
        public string? LastReturnComment => History.LastOrDefault(s => s.Kind == StepKind.Returned)?.Text;
    }

    public Task<bool> CanTransmitAsync(Actor actor, int conventionId, CancellationToken ct = default) =>
        access.IsCoordinatorOfAsync(actor.UserId, conventionId, ct);

    public static bool CanReview(Actor actor) => actor.Roles.Contains(PortalRoles.CafAdvisor);

    public async Task<Situation> SituationAsync(int conventionId, int year, CancellationToken ct = default)
    {
        var report = await db.AnnualReports.AsNoTracking().Where(r => r.ConventionId == conventionId && r.Year == year)
            .Select(r => new { r.Id, r.State }).FirstOrDefaultAsync(ct);
        var state = report?.State ?? ReportState.Draft;
        var status = ReportStatuses.Of(state, year, clock.GetUtcNow());
        if (report is null) return new Situation(state, status, null, []);

        var submissions = await db.ReportSubmissions.AsNoTracking().Where(s => s.AnnualReportId == report.Id).OrderBy(s => s.Number)
            .Select(s => new
            {
                s.Number, s.SubmittedAt, SubmittedBy = s.SubmittedBy == null ? null : s.SubmittedBy.DisplayName, s.Answer,
                s.Outcome, s.ReviewedAt, ReviewedBy = s.ReviewedBy == null ? null : s.ReviewedBy.DisplayName, s.ReviewComment,
            }).ToListAsync(ct);
        var history = new List<Step>();
        foreach (var s in submissions)
        {
            history.Add(new Step(StepKind.Transmitted, s.Number, s.SubmittedAt, s.SubmittedBy ?? FormerParticipant.DisplayName, s.Answer));
            if (s.ReviewedAt is { } at)
                history.Add(new Step(s.Outcome == SubmissionOutcome.Returned ? StepKind.Returned : StepKind.Acknowledged, s.Number, at,
                    s.ReviewedBy ?? FormerParticipant.DisplayName, s.ReviewComment));
        }
        return new Situation(state, status, submissions.Count == 0 ? null : submissions[^1].Number, history);
    }

    /// <summary>A transmitted version as it was sent: its view (values and texts) and its PDF bytes.</summary>
    public async Task<(AnnualReportView View, byte[] Pdf)?> VersionAsync(int conventionId, int year, int number, CancellationToken ct = default)
    {
        var version = await db.ReportSubmissions.AsNoTracking()
            .Where(s => s.Number == number && s.AnnualReport!.ConventionId == conventionId && s.AnnualReport.Year == year)
            .Select(s => new { s.SnapshotJson, s.Pdf }).FirstOrDefaultAsync(ct);
        if (version is null) return null;
        return (JsonSerializer.Deserialize<AnnualReportView>(version.SnapshotJson, Json)!, version.Pdf);
    }

    /// <summary>Saves a draft text: the synthesis (<paramref name="objective"/> null or <see cref="Synthesis"/>) or an objective's.</summary>
    public async Task<Outcome> SaveTextAsync(ConventionSummary convention, int year, Actor actor, string? objective, string? html, CancellationToken ct = default)
    {
        if (!await access.CanManageAsync(actor.UserId, actor.Roles, convention.Id, ct)) return Outcome.Refused;
        if (!reports.IsValidYear(convention, year)) return Outcome.Invalid("text", "Cette année est hors de la période de la CTG.");
        objective = string.IsNullOrEmpty(objective) ? Synthesis : objective;
        if (objective != Synthesis && Tableau2.Objectives.All(o => o.Number != objective)) return Outcome.Invalid("text", "Cet objectif n'existe pas dans le référentiel.");
        var clean = sanitizer.Sanitize(html);
        if (clean.Length > MeetingRules.ReportTextMax) return Outcome.Invalid("text", $"Le texte dépasse {MeetingRules.ReportTextMax:N0} caractères.");

        var report = await FindOrCreateAsync(convention.Id, year, ct);
        if (report.State is ReportState.Transmitted or ReportState.Acknowledged)
            return Outcome.Invalid("text", "Ce bilan est transmis à la Caf : il ne peut plus être modifié.");
        var now = clock.GetUtcNow();
        if (objective == Synthesis)
        {
            report.TextHtml = clean;
            report.UpdatedById = actor.UserId;
            report.UpdatedAt = now;
        }
        else
        {
            var text = report.ObjectiveTexts.FirstOrDefault(t => t.Objective == objective);
            if (text is null) report.ObjectiveTexts.Add(text = new AnnualReportText { Objective = objective });
            text.TextHtml = clean;
            text.UpdatedById = actor.UserId;
            text.UpdatedAt = now;
        }
        // Saved only if nobody transmitted in between (the state is re-checked in the UPDATE's WHERE).
        return await SaveUnlessFrozenAsync(report, ct) ? Outcome.Ok
            : Outcome.Invalid("text", "Ce bilan vient d'être transmis à la Caf : il ne peut plus être modifié.");
    }

    /// <summary>« Transmettre à la Caf »: a coordinator of the CTG freezes the current values, texts and PDF as a new version.</summary>
    public async Task<Outcome> TransmitAsync(ConventionSummary convention, int year, Actor actor, string? answer, CancellationToken ct = default)
    {
        if (!await CanTransmitAsync(actor, convention.Id, ct)) return Outcome.Refused;
        if (!reports.IsValidYear(convention, year)) return Outcome.Invalid("reponse", "Cette année est hors de la période de la CTG.");
        var report = await FindOrCreateAsync(convention.Id, year, ct);
        if (report.State is ReportState.Transmitted or ReportState.Acknowledged)
            return Outcome.Invalid("reponse", "Ce bilan est déjà transmis à la Caf.");
        answer = answer?.Trim();
        if (report.State == ReportState.Returned)
        {
            if (string.IsNullOrEmpty(answer) || answer.Length < CommentMin)
                return Outcome.Invalid("reponse", "Répondez aux remarques de la Caf avant de transmettre à nouveau (5 caractères au moins).");
            if (answer.Length > CommentMax) return Outcome.Invalid("reponse", $"La réponse dépasse {CommentMax:N0} caractères.");
        }
        else answer = null;

        if (report.Id == 0)
        {
            report.UpdatedAt = clock.GetUtcNow();
            db.AnnualReports.Add(report);
            await db.SaveChangesAsync(ct);
        }
        var number = await db.ReportSubmissions.Where(s => s.AnnualReportId == report.Id).MaxAsync(s => (int?)s.Number, ct) ?? 0;
        var now = clock.GetUtcNow();
        var by = await db.Users.Where(u => u.Id == actor.UserId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct) ?? FormerParticipant.DisplayName;
        var view = await reports.BuildAsync(convention, year, ct) with { Version = number + 1, TransmittedAt = now, TransmittedBy = by };
        var pdf = AnnualReportPdf.Write(view);

        var expected = report.State;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var moved = await db.AnnualReports.Where(r => r.Id == report.Id && r.State == expected)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.State, ReportState.Transmitted), ct);
        if (moved != 1) return Outcome.Invalid("reponse", "Ce bilan vient d'être transmis par une autre personne.");
        db.ReportSubmissions.Add(new ReportSubmission
        {
            AnnualReportId = report.Id, Number = number + 1, SubmittedById = actor.UserId, SubmittedAt = now, Answer = answer,
            SnapshotJson = JsonSerializer.Serialize(view, Json), Pdf = pdf,
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same version number taken by a concurrent transmission: nothing of ours is kept.
            return Outcome.Invalid("reponse", "Ce bilan vient d'être transmis par une autre personne.");
        }
        await transaction.CommitAsync(ct);

        var advisors = await UsersInRoleAsync(PortalRoles.CafAdvisor, ct);
        await notifications.PublishAsync(advisors, $"Bilan {year} de la {convention.Name} transmis à la Caf (version {number + 1}).", Link(convention, year), ct);
        return Outcome.Ok;
    }

    /// <summary>A Caf advisor acknowledges the pending version, or returns it with what to complete.</summary>
    public async Task<Outcome> ReviewAsync(ConventionSummary convention, int year, Actor actor, bool acknowledge, string? comment, CancellationToken ct = default)
    {
        if (!CanReview(actor) || !await access.CanReadAsync(actor.UserId, actor.Roles, convention.Id, ct)) return Outcome.Refused;
        comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (!acknowledge && (comment is null || comment.Length < CommentMin))
            return Outcome.Invalid("commentaire", "Dites ce qu'il faut compléter (5 caractères au moins).");
        if (comment is { Length: > CommentMax }) return Outcome.Invalid("commentaire", $"Le commentaire dépasse {CommentMax:N0} caractères.");

        var pending = await db.ReportSubmissions
            .Where(s => s.AnnualReport!.ConventionId == convention.Id && s.AnnualReport.Year == year && s.Outcome == SubmissionOutcome.Pending)
            .Select(s => new { s.Id, s.AnnualReportId, s.Number }).FirstOrDefaultAsync(ct);
        if (pending is null) return Outcome.Invalid("commentaire", "Aucune version transmise n'attend de réponse de la Caf.");

        var now = clock.GetUtcNow();
        var outcome = acknowledge ? SubmissionOutcome.Acknowledged : SubmissionOutcome.Returned;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var reviewed = await db.ReportSubmissions.Where(s => s.Id == pending.Id && s.Outcome == SubmissionOutcome.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Outcome, outcome).SetProperty(x => x.ReviewedAt, now)
                .SetProperty(x => x.ReviewedById, actor.UserId).SetProperty(x => x.ReviewComment, comment), ct);
        if (reviewed != 1) return Outcome.Invalid("commentaire", "Cette version vient de recevoir une réponse d'une autre personne.");
        await db.AnnualReports.Where(r => r.Id == pending.AnnualReportId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.State, acknowledge ? ReportState.Acknowledged : ReportState.Returned), ct);
        await transaction.CommitAsync(ct);

        var coordinators = await db.CoordinatorAssignments.Where(a => a.ConventionId == convention.Id).Select(a => a.UserId).ToListAsync(ct);
        await notifications.PublishAsync(coordinators, acknowledge
            ? $"La Caf accuse réception du bilan {year} (version {pending.Number})."
            : $"La Caf demande de compléter le bilan {year} (version {pending.Number}) : {Shorten(comment!)}", Link(convention, year), ct);
        return Outcome.Ok;
    }

    private async Task<AnnualReport> FindOrCreateAsync(int conventionId, int year, CancellationToken ct)
    {
        var report = await db.AnnualReports.Include(r => r.ObjectiveTexts).FirstOrDefaultAsync(r => r.ConventionId == conventionId && r.Year == year, ct);
        if (report is null) return new AnnualReport { ConventionId = conventionId, Year = year };
        // The state moves by UPDATE statements, which a report already tracked by this context does not see: read it again.
        await db.Entry(report).ReloadAsync(ct);
        return report;
    }

    private async Task<bool> SaveUnlessFrozenAsync(AnnualReport report, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (report.Id == 0) db.AnnualReports.Add(report);
        else if (await db.AnnualReports.Where(r => r.Id == report.Id && (r.State == ReportState.Draft || r.State == ReportState.Returned))
                     .ExecuteUpdateAsync(s => s.SetProperty(r => r.UpdatedAt, r => r.UpdatedAt), ct) != 1)
            return false;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    private async Task<List<string>> UsersInRoleAsync(string role, CancellationToken ct) =>
        await db.UserRoles.Where(ur => db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)).Select(ur => ur.UserId).ToListAsync(ct);

    private static string Link(ConventionSummary convention, int year) => $"/coordination/{convention.Slug}/bilan/{year}";

    private static string Shorten(string text) => text.Length <= 140 ? text : text[..139].TrimEnd() + "…";
}
