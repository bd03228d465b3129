using Ctg.Participation.Conventions;

namespace Ctg.Participation.Cooperation.Diagnostics;

/// <summary>
/// A diagnostic partagé of a CTG (Tableau 2, 2.1 « préparation et conduite du diagnostic partagé »; Fiche 17
/// « diagnostics produits »): its scope (axes, communes), the partners associated and how, the meetings and surveys it
/// drew on, its findings per axis and its status up to its validation by the Copil on a date. Once validated its
/// public summary shows on the CTG's public page.
/// </summary>
public class SharedDiagnostic
{
    public int Id { get; set; }
    public int ConventionId { get; set; }
    public Convention? Convention { get; set; }

    /// <summary>Plain text.</summary>
    public string Title { get; set; } = "";
    public DiagnosticScope Scope { get; set; }
    public DiagnosticStatus Status { get; set; }

    /// <summary>When the work started: the indicators count the partners of the diagnostics under way in a period.</summary>
    public DateOnly StartedOn { get; set; }

    /// <summary>The Copil meeting's date, set when <see cref="Status"/> is <see cref="DiagnosticStatus.ValideEnCopil"/>.</summary>
    public DateOnly? ValidatedOn { get; set; }

    /// <summary>Plain text shown on /ctg/{slug} once validated; nothing personal.</summary>
    public string? PublicSummary { get; set; }

    public StoredDocument? Document { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public List<DiagnosticAxis> Axes { get; set; } = [];
    public List<DiagnosticMunicipality> Municipalities { get; set; } = [];
    public List<DiagnosticPartner> Partners { get; set; } = [];
    public List<DiagnosticMeeting> Meetings { get; set; } = [];
    public List<DiagnosticSurvey> Surveys { get; set; } = [];
}

public enum DiagnosticScope
{
    Territorial = 0,
    Thematique = 1,
}

public enum DiagnosticStatus
{
    EnPreparation = 0,
    EnCours = 1,
    ValideEnCopil = 2,
}

public enum DiagnosticPartnerRole
{
    Contributeur = 0,
    FournisseurDeDonnees = 1,
    Relecteur = 2,
}

/// <summary>An axis in the diagnostic's scope, with what was found on it (sanitised HTML, may be empty while in progress).</summary>
public class DiagnosticAxis
{
    public int DiagnosticId { get; set; }
    public int AxisId { get; set; }
    public Axis? Axis { get; set; }
    public string FindingsHtml { get; set; } = "";
}

public class DiagnosticMunicipality
{
    public int DiagnosticId { get; set; }
    public int MunicipalityId { get; set; }
    public Municipality? Municipality { get; set; }
}

public class DiagnosticPartner
{
    public int DiagnosticId { get; set; }
    public int PartnerId { get; set; }
    public Partner? Partner { get; set; }
    public DiagnosticPartnerRole Role { get; set; }
}

public class DiagnosticMeeting
{
    public int DiagnosticId { get; set; }
    public int MeetingId { get; set; }
}

public class DiagnosticSurvey
{
    public int DiagnosticId { get; set; }
    public int SurveyId { get; set; }
}

public static class DiagnosticLabels
{
    public static string Label(this DiagnosticScope scope) => scope == DiagnosticScope.Territorial ? "Diagnostic territorial" : "Diagnostic thématique";

    public static string Label(this DiagnosticStatus status) => status switch
    {
        DiagnosticStatus.EnPreparation => "En préparation",
        DiagnosticStatus.EnCours => "En cours",
        _ => "Validé en Copil",
    };

    public static string Label(this DiagnosticPartnerRole role) => role switch
    {
        DiagnosticPartnerRole.Contributeur => "Contributeur",
        DiagnosticPartnerRole.FournisseurDeDonnees => "Fournisseur de données",
        _ => "Relecteur",
    };
}
