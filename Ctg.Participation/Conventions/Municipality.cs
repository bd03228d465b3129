namespace Ctg.Participation.Conventions;

/// <summary>A commune. It belongs to one EPCI, so to one CTG at a time.</summary>
public class Municipality
{
    public int Id { get; set; }

    /// <summary>Code officiel géographique (INSEE), five characters ("06069", "2A004").</summary>
    public string InseeCode { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>Population municipale; the indicators divide by it (participants per 1,000 inhabitants).</summary>
    public int Population { get; set; }

    public int ConventionId { get; set; }
    public Convention? Convention { get; set; }
}
