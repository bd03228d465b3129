using Ctg.Participation.Conventions;

namespace Ctg.Participation.Demo;

/// <summary>
/// A realistic Alpes-Maritimes department for the demo: three real CTGs with real communes and their INSEE codes.
/// Populations are rounded orders of magnitude, good enough for "per 1,000 inhabitants"; the demo says so.
/// </summary>
internal static class DemoDepartment
{
    public sealed record DemoConvention(string Slug, string Name, string Epci, string Summary, DateOnly Start, DateOnly End,
        (string Insee, string Name, int Population)[] Communes, string[] Networks, (string Name, string[] Axes)[] WorkingGroups);

    /// <summary>The branche famille themes every CTG starts from (seeds/003); each CTG may reword or add its own.</summary>
    public static readonly string[] Axes =
    [
        "Petite enfance", "Enfance-jeunesse", "Parentalité", "Animation de la vie sociale", "Logement",
        "Accès aux droits et inclusion numérique", "Handicap et inclusion",
    ];

    public static readonly DemoConvention[] Conventions =
    [
        new("alpes-d-azur", "CTG de la Communauté de communes Alpes d'Azur", "Communauté de communes Alpes d'Azur",
            "Signée en septembre 2023, la CTG des Alpes d'Azur s'appuie sur cinq groupes réseaux thématiques qui relient les professionnels de toutes les thématiques pour faciliter les parcours des habitants.",
            new DateOnly(2023, 9, 1), new DateOnly(2027, 12, 31),
            [
                ("06099", "Puget-Théniers", 1950), ("06158", "Villars-sur-Var", 740), ("06143", "Touët-sur-Var", 620),
                ("06071", "Guillaumes", 700), ("06016", "Beuil", 550), ("06094", "Péone", 780), ("06053", "Daluis", 140),
                ("06056", "Entraunes", 130), ("06106", "Roquestéron", 580), ("06135", "Sigale", 230), ("06005", "Ascros", 160),
                ("06078", "Malaussène", 330), ("06082", "Massoins", 120), ("06101", "Rigaud", 230), ("06115", "Saint-Antonin", 90),
                ("06076", "Lieuche", 40), ("06096", "Pierlas", 100), ("06133", "Sauze", 80),
            ],
            ["Petite enfance", "Enfance-jeunesse", "Parentalité", "Animation de la vie sociale", "Accès aux droits et inclusion numérique"],
            [
                ("Groupe de travail Parentalité", ["Parentalité"]),
                ("Groupe de travail Mobilité et accès aux droits", ["Accès aux droits et inclusion numérique", "Logement"]),
                ("Commission Petite enfance et enfance-jeunesse", ["Petite enfance", "Enfance-jeunesse"]),
            ]),
        new("pays-de-grasse", "CTG de la Communauté d'agglomération du Pays de Grasse", "Communauté d'agglomération du Pays de Grasse",
            "La CTG du Pays de Grasse développe notamment le soutien à la fonction parentale : « pause-café », programme de soutien aux familles et à la parentalité.",
            new DateOnly(2022, 1, 1), new DateOnly(2026, 12, 31),
            [
                ("06069", "Grasse", 50000), ("06084", "Mouans-Sartoux", 10500), ("06090", "Pégomas", 7900),
                ("06095", "Peymeinade", 8300), ("06130", "Saint-Vallier-de-Thiey", 3900), ("06026", "Cabris", 1500),
                ("06140", "Le Tignet", 3200), ("06137", "Spéracèdes", 1300), ("06118", "Saint-Cézaire-sur-Siagne", 4100),
                ("06007", "Auribeau-sur-Siagne", 3200), ("06108", "La Roquette-sur-Siagne", 5400), ("06003", "Andon", 600),
                ("06028", "Caille", 480), ("06134", "Séranon", 540), ("06058", "Escragnolles", 650), ("06154", "Valderoure", 480),
                ("06002", "Amirat", 60), ("06045", "Collongues", 100), ("06063", "Gars", 70), ("06081", "Le Mas", 150),
                ("06087", "Les Mujouls", 50), ("06024", "Briançonnet", 230), ("06116", "Saint-Auban", 240),
            ],
            ["Parentalité", "Animation de la vie sociale"],
            [
                ("Groupe de travail Parentalité", ["Parentalité"]),
                ("Groupe de travail Jeunesse", ["Enfance-jeunesse"]),
                ("Commission Logement et accès aux droits", ["Logement", "Accès aux droits et inclusion numérique"]),
            ]),
        new("pays-des-paillons", "CTG de la Communauté de communes du Pays des Paillons", "Communauté de communes du Pays des Paillons",
            "La CTG du Pays des Paillons en est à sa préparation : diagnostic partagé et premières commissions thématiques.",
            new DateOnly(2025, 1, 1), new DateOnly(2029, 12, 31),
            [
                ("06048", "Contes", 7500), ("06054", "Drap", 4600), ("06057", "L'Escarène", 2600), ("06019", "Blausasc", 1600),
                ("06091", "Peille", 2400), ("06092", "Peillon", 1500), ("06015", "Berre-les-Alpes", 1300), ("06031", "Cantaron", 1300),
                ("06039", "Châteauneuf-Villevieille", 1000), ("06043", "Coaraze", 850), ("06014", "Bendejun", 1000),
                ("06077", "Lucéram", 1300), ("06142", "Touët-de-l'Escarène", 280),
            ],
            ["Petite enfance"],
            [
                ("Commission Petite enfance", ["Petite enfance"]),
                ("Groupe de travail Animation de la vie sociale", ["Animation de la vie sociale"]),
            ]),
    ];

    public static readonly (string Name, PartnerKind Kind)[] DepartmentPartners =
    [
        ("Caf des Alpes-Maritimes", PartnerKind.Caf),
        ("Département des Alpes-Maritimes", PartnerKind.Departement),
        ("CPAM des Alpes-Maritimes", PartnerKind.Cpam),
        ("MSA Provence-Azur", PartnerKind.Msa),
        ("Direction des services départementaux de l'Éducation nationale des Alpes-Maritimes", PartnerKind.EducationNationale),
    ];
}
