namespace Ctg.Participation.Walls;

/// <summary>Configuration section "Walls", the part about card images.</summary>
public sealed class WallImageOptions
{
    public const string Section = "Walls";

    /// <summary>Folder of the cards' re-encoded images, under the data folder by default; the host resolves it against its content root.</summary>
    public string ImageDirectory { get; set; } = "data/murs";
}
