namespace Ctg.Participation.Referential;

/// <summary>
/// The national referential's Tableau 2 (seeds/003) and Fiche action 17's indicators (seeds/001), as data: the
/// shape every view of the bilan follows (the referential page, the annual report, the dashboard's sections).
/// Indicators of the catalogue point at a line through <see cref="Indicators.IndicatorDefinition.ReferentialLine"/>.
/// The codes (T2-1.1-a…) are the portal's own stable way to name a line (shared/REFERENTIEL.md).
/// </summary>
public static class Tableau2
{
    public static readonly IReadOnlyList<ReferentialObjective> Objectives =
    [
        new("1", "Piloter et suivre la convention territoriale globale",
        [
            new("1.1", "Conseil auprès des élus et des comités de pilotage",
                "Préparation, co-animation et suivi des décisions du Copil ; mobilisation d'expertises spécifiques pour faciliter la prise de décision en Copil.",
            [
                new("T2-1.1-a", LineKind.Suivi, "Nombre de réunions de l'instance de pilotage (préparation et animation, relevé de décisions, fonction d'alerte)", ByNature: false),
                new("T2-1.1-b", LineKind.Suivi, "Nombre et nature des expertises mobilisées dans le Copil ou les groupes de travail", ByNature: true),
                new("T2-1.1-e", LineKind.Evaluation, "Nombre et nature des décisions facilitées à la suite de la fonction de relais et de conseil auprès des élus", ByNature: true),
            ]),
            new("1.2", "Diagnostic, suivi et évaluation des engagements contractuels",
                "Suivi de la programmation du plan d'action ; fonction d'alerte vers le Copil en cas de blocage ou de non-réalisation des actions prioritaires.",
            [
                new("T2-1.2-a", LineKind.Suivi, "Nombre et nature des axes de la CTG dont la programmation est suivie", ByNature: true),
                new("T2-1.2-b", LineKind.Suivi, "Nombre et nature des alertes en direction du Copil", ByNature: true),
                new("T2-1.2-e", LineKind.Evaluation, "Nombre et nature de nouvelles problématiques prises en compte dans la CTG (fonction de veille et d'alerte)", ByNature: true),
            ]),
        ]),
        new("2", "Développer une connaissance partagée des besoins du territoire",
        [
            new("2.1", "Identifier les attentes des familles et les traduire en besoins",
                "Préparation et conduite du diagnostic partagé ; veille sur le fonctionnement des groupes de travail.",
            [
                new("T2-2.1-a", LineKind.Suivi, "Nombre de partenaires associés à la démarche de diagnostic partagé", ByNature: false),
                new("T2-2.1-b", LineKind.Suivi, "Nombre de réunions de veille organisées et animées par le coopérateur sur le territoire", ByNature: false),
                new("T2-2.1-e", LineKind.Evaluation, "Nombre et nature de nouveaux sujets pris en compte dans la CTG (fonction de veille et d'alerte)", ByNature: true),
            ]),
            new("2.2", "Animation et suivi des travaux en commission",
                "Outils de suivi et d'échange entre les groupes de travail et le Copil ; expertises pour les groupes de travail.",
            [
                new("T2-2.2-a", LineKind.Suivi, "Nombre et nature des enjeux et dispositifs de politique publique explicités auprès des élus et des partenaires", ByNature: true),
                new("T2-2.2-e", LineKind.Evaluation, "Nombre et nature des projets facilités à la suite de la fonction de relais et d'appui auprès des partenaires", ByNature: true),
            ]),
        ]),
        new("3", "Mobiliser et animer les partenaires",
        [
            new("3.1", "Identification et mobilisation des partenaires stratégiques",
                "Échanges avec les instances du CDSF ; information et sensibilisation des partenaires institutionnels.",
            [
                new("T2-3.1-a", LineKind.Suivi, "Nombre et nature des relais assurés entre la Caf et les partenaires pour accompagner la construction du projet de territoire", ByNature: true),
                new("T2-3.1-e", LineKind.Evaluation, "Nombre et nature de nouveaux partenaires mobilisés (groupes de travail ou réseaux animés par le coopérateur)", ByNature: true),
            ]),
            new("3.2", "Animation d'un réseau d'acteurs et/ou de chargés de coopération",
                "Temps de partage et de régulation entre coopérateurs ; supports communs (information, pilotage, acteurs ressources).",
            [
                new("T2-3.2-a", LineKind.Suivi, "Nombre et type de partenaires ayant bénéficié d'un conseil et d'un appui du coopérateur", ByNature: true),
                new("T2-3.2-b", LineKind.Suivi, "Nombre et type de supports réalisés dans le cadre du réseau des coopérateurs", ByNature: true),
                new("T2-3.2-e", LineKind.Evaluation, "Meilleure visibilité exprimée par les partenaires sur les missions et les moyens mobilisables auprès de chaque institution", ByNature: false),
            ]),
        ]),
        new("4", "Associer les habitants",
        [
            new("4.1", "Concertation et participation du public",
                "Identification des initiatives citoyennes ; mise en relation avec les groupes de travail.",
            [
                new("T2-4.1-a", LineKind.Suivi, "Nombre et nature des ingénieries mises à disposition des acteurs pour consolider un projet en commun", ByNature: true),
                new("T2-4.1-e", LineKind.Evaluation, "Nombre et nature des projets mobilisant les habitants dans leur conception et leur évaluation", ByNature: true),
            ]),
            new("4.2", "Supports d'information",
                "Mobilisation et adaptation des supports de communication ; supports innovants.",
            [
                new("T2-4.2-a", LineKind.Suivi, "Nombre et nature des supports d'information permettant d'aller vers les habitants du territoire", ByNature: true),
                new("T2-4.2-e", LineKind.Evaluation, "Meilleure visibilité exprimée par les habitants sur les missions et les moyens mobilisables auprès de chaque institution", ByNature: false),
            ]),
        ]),
    ];

    /// <summary>Fiche action 17 (« Coordination et animation de la CTG »), for the CTGs that adopted it.</summary>
    public static readonly IReadOnlyList<ReferentialLine> Fiche17 =
    [
        new("FA17-1", LineKind.Evaluation, "Nombre et régularité des instances de gouvernance animées", ByNature: false),
        new("FA17-2", LineKind.Evaluation, "Taux de participation des partenaires aux temps de concertation", ByNature: false),
        new("FA17-3", LineKind.Evaluation, "Nombre de diagnostics et d'outils de suivi produits", ByNature: true),
        new("FA17-4", LineKind.Evaluation, "Niveau d'articulation entre dispositifs (actions conjointes, projets partagés)", ByNature: false),
        new("FA17-5", LineKind.Evaluation, "Appréciation qualitative des élus et partenaires sur le rôle du/de la chargé(e) de mission CTG", ByNature: false),
    ];

    public static IEnumerable<ReferentialFunction> Functions => Objectives.SelectMany(o => o.Functions);

    public static IEnumerable<ReferentialLine> Lines => Functions.SelectMany(f => f.Lines).Concat(Fiche17);

    public static ReferentialLine? FindLine(string code) => Lines.FirstOrDefault(l => l.Code == code);

    /// <summary>The function a Tableau 2 line belongs to ("T2-3.2-b" → 3.2); null for Fiche 17 lines.</summary>
    public static ReferentialFunction? FunctionOf(string lineCode) =>
        Functions.FirstOrDefault(f => f.Lines.Any(l => l.Code == lineCode));
}

public sealed record ReferentialObjective(string Number, string Title, IReadOnlyList<ReferentialFunction> Functions);

public sealed record ReferentialFunction(string Number, string Title, string Actions, IReadOnlyList<ReferentialLine> Lines);

/// <summary>One indicator line. <see cref="ByNature"/>: « nombre et nature/type », a count and its breakdown.</summary>
public sealed record ReferentialLine(string Code, LineKind Kind, string Label, bool ByNature);

public enum LineKind
{
    /// <summary>Colonne « suivi » : what the officer did.</summary>
    Suivi = 0,
    /// <summary>Colonne « évaluation » : what it changed.</summary>
    Evaluation = 1,
}
