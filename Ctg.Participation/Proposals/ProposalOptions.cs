namespace Ctg.Participation.Proposals;

/// <summary>Configuration section "Proposals".</summary>
public sealed class ProposalOptions
{
    public const string Section = "Proposals";

    /// <summary>Folder of the re-encoded images, under the data folder by default; the host resolves it against its content root.</summary>
    public string ImageDirectory { get; set; } = "data/propositions";
}
