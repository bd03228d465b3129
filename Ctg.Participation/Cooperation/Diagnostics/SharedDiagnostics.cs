using Ctg.Participation.ActionPlan;
using Ctg.Participation.Common;
using Ctg.Participation.Conventions;
using Ctg.Participation.Cooperation.Journal;
using Ctg.Participation.Data;
using Ctg.Participation.Proposals;
using Ctg.Participation.Text;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Cooperation.Diagnostics;

/// <summary>What the diagnostic form posts; checked by <see cref="SharedDiagnostics.SaveAsync"/>.</summary>
public sealed class DiagnosticInput
{
    public string? Title { get; set; }
    public DiagnosticScope Scope { get; set; }
    public DiagnosticStatus Status { get; set; }
    public string? StartedOn { get; set; }
    public string? ValidatedOn { get; set; }
    public string? PublicSummary { get; set; }
    public List<int> AxisIds { get; set; } = [];
    /// <summary>Findings per axis id, rich text (sanitised on write).</summary>
    public Dictionary<int, string?> Findings { get; set; } = [];
    public List<int> MunicipalityIds { get; set; } = [];
    /// <summary>Partner id → role name; an empty role leaves the partner out.</summary>
    public Dictionary<int, string?> PartnerRoles { get; set; } = [];
    public List<int> MeetingIds { get; set; } = [];
    public List<int> SurveyIds { get; set; } = [];
}

/// <summary>
/// The CTG's shared diagnostics: write (its coordinators), read (back-office), and the validated ones' public summary.
/// Every link is checked against the CTG; findings are sanitised once, on write.
/// </summary>
public sealed class SharedDiagnostics(PortalDbContext db, ConventionAccess access, PortalHtmlSanitizer sanitizer, DocumentStore documents, TimeProvider clock)
{
    public const string Denied = "Vous ne pouvez pas modifier les diagnostics de cette CTG.";
    public const int TitleMax = 200, SummaryMax = 2_000, FindingsMax = 20_000;

    public sealed record Summary(int Id, string Title, DiagnosticScope Scope, DiagnosticStatus Status, DateOnly StartedOn, DateOnly? ValidatedOn, int Partners);

    public sealed record Detail(SharedDiagnostic Diagnostic, IReadOnlyList<(string Axis, string FindingsHtml)> Findings, IReadOnlyList<string> Municipalities,
        IReadOnlyList<(string Partner, DiagnosticPartnerRole Role)> Partners, IReadOnlyList<(int Id, string Title, DateTimeOffset StartsAt)> Meetings,
        IReadOnlyList<(int Id, string Title)> Surveys);

    public sealed record PublicSummaryLine(string Title, DiagnosticScope Scope, DateOnly ValidatedOn, string? Summary, IReadOnlyList<string> Axes);

    public sealed record FormOptions(IReadOnlyList<CooperationJournal.Choice> Axes, IReadOnlyList<CooperationJournal.Choice> Municipalities,
        IReadOnlyList<CooperationJournal.Choice> Partners, IReadOnlyList<CooperationJournal.Choice> Meetings, IReadOnlyList<CooperationJournal.Choice> Surveys);

    public async Task<IReadOnlyList<Summary>> ListAsync(int conventionId, CancellationToken ct = default) =>
        await db.Set<SharedDiagnostic>().AsNoTracking().Where(d => d.ConventionId == conventionId).OrderByDescending(d => d.StartedOn).ThenByDescending(d => d.Id)
            .Select(d => new Summary(d.Id, d.Title, d.Scope, d.Status, d.StartedOn, d.ValidatedOn, d.Partners.Count)).ToListAsync(ct);

    public async Task<Detail?> DetailAsync(int conventionId, int id, CancellationToken ct = default)
    {
        var d = await db.Set<SharedDiagnostic>().AsNoTracking().Where(x => x.Id == id && x.ConventionId == conventionId)
            .Include(x => x.Axes).ThenInclude(a => a.Axis).Include(x => x.Municipalities).ThenInclude(m => m.Municipality)
            .Include(x => x.Partners).ThenInclude(p => p.Partner).Include(x => x.Meetings).Include(x => x.Surveys)
            .AsSplitQuery().FirstOrDefaultAsync(ct);
        if (d is null) return null;
        var meetingIds = d.Meetings.Select(m => m.MeetingId).ToList();
        var surveyIds = d.Surveys.Select(s => s.SurveyId).ToList();
        var meetings = (await db.Meetings.AsNoTracking().Where(m => meetingIds.Contains(m.Id)).OrderBy(m => m.StartsAt).Select(m => new { m.Id, m.Title, m.StartsAt }).ToListAsync(ct))
            .Select(m => (m.Id, m.Title, m.StartsAt)).ToList();
        var surveys = (await db.Surveys.AsNoTracking().Where(s => surveyIds.Contains(s.Id)).OrderBy(s => s.Title).Select(s => new { s.Id, s.Title }).ToListAsync(ct))
            .Select(s => (s.Id, s.Title)).ToList();
        return new Detail(d,
            d.Axes.OrderBy(a => a.Axis!.Position).Select(a => (a.Axis!.Name, a.FindingsHtml)).ToList(),
            d.Municipalities.Select(m => m.Municipality!.Name).Order().ToList(),
            d.Partners.OrderBy(p => p.Partner!.Name).Select(p => (p.Partner!.Name, p.Role)).ToList(), meetings, surveys);
    }

    public async Task<FormOptions> FormOptionsAsync(int conventionId, CancellationToken ct = default)
    {
        var axes = await db.Axes.AsNoTracking().Where(a => a.ConventionId == conventionId).OrderBy(a => a.Position).Select(a => new CooperationJournal.Choice(a.Id, a.Name)).ToListAsync(ct);
        var communes = await db.Municipalities.AsNoTracking().Where(m => m.ConventionId == conventionId).OrderBy(m => m.Name).Select(m => new CooperationJournal.Choice(m.Id, m.Name)).ToListAsync(ct);
        var partners = await db.ConventionPartners.AsNoTracking().Where(p => p.ConventionId == conventionId).OrderBy(p => p.Partner!.Name)
            .Select(p => new CooperationJournal.Choice(p.PartnerId, p.Partner!.Name)).ToListAsync(ct);
        var meetings = (await db.Meetings.AsNoTracking().Where(m => m.ConventionId == conventionId).OrderByDescending(m => m.StartsAt).Take(60)
            .Select(m => new { m.Id, m.Title, m.StartsAt }).ToListAsync(ct))
            .Select(m => new CooperationJournal.Choice(m.Id, $"{Governance.MeetingRules.ToLocal(m.StartsAt):dd/MM/yyyy} — {m.Title}")).ToList();
        var surveys = await db.Surveys.AsNoTracking().Where(s => s.ConventionId == conventionId).OrderByDescending(s => s.OpensAt).Take(60)
            .Select(s => new CooperationJournal.Choice(s.Id, s.Title)).ToListAsync(ct);
        return new FormOptions(axes, communes, partners, meetings, surveys);
    }

    /// <summary>Creates (id null) or updates a diagnostic; the document, when given, replaces the previous one.</summary>
    public async Task<(int? Id, IReadOnlyList<FieldProblem> Problems)> SaveAsync(ConventionSummary convention, Actor actor, int? id, DiagnosticInput input,
        UploadedFile? document, CancellationToken ct = default)
    {
        if (!await access.CanManageAsync(actor.UserId, actor.Roles, convention.Id, ct)) return (null, [new FieldProblem("", Denied)]);
        var cid = convention.Id;
        var problems = new List<FieldProblem>();
        var today = PortalTime.Today(clock);

        var title = PortalText.PlainText(input.Title);
        if (title.Length is < 3 or > TitleMax) problems.Add(new(nameof(input.Title), $"Donnez un titre au diagnostic (3 à {TitleMax} caractères)."));
        if (!Enum.IsDefined(input.Scope)) problems.Add(new(nameof(input.Scope), "Choisissez la portée du diagnostic."));
        if (!Enum.IsDefined(input.Status)) problems.Add(new(nameof(input.Status), "Choisissez l'état du diagnostic."));
        var started = ActionRules.ParseDate(input.StartedOn);
        if (started is null) problems.Add(new(nameof(input.StartedOn), "Indiquez la date de début des travaux (jj/mm/aaaa)."));
        else if (started > today) problems.Add(new(nameof(input.StartedOn), "La date de début ne peut pas être dans le futur."));
        DateOnly? validated = null;
        if (input.Status == DiagnosticStatus.ValideEnCopil)
        {
            validated = ActionRules.ParseDate(input.ValidatedOn);
            if (validated is null) problems.Add(new(nameof(input.ValidatedOn), "Indiquez la date du Copil qui a validé le diagnostic."));
            else if (validated > today) problems.Add(new(nameof(input.ValidatedOn), "La date de validation ne peut pas être dans le futur."));
            else if (started is { } s && validated < s) problems.Add(new(nameof(input.ValidatedOn), "La validation ne peut pas précéder le début des travaux."));
        }
        var summary = ActionRules.LongText(input.PublicSummary);
        if (summary?.Length > SummaryMax) problems.Add(new(nameof(input.PublicSummary), $"Le résumé public compte au plus {SummaryMax:N0} caractères."));

        var axisIds = input.AxisIds.Distinct().ToList();
        var findings = input.Findings.Where(f => !string.IsNullOrWhiteSpace(f.Value)).ToDictionary(f => f.Key, f => sanitizer.Sanitize(f.Value));
        if (findings.Keys.Except(axisIds).Any()) problems.Add(new(nameof(input.AxisIds), "Cochez les axes sur lesquels vous écrivez des constats."));
        if (findings.Values.Any(v => v.Length > FindingsMax)) problems.Add(new(nameof(input.Findings), $"Les constats d'un axe comptent au plus {FindingsMax:N0} caractères."));
        if (axisIds.Count > 0 && await db.Axes.CountAsync(a => a.ConventionId == cid && axisIds.Contains(a.Id), ct) != axisIds.Count)
            problems.Add(new(nameof(input.AxisIds), "Un des axes choisis n'est pas un axe de cette CTG."));
        var communeIds = input.MunicipalityIds.Distinct().ToList();
        if (communeIds.Count > 0 && await db.Municipalities.CountAsync(m => m.ConventionId == cid && communeIds.Contains(m.Id), ct) != communeIds.Count)
            problems.Add(new(nameof(input.MunicipalityIds), "Une des communes choisies n'est pas une commune de cette CTG."));

        var roles = new Dictionary<int, DiagnosticPartnerRole>();
        foreach (var (partner, role) in input.PartnerRoles.Where(p => !string.IsNullOrWhiteSpace(p.Value)))
        {
            if (Enum.TryParse<DiagnosticPartnerRole>(role, out var r) && Enum.IsDefined(r) && !int.TryParse(role, out _)) roles[partner] = r;
            else problems.Add(new(nameof(input.PartnerRoles), "Choisissez le rôle de chaque partenaire associé."));
        }
        var partnerIds = roles.Keys.ToList();
        if (partnerIds.Count > 0 && await db.ConventionPartners.CountAsync(p => p.ConventionId == cid && partnerIds.Contains(p.PartnerId), ct) != partnerIds.Count)
            problems.Add(new(nameof(input.PartnerRoles), "Un des partenaires choisis n'est pas un partenaire de cette CTG."));
        var meetingIds = input.MeetingIds.Distinct().ToList();
        if (meetingIds.Count > 0 && await db.Meetings.CountAsync(m => m.ConventionId == cid && meetingIds.Contains(m.Id), ct) != meetingIds.Count)
            problems.Add(new(nameof(input.MeetingIds), "Une des réunions choisies n'est pas une réunion de cette CTG."));
        var surveyIds = input.SurveyIds.Distinct().ToList();
        if (surveyIds.Count > 0 && await db.Surveys.CountAsync(s => s.ConventionId == cid && surveyIds.Contains(s.Id), ct) != surveyIds.Count)
            problems.Add(new(nameof(input.SurveyIds), "Une des enquêtes choisies n'est pas une enquête de cette CTG."));
        if (document is not null && DocumentCheck.Inspect(document.FileName, document.Content).Problem is { } fileProblem)
            problems.Add(new("Document", fileProblem));

        SharedDiagnostic? diagnostic = null;
        if (id is { } existing)
        {
            diagnostic = await db.Set<SharedDiagnostic>().Include(d => d.Axes).Include(d => d.Municipalities).Include(d => d.Partners)
                .Include(d => d.Meetings).Include(d => d.Surveys).AsSplitQuery().FirstOrDefaultAsync(d => d.Id == existing && d.ConventionId == cid, ct);
            if (diagnostic is null) return (null, [new FieldProblem("", "Ce diagnostic n'existe pas.")]);
        }
        if (problems.Count > 0) return (null, problems);

        var now = clock.GetUtcNow();
        diagnostic ??= db.Set<SharedDiagnostic>().Add(new SharedDiagnostic { ConventionId = cid, CreatedAt = now }).Entity;
        diagnostic.Title = title;
        diagnostic.Scope = input.Scope;
        diagnostic.Status = input.Status;
        diagnostic.StartedOn = started!.Value;
        diagnostic.ValidatedOn = validated;
        diagnostic.PublicSummary = string.IsNullOrEmpty(summary) ? null : summary;
        diagnostic.UpdatedAt = now;
        diagnostic.Axes.RemoveAll(a => !axisIds.Contains(a.AxisId));
        foreach (var axis in axisIds)
        {
            var row = diagnostic.Axes.FirstOrDefault(a => a.AxisId == axis);
            if (row is null) diagnostic.Axes.Add(row = new DiagnosticAxis { AxisId = axis });
            row.FindingsHtml = findings.GetValueOrDefault(axis) ?? "";
        }
        diagnostic.Municipalities.RemoveAll(m => !communeIds.Contains(m.MunicipalityId));
        diagnostic.Municipalities.AddRange(communeIds.Where(c => diagnostic.Municipalities.All(m => m.MunicipalityId != c)).Select(c => new DiagnosticMunicipality { MunicipalityId = c }));
        diagnostic.Partners.RemoveAll(p => !roles.ContainsKey(p.PartnerId));
        foreach (var (partner, role) in roles)
        {
            var row = diagnostic.Partners.FirstOrDefault(p => p.PartnerId == partner);
            if (row is null) diagnostic.Partners.Add(new DiagnosticPartner { PartnerId = partner, Role = role });
            else row.Role = role;
        }
        diagnostic.Meetings.RemoveAll(m => !meetingIds.Contains(m.MeetingId));
        diagnostic.Meetings.AddRange(meetingIds.Where(m => diagnostic.Meetings.All(x => x.MeetingId != m)).Select(m => new DiagnosticMeeting { MeetingId = m }));
        diagnostic.Surveys.RemoveAll(s => !surveyIds.Contains(s.SurveyId));
        diagnostic.Surveys.AddRange(surveyIds.Where(s => diagnostic.Surveys.All(x => x.SurveyId != s)).Select(s => new DiagnosticSurvey { SurveyId = s }));

        StoredDocument? replaced = null;
        if (document is not null)
        {
            var (stored, problem) = await documents.SaveAsync(document.FileName, document.Content, ct);
            if (stored is null) return (null, [new FieldProblem("Document", problem!)]);
            replaced = diagnostic.Document;
            diagnostic.Document = stored;
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            if (document is not null) documents.Delete(diagnostic.Document);
            throw;
        }
        documents.Delete(replaced);
        return (diagnostic.Id, []);
    }

    public Task<StoredDocument?> DocumentAsync(int conventionId, int id, CancellationToken ct = default) =>
        db.Set<SharedDiagnostic>().AsNoTracking().Where(d => d.Id == id && d.ConventionId == conventionId).Select(d => d.Document).FirstOrDefaultAsync(ct);

    /// <summary>The validated diagnostics of a CTG, for its public page: title, scope, date, summary and axes. Nothing else.</summary>
    public async Task<IReadOnlyList<PublicSummaryLine>> PublicAsync(int conventionId, CancellationToken ct = default) =>
        await db.Set<SharedDiagnostic>().AsNoTracking()
            .Where(d => d.ConventionId == conventionId && d.Status == DiagnosticStatus.ValideEnCopil && d.ValidatedOn != null)
            .OrderByDescending(d => d.ValidatedOn).Take(10)
            .Select(d => new PublicSummaryLine(d.Title, d.Scope, d.ValidatedOn!.Value, d.PublicSummary, d.Axes.OrderBy(a => a.Axis!.Position).Select(a => a.Axis!.Name).ToList()))
            .ToListAsync(ct);
}
