namespace Ctg.Participation.Conventions;

/// <summary>An instance de gouvernance of a CTG: its Copil, a comité technique…</summary>
public class GovernanceBody
{
    public int Id { get; set; }
    public int ConventionId { get; set; }
    public Convention? Convention { get; set; }

    public string Name { get; set; } = "";
    public GovernanceBodyKind Kind { get; set; }
    public string? Description { get; set; }
}

public enum GovernanceBodyKind
{
    ComiteDePilotage = 0,
    ComiteTechnique = 1,
    Autre = 2,
}

public static class GovernanceBodyKindLabels
{
    public static string Label(this GovernanceBodyKind kind) => kind switch
    {
        GovernanceBodyKind.ComiteDePilotage => "Comité de pilotage (Copil)",
        GovernanceBodyKind.ComiteTechnique => "Comité technique",
        _ => "Autre instance",
    };
}
