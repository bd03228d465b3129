namespace Ctg.Participation.Conventions;

/// <summary>A Convention territoriale globale: the multi-year contract between a Caf and one intercommunality (EPCI).</summary>
public class Convention
{
    public int Id { get; set; }

    /// <summary>URL name, e.g. "alpes-d-azur": stable, lowercase, used in /ctg/{slug} and /coordination/{slug}.</summary>
    public string Slug { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>The intercommunality (EPCI) that signs the CTG.</summary>
    public string Epci { get; set; } = "";

    /// <summary>SIREN of the EPCI (9 digits), when known.</summary>
    public string? EpciSiren { get; set; }

    /// <summary>Department code, "06" or "09": one deployment serves a whole department.</summary>
    public string Department { get; set; } = "";

    public DateOnly PeriodStart { get; set; }
    public DateOnly PeriodEnd { get; set; }
    public ConventionStatus Status { get; set; }

    public string? Summary { get; set; }

    public List<Municipality> Municipalities { get; set; } = [];
    public List<Axis> Axes { get; set; } = [];
    public List<WorkingGroup> WorkingGroups { get; set; } = [];
    public List<ThematicNetwork> ThematicNetworks { get; set; } = [];
    public List<GovernanceBody> GovernanceBodies { get; set; } = [];
    public List<ConventionPartner> Partners { get; set; } = [];
}

public enum ConventionStatus
{
    EnPreparation = 0,
    Signee = 1,
    EnRenouvellement = 2,
    Echue = 3,
}
