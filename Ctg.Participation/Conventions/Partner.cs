namespace Ctg.Participation.Conventions;

/// <summary>An institution or association that works with one or more CTGs (Caf, communes, département, CPAM…).</summary>
public class Partner
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public PartnerKind Kind { get; set; }

    public List<ConventionPartner> Conventions { get; set; } = [];
}

public enum PartnerKind
{
    Caf = 0,
    Intercommunalite = 1,
    Commune = 2,
    Departement = 3,
    Etat = 4,
    Cpam = 5,
    Msa = 6,
    Association = 7,
    EducationNationale = 8,
    Autre = 9,
}

/// <summary>A partner's link to one CTG: signatory of the convention or partner mobilised later.</summary>
public class ConventionPartner
{
    public int ConventionId { get; set; }
    public Convention? Convention { get; set; }
    public int PartnerId { get; set; }
    public Partner? Partner { get; set; }

    public bool IsSignatory { get; set; }

    /// <summary>When the partner joined the CTG's work: the indicators count "new partners" from it.</summary>
    public DateOnly Since { get; set; }
}

public static class PartnerKindLabels
{
    public static string Label(this PartnerKind kind) => kind switch
    {
        PartnerKind.Caf => "Caf",
        PartnerKind.Intercommunalite => "Intercommunalité",
        PartnerKind.Commune => "Commune",
        PartnerKind.Departement => "Département",
        PartnerKind.Etat => "État",
        PartnerKind.Cpam => "CPAM",
        PartnerKind.Msa => "MSA",
        PartnerKind.Association => "Association",
        PartnerKind.EducationNationale => "Éducation nationale",
        _ => "Autre",
    };
}
