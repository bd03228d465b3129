namespace Ctg.Participation.Conventions;

public static class ConventionStatusLabels
{
    public static string Label(this ConventionStatus status) => status switch
    {
        ConventionStatus.EnPreparation => "En préparation",
        ConventionStatus.Signee => "Signée, en cours",
        ConventionStatus.EnRenouvellement => "En renouvellement",
        ConventionStatus.Echue => "Échue",
        _ => status.ToString(),
    };
}
