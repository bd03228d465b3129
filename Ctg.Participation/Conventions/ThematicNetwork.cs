namespace Ctg.Participation.Conventions;

/// <summary>A groupe réseau thématique: professionals and partners of one theme; owns the live walls.</summary>
public class ThematicNetwork
{
    public int Id { get; set; }
    public int ConventionId { get; set; }
    public Convention? Convention { get; set; }

    public string Name { get; set; } = "";
    public string Slug { get; set; } = "";
    public string? Description { get; set; }

    public int? AxisId { get; set; }
    public Axis? Axis { get; set; }

    public List<NetworkMembership> Members { get; set; } = [];
}

public class NetworkMembership
{
    public int ThematicNetworkId { get; set; }
    public ThematicNetwork? ThematicNetwork { get; set; }
    public string UserId { get; set; } = "";
    public DateTimeOffset JoinedAt { get; set; }
}
