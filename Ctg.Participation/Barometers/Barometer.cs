using Ctg.Participation.Conventions;
using Ctg.Participation.Surveys;

namespace Ctg.Participation.Barometers;

/// <summary>
/// A baromètre launched for one CTG and one year: a normal survey of the CTG, built from a ready-made template
/// (<see cref="BarometerTemplates"/>), answered like any survey. The questions whose answers become indicators are
/// remembered by id, so renaming a label (a typo fix in the survey builder) never breaks the indicator.
/// One per CTG, kind and year (a unique index).
/// </summary>
public class Barometer
{
    public int Id { get; set; }
    public int ConventionId { get; set; }
    public Convention? Convention { get; set; }
    public BarometerKind Kind { get; set; }
    public int Year { get; set; }

    public int SurveyId { get; set; }
    public Survey? Survey { get; set; }

    /// <summary>The 1–5 scale question « visibilité des missions et des moyens mobilisables » (T2-3.2-e or T2-4.2-e).</summary>
    public int VisibilityQuestionId { get; set; }

    /// <summary>The 1–5 scale question « appréciation du rôle du/de la chargé(e) de coopération » (FA17-5); partners' barometer only.</summary>
    public int? AppreciationQuestionId { get; set; }

    public DateTimeOffset LaunchedAt { get; set; }
    public string? LaunchedById { get; set; }
}

public enum BarometerKind
{
    /// <summary>Partners and elected officials: the cooperation function and the visibility of each institution (T2-3.2-e, FA17-5).</summary>
    Partners = 0,
    /// <summary>Residents: perceived visibility of each institution's missions and means (T2-4.2-e).</summary>
    Residents = 1,
}

public static class BarometerKinds
{
    public static readonly IReadOnlyList<BarometerKind> All = [BarometerKind.Partners, BarometerKind.Residents];

    public static string Label(this BarometerKind kind) => kind switch
    {
        BarometerKind.Partners => "Baromètre des partenaires et des élus",
        BarometerKind.Residents => "Baromètre des habitants",
        _ => kind.ToString(),
    };

    public static string Audience(this BarometerKind kind) => kind switch
    {
        BarometerKind.Partners => "partenaires et élus : appréciation de la fonction de coopération et visibilité des missions de chaque institution",
        BarometerKind.Residents => "habitants : visibilité des missions et des moyens mobilisables auprès de chaque institution",
        _ => "",
    };
}
