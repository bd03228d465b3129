namespace Ctg.Participation.Conventions;

/// <summary>A thematic axis of one CTG (petite enfance, parentalité…). Data, not an enum: each CTG words its own.</summary>
public class Axis
{
    public int Id { get; set; }
    public int ConventionId { get; set; }
    public Convention? Convention { get; set; }

    public string Name { get; set; } = "";
    public string Slug { get; set; } = "";
    public int Position { get; set; }

    public List<WorkingGroup> WorkingGroups { get; set; } = [];
}
