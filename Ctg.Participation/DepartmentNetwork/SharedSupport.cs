using Ctg.Participation.Conventions;

namespace Ctg.Participation.DepartmentNetwork;

/// <summary>
/// A support commun of the department's network of chargés de coopération (Tableau 2, 3.2: « réalisation de supports
/// communs — information, pilotage, acteurs ressources »): a file shared with every coordinator and Caf advisor.
/// The CTG of origin is the one whose 3.2 figures count it; null when the Caf produced it for the whole department.
/// Axes are named, not linked: the department's CTGs each have their own axis rows with the same names.
/// The file itself lives in <see cref="SharedSupportFile"/>, so listings never load it.
/// </summary>
public class SharedSupport
{
    public int Id { get; set; }
    public string Title { get; set; } = "";
    public SupportKind Kind { get; set; }
    public int? OriginConventionId { get; set; }
    public Convention? OriginConvention { get; set; }

    /// <summary>The axis names, separated by <see cref="AxisSeparator"/> (a department-wide support has no CTG axis ids).</summary>
    public string Axes { get; set; } = "";

    public string FileName { get; set; } = "";
    public SupportFileType FileType { get; set; }
    public long FileSize { get; set; }

    public string? UploadedById { get; set; }
    public string UploadedByName { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }

    public const char AxisSeparator = '|';

    public IReadOnlyList<string> AxisNames => Axes.Split(AxisSeparator, StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>The bytes of a support's file, one row per support.</summary>
public class SharedSupportFile
{
    public int SupportId { get; set; }
    public byte[] Content { get; set; } = [];
}

/// <summary>The « type » of « nombre et type de supports » (Tableau 2, 3.2-b).</summary>
public enum SupportKind
{
    Information = 0,
    Pilotage = 1,
    ActeursRessources = 2,
    Methode = 3,
    Communication = 4,
    Autre = 5,
}

public static class SupportKinds
{
    public static readonly IReadOnlyList<SupportKind> All = Enum.GetValues<SupportKind>();

    public static string Label(this SupportKind kind) => kind switch
    {
        SupportKind.Information => "Support d'information",
        SupportKind.Pilotage => "Outil de pilotage ou de suivi",
        SupportKind.ActeursRessources => "Répertoire d'acteurs ressources",
        SupportKind.Methode => "Méthode, trame ou guide",
        SupportKind.Communication => "Support de communication",
        SupportKind.Autre => "Autre support",
        _ => kind.ToString(),
    };
}
