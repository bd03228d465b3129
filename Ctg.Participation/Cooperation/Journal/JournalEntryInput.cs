using Ctg.Participation.Common;
using Ctg.Participation.Conventions;

namespace Ctg.Participation.Cooperation.Journal;

/// <summary>What the entry form posts. Everything is checked by <see cref="CooperationJournal.AddAsync"/>.</summary>
public sealed class JournalEntryInput
{
    public string? Date { get; set; }
    public string? Kind { get; set; }
    public int? NatureId { get; set; }
    public List<int> PartnerIds { get; set; } = [];
    /// <summary>A partner not yet known to the CTG, created with the entry and attached to the CTG.</summary>
    public string? NewPartnerName { get; set; }
    public PartnerKind? NewPartnerKind { get; set; }
    public List<int> AxisIds { get; set; } = [];
    public List<int> MunicipalityIds { get; set; } = [];
    public int? MeetingId { get; set; }
    public int? ActionId { get; set; }
    public int? RoutingId { get; set; }
    public int? DiagnosticId { get; set; }
    public string? Note { get; set; }
}

/// <summary>An uploaded file as the service sees it: no HTTP type.</summary>
public sealed record UploadedFile(string FileName, byte[] Content);

/// <summary>
/// The journal's filters, as read from a query string: period (du, au), kind, axis, partner, nature. Unknown values
/// are problems for the page to show beside the field; nothing is filtered on them.
/// </summary>
public sealed record JournalFilter(DateOnly? From, DateOnly? To, CooperationKind? Kind, int? AxisId, int? PartnerId, int? NatureId)
{
    public static (JournalFilter Filter, IReadOnlyList<FieldProblem> Problems) Parse(string? from, string? to, string? kind, int? axis, int? partner, int? nature)
    {
        var problems = new List<FieldProblem>();
        var fromDate = ActionPlan.ActionRules.ParseDate(from);
        if (!string.IsNullOrWhiteSpace(from) && fromDate is null) problems.Add(new("du", "La date de début n'est pas valide (jj/mm/aaaa)."));
        var toDate = ActionPlan.ActionRules.ParseDate(to);
        if (!string.IsNullOrWhiteSpace(to) && toDate is null) problems.Add(new("au", "La date de fin n'est pas valide (jj/mm/aaaa)."));
        if (fromDate is { } f && toDate is { } t && t < f) problems.Add(new("au", "La période se termine avant de commencer."));
        var parsedKind = CooperationKinds.Parse(kind);
        if (!string.IsNullOrWhiteSpace(kind) && parsedKind is null) problems.Add(new("type", "Ce type d'action n'existe pas."));
        return (new JournalFilter(fromDate, toDate, parsedKind, axis, partner, nature), problems);
    }

    /// <summary>The query string of this filter, for links and the CSV export.</summary>
    public string ToQuery()
    {
        var parts = new List<string>();
        if (From is { } f) parts.Add("du=" + f.ToString("yyyy-MM-dd"));
        if (To is { } t) parts.Add("au=" + t.ToString("yyyy-MM-dd"));
        if (Kind is { } k) parts.Add("type=" + k);
        if (AxisId is { } a) parts.Add("axe=" + a);
        if (PartnerId is { } p) parts.Add("partenaire=" + p);
        if (NatureId is { } n) parts.Add("nature=" + n);
        return string.Join('&', parts);
    }
}
