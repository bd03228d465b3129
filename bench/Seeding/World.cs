namespace Ctg.Participation.Bench.Seeding;

/// <summary>The ids earlier parts created, for the parts after them. Lists are in insertion order (deterministic).</summary>
public sealed class World
{
    public List<CtgSeed> Ctgs { get; } = [];

    /// <summary>Every resident account id, grouped by CTG (see <see cref="CtgSeed.FirstResident"/>).</summary>
    public List<string> Residents { get; } = [];
    public List<string> ResidentNames { get; } = [];

    public List<string> Coordinators { get; } = [];
    public List<string> CoordinatorNames { get; } = [];

    /// <summary>Published proposals, with what supports and comments need.</summary>
    public List<ProposalSeed> Proposals { get; } = [];

    public string? BenchCoordinatorId { get; set; }
}

public sealed class CtgSeed
{
    public int Id { get; init; }
    public string Slug { get; init; } = "";
    public string Name { get; init; } = "";
    public List<(int Id, string Insee, string Name, int Population)> Municipalities { get; } = [];
    public List<(int Id, string Slug, string Name)> Axes { get; } = [];
    public List<(int Id, string Slug, int? AxisId)> Networks { get; } = [];
    public List<int> WorkingGroups { get; } = [];
    /// <summary>The commissions among <see cref="WorkingGroups"/> (the others are one groupe de travail per axis, in axis order).</summary>
    public List<int> Commissions { get; } = [];
    public List<int> Coordinators { get; } = [];
    /// <summary>The CTG's partners (ConventionPartners) and meetings, left by MeetingsPart for the cooperation part.</summary>
    public List<int> Partners { get; } = [];
    public List<int> Meetings { get; } = [];
    public int FirstResident { get; set; }
    public int ResidentCount { get; set; }
    public int Population => Municipalities.Sum(m => m.Population);

    /// <summary>Commune index drawn in proportion to population.</summary>
    public int PickMunicipality(Random random)
    {
        var target = random.NextDouble() * Population;
        for (var i = 0; i < Municipalities.Count; i++)
        {
            target -= Municipalities[i].Population;
            if (target < 0) return i;
        }
        return Municipalities.Count - 1;
    }
}

public sealed record ProposalSeed(int Id, int Ctg, DateTimeOffset PublishedAt, int Supports, int Comments);
