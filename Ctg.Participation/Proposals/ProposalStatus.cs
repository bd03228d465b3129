namespace Ctg.Participation.Proposals;

/// <summary>Where the CTG's answer stands. Stored as numbers; the order of the values is the order of the process.</summary>
public enum ProposalStatus
{
    Deposee = 0,
    AEtude = 1,
    Orientee = 2,
    Retenue = 3,
    NonRetenue = 4,
    Realisee = 5,
}

/// <summary>The status workflow: which step may follow which, and which need an answer to the author.</summary>
public static class ProposalStatuses
{
    public static readonly IReadOnlyList<ProposalStatus> All = Enum.GetValues<ProposalStatus>();

    private static readonly Dictionary<ProposalStatus, ProposalStatus[]> Next = new()
    {
        [ProposalStatus.Deposee] = [ProposalStatus.AEtude],
        [ProposalStatus.AEtude] = [ProposalStatus.Orientee, ProposalStatus.Retenue, ProposalStatus.NonRetenue],
        [ProposalStatus.Orientee] = [ProposalStatus.Retenue, ProposalStatus.NonRetenue],
        [ProposalStatus.Retenue] = [ProposalStatus.Realisee],
        [ProposalStatus.NonRetenue] = [],
        [ProposalStatus.Realisee] = [],
    };

    public static IReadOnlyList<ProposalStatus> NextOf(ProposalStatus status) => Next[status];

    public static bool CanMove(ProposalStatus from, ProposalStatus to) => Next[from].Contains(to);

    /// <summary>A decision (kept or not) is always explained to the author.</summary>
    public static bool RequiresAnswer(ProposalStatus status) => status is ProposalStatus.Retenue or ProposalStatus.NonRetenue;

    public static string Label(ProposalStatus status) => status switch
    {
        ProposalStatus.Deposee => "Déposée",
        ProposalStatus.AEtude => "À l'étude",
        ProposalStatus.Orientee => "Orientée vers un groupe de travail",
        ProposalStatus.Retenue => "Retenue",
        ProposalStatus.NonRetenue => "Non retenue",
        ProposalStatus.Realisee => "Réalisée",
        _ => status.ToString(),
    };

    /// <summary>URL value in the status filter.</summary>
    public static string Slug(ProposalStatus status) => status switch
    {
        ProposalStatus.Deposee => "deposee",
        ProposalStatus.AEtude => "a-l-etude",
        ProposalStatus.Orientee => "orientee",
        ProposalStatus.Retenue => "retenue",
        ProposalStatus.NonRetenue => "non-retenue",
        ProposalStatus.Realisee => "realisee",
        _ => "",
    };

    public static ProposalStatus? FromSlug(string? slug) => All.Cast<ProposalStatus?>().FirstOrDefault(s => Slug(s!.Value) == slug);
}
