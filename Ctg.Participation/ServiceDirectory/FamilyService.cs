using Ctg.Participation.Common;
using Ctg.Participation.Conventions;

namespace Ctg.Participation.ServiceDirectory;

/// <summary>
/// A family service of the territory (crèche, relais petite enfance, France services…) or a partner institution, as
/// listed in the public directory /annuaire. It sits in one commune, so in one CTG, whose coordinators keep it up to date.
/// </summary>
public class FamilyService
{
    public int Id { get; set; }
    /// <summary>The CTG of its commune, kept on the row so the back-office lists and checks rights without a join.</summary>
    public int ConventionId { get; set; }
    public int MunicipalityId { get; set; }
    public Municipality? Municipality { get; set; }
    public int? AxisId { get; set; }
    public Axis? Axis { get; set; }

    public FamilyServiceKind Kind { get; set; }
    public string Name { get; set; } = "";
    public string? Address { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Website { get; set; }
    public string? OpeningHours { get; set; }
    public string? Accessibility { get; set; }
    public WheelchairAccess Wheelchair { get; set; }

    /// <summary>Name without accents or case: the sort and keyset key, the same on every provider.</summary>
    public string SortKey { get; set; } = "";
    /// <summary>Name, address, kind and hours without accents or case, for the free-text search.</summary>
    public string SearchText { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
}

public enum FamilyServiceKind
{
    Creche = 0,
    RelaisPetiteEnfance = 1,
    AccueilDeLoisirs = 2,
    LieuAccueilEnfantsParents = 3,
    CentreSocial = 4,
    EspaceDeVieSociale = 5,
    FranceServices = 6,
    PointNumerique = 7,
    InstitutionPartenaire = 8,
    Autre = 9,
}

public enum WheelchairAccess
{
    Unknown = 0,
    Yes = 1,
    No = 2,
}

public static class FamilyServiceLabels
{
    public static string Label(this FamilyServiceKind kind) => kind switch
    {
        FamilyServiceKind.Creche => "Crèche",
        FamilyServiceKind.RelaisPetiteEnfance => "Relais petite enfance",
        FamilyServiceKind.AccueilDeLoisirs => "Accueil de loisirs",
        FamilyServiceKind.LieuAccueilEnfantsParents => "Lieu d'accueil enfants-parents",
        FamilyServiceKind.CentreSocial => "Centre social",
        FamilyServiceKind.EspaceDeVieSociale => "Espace de vie sociale",
        FamilyServiceKind.FranceServices => "France services",
        FamilyServiceKind.PointNumerique => "Point numérique",
        FamilyServiceKind.InstitutionPartenaire => "Institution partenaire",
        _ => "Autre",
    };

    public static string Label(this WheelchairAccess access) => access switch
    {
        WheelchairAccess.Yes => "accessible en fauteuil roulant",
        WheelchairAccess.No => "non accessible en fauteuil roulant",
        _ => "accessibilité en fauteuil roulant non renseignée",
    };

    public static FamilyServiceKind? ParseKind(string? text)
    {
        var key = PortalText.ForSearch(text?.Trim() ?? "");
        foreach (var kind in Enum.GetValues<FamilyServiceKind>())
        {
            if (PortalText.ForSearch(kind.Label()) == key || kind.ToString().Equals(text?.Trim(), StringComparison.OrdinalIgnoreCase)) return kind;
        }
        return null;
    }

    public static WheelchairAccess? ParseWheelchair(string? text) =>
        PortalText.ForSearch(text?.Trim() ?? "") switch
        {
            "" or "inconnu" or "non renseigne" or "?" => WheelchairAccess.Unknown,
            "oui" or "yes" => WheelchairAccess.Yes,
            "non" or "no" => WheelchairAccess.No,
            _ => null,
        };
}
