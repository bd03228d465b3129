using Ctg.Participation.ActionPlan;
using Ctg.Participation.Common;
using Ctg.Participation.Conventions;
using Ctg.Participation.Data;
using Ctg.Participation.Proposals;
using Ctg.Participation.Spreadsheets;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Cooperation.Journal;

/// <summary>
/// A CTG's journal de coopération: what its officers did, entry by entry. Every write re-checks that the actor
/// manages the CTG, checks every field and link against this CTG, and stores all or nothing (the attachment is
/// written last and removed again if the row cannot be saved).
/// </summary>
public sealed class CooperationJournal(PortalDbContext db, ConventionAccess access, CooperationNatures natures, DocumentStore documents, TimeProvider clock)
{
    public const string Denied = "Vous ne pouvez pas écrire dans le journal de cette CTG.";
    public const int NoteMax = 1_000, PartnerNameMax = 200, ListLimit = 200;

    public sealed record Choice(int Id, string Label);

    /// <summary>What the entry form offers, all of this CTG; natures of the department, active ones only.</summary>
    public sealed record FormOptions(
        IReadOnlyList<CooperationNatures.Nature> Natures, IReadOnlyList<Choice> Partners, IReadOnlyList<Choice> Axes,
        IReadOnlyList<Choice> Municipalities, IReadOnlyList<Choice> Meetings, IReadOnlyList<Choice> Actions,
        IReadOnlyList<Choice> Routings, IReadOnlyList<Choice> Diagnostics);

    public sealed record Line(int Id, DateOnly Date, CooperationKind Kind, string Nature, string? Note, IReadOnlyList<string> Partners,
        IReadOnlyList<string> Axes, IReadOnlyList<string> Municipalities, int? MeetingId, string? Meeting, int? ActionNumber, string? Action,
        int? RoutingId, int? DiagnosticId, string? Diagnostic, string? AttachmentName, string? Author);

    public async Task<FormOptions> FormOptionsAsync(ConventionSummary convention, int? routingId = null, CancellationToken ct = default)
    {
        var all = await natures.ListAsync(convention.Department, ct);
        var id = convention.Id;
        var partners = await db.ConventionPartners.AsNoTracking().Where(p => p.ConventionId == id).OrderBy(p => p.Partner!.Name)
            .Select(p => new Choice(p.PartnerId, p.Partner!.Name)).ToListAsync(ct);
        var axes = await db.Axes.AsNoTracking().Where(a => a.ConventionId == id).OrderBy(a => a.Position).Select(a => new Choice(a.Id, a.Name)).ToListAsync(ct);
        var communes = await db.Municipalities.AsNoTracking().Where(m => m.ConventionId == id).OrderBy(m => m.Name).Select(m => new Choice(m.Id, m.Name)).ToListAsync(ct);
        // The 60 latest meetings are the ones an officer links a fresh entry to; older ones stay reachable from their page.
        var meetings = (await db.Meetings.AsNoTracking().Where(m => m.ConventionId == id).OrderByDescending(m => m.StartsAt).Take(60)
            .Select(m => new { m.Id, m.Title, m.StartsAt }).ToListAsync(ct))
            .Select(m => new Choice(m.Id, $"{Governance.MeetingRules.ToLocal(m.StartsAt):dd/MM/yyyy} — {m.Title}")).ToList();
        var actions = await db.PlanActions.AsNoTracking().Where(a => a.ConventionId == id).OrderBy(a => a.Number)
            .Select(a => new Choice(a.Id, "Fiche n° " + a.Number + " — " + a.Title)).ToListAsync(ct);
        var routingQuery = db.Routings.AsNoTracking().Where(r => r.ConventionId == id);
        var routings = await routingQuery.OrderByDescending(r => r.RoutedAt).Take(40)
            .Select(r => new Choice(r.Id, "Orientation n° " + r.Id + " vers « " + r.WorkingGroup!.Name + " »")).ToListAsync(ct);
        if (routingId is { } rid && routings.All(r => r.Id != rid))
            routings.InsertRange(0, await routingQuery.Where(r => r.Id == rid).Select(r => new Choice(r.Id, "Orientation n° " + r.Id + " vers « " + r.WorkingGroup!.Name + " »")).ToListAsync(ct));
        var diagnostics = await db.Set<Diagnostics.SharedDiagnostic>().AsNoTracking().Where(d => d.ConventionId == id).OrderByDescending(d => d.Id)
            .Select(d => new Choice(d.Id, d.Title)).ToListAsync(ct);
        return new FormOptions(all.Where(n => !n.Archived).ToList(), partners, axes, communes, meetings, actions, routings, diagnostics);
    }

    /// <summary>Adds an entry; returns its id or the problems, field by field (nothing stored then).</summary>
    public async Task<(int? Id, IReadOnlyList<FieldProblem> Problems)> AddAsync(ConventionSummary convention, Actor actor, JournalEntryInput input,
        UploadedFile? attachment, CancellationToken ct = default)
    {
        if (!await access.CanManageAsync(actor.UserId, actor.Roles, convention.Id, ct)) return (null, [new FieldProblem("", Denied)]);
        var problems = new List<FieldProblem>();
        var id = convention.Id;
        var today = PortalTime.Today(clock);

        var date = ActionRules.ParseDate(input.Date);
        if (string.IsNullOrWhiteSpace(input.Date)) problems.Add(new(nameof(input.Date), "Indiquez la date de l'action."));
        else if (date is null) problems.Add(new(nameof(input.Date), "La date n'est pas valide (jj/mm/aaaa)."));
        else if (date > today) problems.Add(new(nameof(input.Date), "La date ne peut pas être dans le futur."));
        else if (date < convention.PeriodStart)
            problems.Add(new(nameof(input.Date), $"La date est antérieure à la période de la CTG (à partir du {convention.PeriodStart.ToString("d MMMM yyyy", PortalCulture.French)})."));

        var kind = CooperationKinds.Parse(input.Kind);
        if (kind is null) problems.Add(new(nameof(input.Kind), "Choisissez le type d'action."));

        if (input.NatureId is null) problems.Add(new(nameof(input.NatureId), "Choisissez la nature de l'action."));
        else if (kind is { } k)
        {
            var nature = await db.Set<CooperationNature>().AsNoTracking()
                .Where(n => n.Id == input.NatureId && n.Department == convention.Department && !n.Archived).Select(n => (CooperationKind?)n.Kind).FirstOrDefaultAsync(ct);
            if (nature is null) problems.Add(new(nameof(input.NatureId), "Cette nature n'existe pas dans la liste du département."));
            else if (nature != k) problems.Add(new(nameof(input.NatureId), $"Cette nature ne correspond pas au type « {k.Label()} »."));
        }

        var partnerIds = input.PartnerIds.Distinct().ToList();
        if (partnerIds.Count > 0 && await db.ConventionPartners.CountAsync(p => p.ConventionId == id && partnerIds.Contains(p.PartnerId), ct) != partnerIds.Count)
            problems.Add(new(nameof(input.PartnerIds), "Un des partenaires choisis n'est pas un partenaire de cette CTG."));
        var newPartnerName = PortalText.PlainText(input.NewPartnerName);
        if (newPartnerName.Length > 0)
        {
            if (newPartnerName.Length is < 2 or > PartnerNameMax) problems.Add(new(nameof(input.NewPartnerName), $"Le nom du nouveau partenaire compte 2 à {PartnerNameMax} caractères."));
            if (input.NewPartnerKind is not { } pk || !Enum.IsDefined(pk)) problems.Add(new(nameof(input.NewPartnerKind), "Choisissez le type du nouveau partenaire."));
        }

        var axisIds = input.AxisIds.Distinct().ToList();
        if (axisIds.Count > 0 && await db.Axes.CountAsync(a => a.ConventionId == id && axisIds.Contains(a.Id), ct) != axisIds.Count)
            problems.Add(new(nameof(input.AxisIds), "Un des axes choisis n'est pas un axe de cette CTG."));
        var communeIds = input.MunicipalityIds.Distinct().ToList();
        if (communeIds.Count > 0 && await db.Municipalities.CountAsync(m => m.ConventionId == id && communeIds.Contains(m.Id), ct) != communeIds.Count)
            problems.Add(new(nameof(input.MunicipalityIds), "Une des communes choisies n'est pas une commune de cette CTG."));

        if (input.MeetingId is { } meeting && !await db.Meetings.AnyAsync(m => m.Id == meeting && m.ConventionId == id, ct))
            problems.Add(new(nameof(input.MeetingId), "Cette réunion n'est pas une réunion de cette CTG."));
        if (input.ActionId is { } action && !await db.PlanActions.AnyAsync(a => a.Id == action && a.ConventionId == id, ct))
            problems.Add(new(nameof(input.ActionId), "Cette fiche action n'est pas une fiche de cette CTG."));
        if (input.RoutingId is { } routing && !await db.Routings.AnyAsync(r => r.Id == routing && r.ConventionId == id, ct))
            problems.Add(new(nameof(input.RoutingId), "Cette contribution orientée n'appartient pas à cette CTG."));
        if (input.DiagnosticId is { } diagnostic && !await db.Set<Diagnostics.SharedDiagnostic>().AnyAsync(d => d.Id == diagnostic && d.ConventionId == id, ct))
            problems.Add(new(nameof(input.DiagnosticId), "Ce diagnostic n'est pas un diagnostic de cette CTG."));

        var note = ActionRules.LongText(input.Note);
        if (note?.Length > NoteMax) problems.Add(new(nameof(input.Note), $"La note compte au plus {NoteMax:N0} caractères."));

        if (attachment is not null && DocumentCheck.Inspect(attachment.FileName, attachment.Content).Problem is { } fileProblem)
            problems.Add(new("Attachment", fileProblem));
        if (problems.Count > 0) return (null, problems);

        var entry = new CooperationEntry
        {
            ConventionId = id, Date = date!.Value, Kind = kind!.Value, NatureId = input.NatureId!.Value, Note = string.IsNullOrEmpty(note) ? null : note,
            MeetingId = input.MeetingId, ActionId = input.ActionId, RoutingId = input.RoutingId, DiagnosticId = input.DiagnosticId,
            AuthorId = actor.UserId, CreatedAt = clock.GetUtcNow(),
            Partners = partnerIds.Select(p => new CooperationEntryPartner { PartnerId = p }).ToList(),
            Axes = axisIds.Select(a => new CooperationEntryAxis { AxisId = a }).ToList(),
            Municipalities = communeIds.Select(m => new CooperationEntryMunicipality { MunicipalityId = m }).ToList(),
        };
        if (newPartnerName.Length > 0) await AttachNewPartnerAsync(entry, id, newPartnerName, input.NewPartnerKind!.Value, date.Value, ct);

        if (attachment is not null)
        {
            var (document, problem) = await documents.SaveAsync(attachment.FileName, attachment.Content, ct);
            if (document is null) return (null, [new FieldProblem("Attachment", problem!)]);
            entry.Attachment = document;
        }
        db.Set<CooperationEntry>().Add(entry);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            documents.Delete(entry.Attachment);
            throw;
        }
        return (entry.Id, []);
    }

    /// <summary>A partner named in the form: the CTG's own if it already has it, the department's if it exists, else a new one; attached to the CTG from the entry's date.</summary>
    private async Task AttachNewPartnerAsync(CooperationEntry entry, int conventionId, string name, PartnerKind kind, DateOnly since, CancellationToken ct)
    {
        var partner = await db.Partners.FirstOrDefaultAsync(p => p.Name == name, ct) ?? db.Partners.Add(new Partner { Name = name, Kind = kind }).Entity;
        if (partner.Id == 0 || !await db.ConventionPartners.AnyAsync(cp => cp.ConventionId == conventionId && cp.PartnerId == partner.Id, ct))
            db.ConventionPartners.Add(new ConventionPartner { ConventionId = conventionId, Partner = partner, Since = since });
        if (entry.Partners.All(p => p.PartnerId != partner.Id || partner.Id == 0)) entry.Partners.Add(new CooperationEntryPartner { Partner = partner });
    }

    private IQueryable<CooperationEntry> Filtered(int conventionId, JournalFilter filter)
    {
        var entries = db.Set<CooperationEntry>().AsNoTracking().Where(e => e.ConventionId == conventionId);
        if (filter.From is { } from) entries = entries.Where(e => e.Date >= from);
        if (filter.To is { } to) entries = entries.Where(e => e.Date <= to);
        if (filter.Kind is { } kind) entries = entries.Where(e => e.Kind == kind);
        if (filter.NatureId is { } nature) entries = entries.Where(e => e.NatureId == nature);
        if (filter.AxisId is { } axis) entries = entries.Where(e => e.Axes.Any(a => a.AxisId == axis));
        if (filter.PartnerId is { } partner) entries = entries.Where(e => e.Partners.Any(p => p.PartnerId == partner));
        return entries;
    }

    /// <summary>The latest <see cref="ListLimit"/> entries matching the filter, newest first, and how many match in all.</summary>
    public async Task<(IReadOnlyList<Line> Lines, int Total)> ListAsync(int conventionId, JournalFilter filter, CancellationToken ct = default)
    {
        var query = Filtered(conventionId, filter);
        var total = await query.CountAsync(ct);
        var lines = await Project(query.OrderByDescending(e => e.Date).ThenByDescending(e => e.Id).Take(ListLimit)).AsSplitQuery().ToListAsync(ct);
        return (lines, total);
    }

    private IQueryable<Line> Project(IQueryable<CooperationEntry> query) => query.Select(e => new Line(
        e.Id, e.Date, e.Kind, e.Nature!.Label, e.Note,
        e.Partners.OrderBy(p => p.Partner!.Name).Select(p => p.Partner!.Name).ToList(),
        e.Axes.OrderBy(a => a.Axis!.Position).Select(a => a.Axis!.Name).ToList(),
        e.Municipalities.OrderBy(m => m.Municipality!.Name).Select(m => m.Municipality!.Name).ToList(),
        e.MeetingId, db.Meetings.Where(m => m.Id == e.MeetingId).Select(m => m.Title).FirstOrDefault(),
        db.PlanActions.Where(a => a.Id == e.ActionId).Select(a => (int?)a.Number).FirstOrDefault(),
        db.PlanActions.Where(a => a.Id == e.ActionId).Select(a => a.Title).FirstOrDefault(),
        e.RoutingId, e.DiagnosticId, db.Set<Diagnostics.SharedDiagnostic>().Where(d => d.Id == e.DiagnosticId).Select(d => d.Title).FirstOrDefault(),
        e.Attachment == null ? null : e.Attachment.FileName,
        db.Users.Where(u => u.Id == e.AuthorId).Select(u => u.DisplayName).FirstOrDefault()));

    public static readonly IReadOnlyList<TableColumn> ExportColumns =
    [
        new("date", 12), new("type", 24), new("ligne_referentiel", 14), new("nature", 20), new("partenaires", 30), new("axes", 30),
        new("communes", 30), new("reunion", 30), new("fiche_action", 30), new("orientation", 12), new("diagnostic", 30), new("note", 50),
        new("piece_jointe", 24),
    ];

    /// <summary>
    /// Every entry matching the filter, in any table format (CSV, XLSX, ODS), streamed from the database. No author:
    /// the journal is the CTG's, not a person's.
    /// </summary>
    public async Task ExportAsync(int conventionId, JournalFilter filter, ITableWriter table, CancellationToken ct = default)
    {
        await table.WriteHeaderAsync(ExportColumns, ct);
        var rows = Project(Filtered(conventionId, filter).OrderBy(e => e.Date).ThenBy(e => e.Id)).AsSplitQuery().AsAsyncEnumerable();
        await foreach (var l in rows.WithCancellation(ct))
        {
            await table.WriteRowAsync(
            [
                TableCell.Of(l.Date), TableCell.Text(l.Kind.Label()), TableCell.Code(l.Kind.LineCode()), TableCell.Text(l.Nature),
                TableCell.Text(string.Join(" | ", l.Partners)), TableCell.Text(string.Join(" | ", l.Axes)), TableCell.Text(string.Join(" | ", l.Municipalities)),
                TableCell.Text(l.Meeting), TableCell.Text(l.ActionNumber is { } n ? $"{n} — {l.Action}" : ""), TableCell.Code(l.RoutingId?.ToString()),
                TableCell.Text(l.Diagnostic), TableCell.Text(l.Note), TableCell.Text(l.AttachmentName),
            ], ct);
        }
    }

    public async Task<bool> DeleteAsync(int conventionId, Actor actor, int entryId, CancellationToken ct = default)
    {
        if (!await access.CanManageAsync(actor.UserId, actor.Roles, conventionId, ct)) return false;
        var entry = await db.Set<CooperationEntry>().FirstOrDefaultAsync(e => e.Id == entryId && e.ConventionId == conventionId, ct);
        if (entry is null) return false;
        var attachment = entry.Attachment;
        db.Remove(entry);
        await db.SaveChangesAsync(ct);
        documents.Delete(attachment);
        return true;
    }

    public Task<StoredDocument?> AttachmentAsync(int conventionId, int entryId, CancellationToken ct = default) =>
        db.Set<CooperationEntry>().AsNoTracking().Where(e => e.Id == entryId && e.ConventionId == conventionId).Select(e => e.Attachment).FirstOrDefaultAsync(ct);
}
