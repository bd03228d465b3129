namespace Ctg.Participation.Cooperation.Journal;

/// <summary>
/// What the officer did, one kind per action of the referential's Tableau 2 (seeds/003) that the portal cannot see
/// by itself. Each kind feeds exactly one line (<see cref="CooperationKinds.LineCode"/>). The issue's « nouvelle
/// problématique ou nouveau sujet » is split in two because Tableau 2 counts them on two lines (1.2 and 2.1):
/// one entry then counts once. Stored as its number: never renumber.
/// </summary>
public enum CooperationKind
{
    ConseilElus = 0,
    Expertise = 1,
    NouvelleProblematique = 2,
    ReunionVeille = 3,
    NouveauSujet = 4,
    EnjeuExplicite = 5,
    ProjetFacilite = 6,
    RelaisCafPartenaire = 7,
    ConseilAppuiPartenaire = 8,
    SupportReseau = 9,
    Ingenierie = 10,
    SupportInformation = 11,
}

public static class CooperationKinds
{
    public static readonly IReadOnlyList<CooperationKind> All = Enum.GetValues<CooperationKind>();

    public static string Label(this CooperationKind kind) => kind switch
    {
        CooperationKind.ConseilElus => "Conseil aux élus et au Copil",
        CooperationKind.Expertise => "Expertise mobilisée",
        CooperationKind.NouvelleProblematique => "Nouvelle problématique prise en compte",
        CooperationKind.ReunionVeille => "Réunion de veille organisée",
        CooperationKind.NouveauSujet => "Nouveau sujet pris en compte",
        CooperationKind.EnjeuExplicite => "Enjeu ou dispositif de politique publique explicité",
        CooperationKind.ProjetFacilite => "Projet facilité",
        CooperationKind.RelaisCafPartenaire => "Relais entre la Caf et un partenaire",
        CooperationKind.ConseilAppuiPartenaire => "Conseil ou appui à un partenaire",
        CooperationKind.SupportReseau => "Support commun du réseau des coopérateurs",
        CooperationKind.Ingenierie => "Ingénierie mise à disposition d'acteurs",
        CooperationKind.SupportInformation => "Support d'information réalisé",
        _ => "Autre",
    };

    /// <summary>The Tableau 2 line the kind is counted on.</summary>
    public static string LineCode(this CooperationKind kind) => kind switch
    {
        CooperationKind.ConseilElus => "T2-1.1-e",
        CooperationKind.Expertise => "T2-1.1-b",
        CooperationKind.NouvelleProblematique => "T2-1.2-e",
        CooperationKind.ReunionVeille => "T2-2.1-b",
        CooperationKind.NouveauSujet => "T2-2.1-e",
        CooperationKind.EnjeuExplicite => "T2-2.2-a",
        CooperationKind.ProjetFacilite => "T2-2.2-e",
        CooperationKind.RelaisCafPartenaire => "T2-3.1-a",
        CooperationKind.ConseilAppuiPartenaire => "T2-3.2-a",
        CooperationKind.SupportReseau => "T2-3.2-b",
        CooperationKind.Ingenierie => "T2-4.1-a",
        CooperationKind.SupportInformation => "T2-4.2-a",
        _ => "",
    };

    /// <summary>The function of Tableau 2 ("1.1"…), for grouping the kinds in the entry form.</summary>
    public static string Function(this CooperationKind kind) => kind.LineCode()[3..6];

    /// <summary>Reads a kind from a query string or form: its name, case ignored; null when unknown.</summary>
    public static CooperationKind? Parse(string? text) =>
        Enum.TryParse<CooperationKind>(text?.Trim(), ignoreCase: true, out var kind) && Enum.IsDefined(kind) && !int.TryParse(text, out _) ? kind : null;

    /// <summary>The natures a department starts with, kind by kind; an administrator then keeps the list.</summary>
    public static IReadOnlyList<string> DefaultNatures(this CooperationKind kind) => kind switch
    {
        CooperationKind.ConseilElus => ["Préparation du Copil", "Note d'aide à la décision", "Rencontre avec un élu", "Relevé de décisions"],
        CooperationKind.Expertise => ["PMI", "Caf — conseiller technique", "Juriste", "DDETS", "Éducation nationale", "Bureau d'études"],
        CooperationKind.NouvelleProblematique => ["Action prioritaire bloquée", "Besoin non couvert", "Évolution réglementaire"],
        CooperationKind.ReunionVeille => ["Groupe de travail", "Comité technique", "Réunion de territoire"],
        CooperationKind.NouveauSujet => ["Besoin des familles", "Public nouveau", "Thématique émergente"],
        CooperationKind.EnjeuExplicite => ["Convention territoriale globale", "Bonus territoire", "Schéma départemental (SDSF)", "Contrat de ville", "PEDT / Plan mercredi"],
        CooperationKind.ProjetFacilite => ["Création d'un équipement", "Projet associatif", "Projet intercommunal"],
        CooperationKind.RelaisCafPartenaire => ["Information sur les financements Caf", "Dossier de subvention", "Mise en relation avec un service de la Caf"],
        CooperationKind.ConseilAppuiPartenaire => ["Conseil méthodologique", "Appui au montage de projet", "Aide à la recherche de financements"],
        CooperationKind.SupportReseau => ["Fiche outil", "Tableau de bord partagé", "Annuaire des acteurs ressources", "Temps d'échange entre coopérateurs"],
        CooperationKind.Ingenierie => ["Animation de démarche participative", "Ingénierie de projet", "Outil d'évaluation"],
        CooperationKind.SupportInformation => ["Plaquette", "Site internet ou réseaux sociaux", "Lettre d'information", "Affiche", "Guide des familles"],
        _ => [],
    };
}
