using Ctg.Participation.Conventions;

namespace Ctg.Participation.Cooperation.Journal;

/// <summary>
/// One line of a CTG's journal de coopération: what the officer did on a day (its kind from Tableau 2, a nature
/// from the department's list), with whom, on which axes and communes, and optionally the record it relates to.
/// Every link points inside the same CTG (<see cref="CooperationJournal"/> checks it before storing).
/// </summary>
public class CooperationEntry
{
    public int Id { get; set; }
    public int ConventionId { get; set; }
    public Convention? Convention { get; set; }

    public DateOnly Date { get; set; }
    public CooperationKind Kind { get; set; }
    public int NatureId { get; set; }
    public CooperationNature? Nature { get; set; }

    /// <summary>Plain text, short.</summary>
    public string? Note { get; set; }

    public int? MeetingId { get; set; }
    /// <summary>A fiche action (ActionPlan.PlanAction) of the CTG.</summary>
    public int? ActionId { get; set; }
    /// <summary>A routed contribution (Routing.Routing) of the CTG.</summary>
    public int? RoutingId { get; set; }
    public int? DiagnosticId { get; set; }

    public StoredDocument? Attachment { get; set; }

    public string? AuthorId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public List<CooperationEntryPartner> Partners { get; set; } = [];
    public List<CooperationEntryAxis> Axes { get; set; } = [];
    public List<CooperationEntryMunicipality> Municipalities { get; set; } = [];
}

public class CooperationEntryPartner
{
    public int EntryId { get; set; }
    public int PartnerId { get; set; }
    public Partner? Partner { get; set; }
}

public class CooperationEntryAxis
{
    public int EntryId { get; set; }
    public int AxisId { get; set; }
    public Axis? Axis { get; set; }
}

public class CooperationEntryMunicipality
{
    public int EntryId { get; set; }
    public int MunicipalityId { get; set; }
    public Municipality? Municipality { get; set; }
}

/// <summary>
/// A nature an entry of one kind may have (« PMI », « juriste » for an expertise), kept per department by an
/// administrator. Archived natures stay on old entries but are no longer offered.
/// </summary>
public class CooperationNature
{
    public int Id { get; set; }
    public string Department { get; set; } = "";
    public CooperationKind Kind { get; set; }
    public string Label { get; set; } = "";
    public int Position { get; set; }
    public bool Archived { get; set; }
}
