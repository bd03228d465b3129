using Ctg.Participation.Accounts;
using Ctg.Participation.Conventions;

namespace Ctg.Participation.Initiatives;

/// <summary>
/// An initiative citoyenne declared by a resident or an association. It is published only once a coordinator of its
/// CTG validates it; a refusal keeps the reason, which is sent to the author.
/// </summary>
public class CitizenInitiative
{
    public int Id { get; set; }
    public int ConventionId { get; set; }
    public Convention? Convention { get; set; }

    /// <summary>The declaring account; null once the account is deleted.</summary>
    public string? AuthorId { get; set; }
    public PortalUser? Author { get; set; }

    /// <summary>Plain text, encoded when rendered.</summary>
    public string Name { get; set; } = "";

    /// <summary>Sanitised HTML (PortalHtmlSanitizer).</summary>
    public string DescriptionHtml { get; set; } = "";

    public CarrierKind CarrierKind { get; set; }

    /// <summary>The public display name of the person or association that carries it. Plain text.</summary>
    public string CarrierName { get; set; } = "";

    public int AxisId { get; set; }
    public Axis? Axis { get; set; }

    public InitiativeNeeds Needs { get; set; }

    /// <summary>How to reach the carriers: shown to the CTG's coordinators only, never publicly.</summary>
    public string Contact { get; set; } = "";

    public InitiativeStatus Status { get; set; } = InitiativeStatus.AwaitingReview;
    public string? RefusalReason { get; set; }
    public string? ReviewedById { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<InitiativeMunicipality> Municipalities { get; set; } = [];

    public bool IsPublished => Status == InitiativeStatus.Validated;
}

public class InitiativeMunicipality
{
    public int InitiativeId { get; set; }
    public int MunicipalityId { get; set; }
    public Municipality? Municipality { get; set; }
}

public enum CarrierKind
{
    Person = 0,
    Association = 1,
}

public enum InitiativeStatus
{
    AwaitingReview = 0,
    Validated = 1,
    Refused = 2,
}

/// <summary>What the carriers ask the CTG for. Stored as flags: a handful of fixed needs, filtered rarely.</summary>
[Flags]
public enum InitiativeNeeds
{
    None = 0,
    Room = 1,
    Funding = 2,
    Communication = 4,
    Partners = 8,
    MethodologicalSupport = 16,
}

public static class InitiativeLabels
{
    public static readonly IReadOnlyList<(InitiativeNeeds Need, string Label)> Needs =
    [
        (InitiativeNeeds.Room, "Une salle"),
        (InitiativeNeeds.Funding, "Un financement"),
        (InitiativeNeeds.Communication, "De la communication"),
        (InitiativeNeeds.Partners, "Des partenaires"),
        (InitiativeNeeds.MethodologicalSupport, "Un appui méthodologique"),
    ];

    public static IEnumerable<string> NeedsOf(InitiativeNeeds needs) => Needs.Where(n => needs.HasFlag(n.Need)).Select(n => n.Label);

    public static string Carrier(CarrierKind kind) => kind == CarrierKind.Association ? "Association" : "Habitant·e";

    public static string Status(InitiativeStatus status) => status switch
    {
        InitiativeStatus.Validated => "Publiée",
        InitiativeStatus.Refused => "Refusée",
        _ => "En attente de validation",
    };
}
