namespace Ctg.Participation.Walls;

/// <summary>
/// The fixed palette of card colours. Each is a light background on which the portal's dark text keeps a contrast
/// ratio above 7:1 (see wwwroot/css/murs.css); the name is also said in words, so colour never carries meaning alone.
/// </summary>
public static class CardColours
{
    public const string Default = "jaune";

    public static readonly IReadOnlyList<string> All = ["jaune", "bleu", "vert", "rose", "gris"];

    public static bool IsValid(string? colour) => colour is not null && All.Contains(colour);

    public static string Label(string colour) => colour switch
    {
        "jaune" => "Jaune",
        "bleu" => "Bleu",
        "vert" => "Vert",
        "rose" => "Rose",
        "gris" => "Gris",
        _ => colour,
    };
}
