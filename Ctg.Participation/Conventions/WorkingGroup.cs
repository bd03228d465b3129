namespace Ctg.Participation.Conventions;

/// <summary>A groupe de travail or commission thématique: where contributions are routed.</summary>
public class WorkingGroup
{
    public int Id { get; set; }
    public int ConventionId { get; set; }
    public Convention? Convention { get; set; }

    public string Name { get; set; } = "";
    public string Slug { get; set; } = "";
    public WorkingGroupKind Kind { get; set; }
    public string? Description { get; set; }

    public List<Axis> Axes { get; set; } = [];
    public List<WorkingGroupMember> Members { get; set; } = [];
}

public enum WorkingGroupKind
{
    GroupeDeTravail = 0,
    CommissionThematique = 1,
}

public class WorkingGroupMember
{
    public int WorkingGroupId { get; set; }
    public WorkingGroup? WorkingGroup { get; set; }
    public string UserId { get; set; } = "";
    public DateTimeOffset JoinedAt { get; set; }
}
