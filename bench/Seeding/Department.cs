namespace Ctg.Participation.Bench.Seeding;

/// <summary>
/// The Alpes-Maritimes as the generator draws it: 13 CTGs (cities that sign alone, intercommunalities for the rest)
/// with their communes and approximate populations (INSEE, rounded). INSEE codes are generated in list order, not the
/// official ones. More CTGs than listed repeat the list with a suffix.
/// </summary>
public static class Department
{
    public sealed record Ctg(string Slug, string Name, string Epci, (string Name, int Population)[] Communes);

    public static readonly Ctg[] Ctgs =
    [
        new("nice", "CTG de la Ville de Nice", "Métropole Nice Côte d'Azur", [("Nice", 342_700)]),
        new("cagnes-sur-mer", "CTG de Cagnes-sur-Mer", "Métropole Nice Côte d'Azur", [("Cagnes-sur-Mer", 52_000)]),
        new("metropole-littoral", "CTG Métropole Nice Côte d'Azur – littoral et moyen pays", "Métropole Nice Côte d'Azur",
        [
            ("Saint-Laurent-du-Var", 30_000), ("Vence", 19_000), ("Villeneuve-Loubet", 15_500), ("Carros", 11_500), ("La Gaude", 6_800),
            ("Gattières", 4_200), ("Saint-Jeannet", 4_100), ("Saint-Paul-de-Vence", 3_400), ("Villefranche-sur-Mer", 5_000),
            ("Beaulieu-sur-Mer", 3_700), ("Èze", 2_200), ("Saint-Jean-Cap-Ferrat", 1_500), ("Cap-d'Ail", 4_600), ("Colomars", 3_400),
            ("Aspremont", 2_200), ("Falicon", 2_000), ("Saint-André-de-la-Roche", 5_400), ("La Trinité", 10_000),
        ]),
        new("metropole-montagne", "CTG Métropole Nice Côte d'Azur – vallées", "Métropole Nice Côte d'Azur",
        [
            ("Levens", 5_000), ("Tourrette-Levens", 4_800), ("Saint-Martin-du-Var", 2_900), ("Saint-Martin-Vésubie", 1_400),
            ("Roquebillière", 1_900), ("Lantosque", 1_300), ("Utelle", 800), ("Isola", 700), ("Saint-Étienne-de-Tinée", 1_300),
            ("Valdeblore", 900), ("Saint-Sauveur-sur-Tinée", 400), ("Belvédère", 650), ("Venanson", 180), ("Roubion", 110),
        ]),
        new("antibes", "CTG de la Ville d'Antibes Juan-les-Pins", "Communauté d'agglomération Sophia Antipolis", [("Antibes", 74_000)]),
        new("sophia-antipolis", "CTG de la Communauté d'agglomération Sophia Antipolis", "Communauté d'agglomération Sophia Antipolis",
        [
            ("Vallauris", 26_000), ("Valbonne", 13_000), ("Biot", 10_000), ("Roquefort-les-Pins", 6_800), ("La Colle-sur-Loup", 7_800),
            ("Villeneuve-Loubet-Village", 1_000), ("Le Rouret", 4_000), ("Opio", 2_300), ("Tourrettes-sur-Loup", 3_900),
            ("Bar-sur-Loup", 3_000), ("Gréolières", 600), ("Coursegoules", 500), ("Courmes", 120), ("Caussols", 280), ("Cipières", 380),
        ]),
        new("cannes", "CTG de la Ville de Cannes", "Communauté d'agglomération Cannes Pays de Lérins", [("Cannes", 74_000)]),
        new("cannes-pays-de-lerins", "CTG Cannes Pays de Lérins", "Communauté d'agglomération Cannes Pays de Lérins",
            [("Le Cannet", 41_000), ("Mandelieu-la-Napoule", 22_500), ("Mougins", 19_500), ("Théoule-sur-Mer", 1_500)]),
        new("pays-de-grasse", "CTG de la Communauté d'agglomération du Pays de Grasse", "Communauté d'agglomération du Pays de Grasse",
        [
            ("Grasse", 50_700), ("Mouans-Sartoux", 10_400), ("Pégomas", 8_000), ("Peymeinade", 8_500), ("La Roquette-sur-Siagne", 5_300),
            ("Auribeau-sur-Siagne", 3_200), ("Le Tignet", 3_300), ("Saint-Cézaire-sur-Siagne", 4_000), ("Saint-Vallier-de-Thiey", 3_600),
            ("Cabris", 1_500), ("Spéracèdes", 1_300), ("Châteauneuf-Grasse", 3_400), ("Saint-Auban", 250), ("Séranon", 500),
            ("Andon", 600), ("Escragnolles", 650), ("Amirat", 60), ("Gars", 70),
        ]),
        new("menton", "CTG de la Ville de Menton", "Communauté d'agglomération de la Riviera française", [("Menton", 30_000)]),
        new("riviera-francaise", "CTG de la Riviera française et de la Roya", "Communauté d'agglomération de la Riviera française",
        [
            ("Roquebrune-Cap-Martin", 12_500), ("Beausoleil", 13_500), ("Sospel", 3_900), ("Breil-sur-Roya", 2_200), ("Tende", 2_100),
            ("La Brigue", 750), ("Castillon", 400), ("Gorbio", 1_500), ("Sainte-Agnès", 1_300), ("Castellar", 1_000), ("Moulinet", 280),
            ("Saorge", 450), ("Fontan", 340), ("La Turbie", 3_100),
        ]),
        new("pays-des-paillons", "CTG de la Communauté de communes du Pays des Paillons", "Communauté de communes du Pays des Paillons",
        [
            ("Contes", 7_400), ("Drap", 4_400), ("L'Escarène", 2_600), ("Blausasc", 1_600), ("Peillon", 1_400), ("Peille", 2_400),
            ("Lucéram", 1_300), ("Touët-de-l'Escarène", 300), ("Cantaron", 1_300), ("Bendejun", 1_000), ("Berre-les-Alpes", 1_300),
            ("Châteauneuf-Villevieille", 900), ("Coaraze", 850),
        ]),
        new("alpes-d-azur", "CTG de la Communauté de communes Alpes d'Azur", "Communauté de communes Alpes d'Azur",
        [
            ("Puget-Théniers", 1_900), ("Guillaumes", 700), ("Roquestéron", 550), ("Villars-sur-Var", 700), ("Touët-sur-Var", 600),
            ("Beuil", 500), ("Péone", 800), ("Saint-Martin-d'Entraunes", 130), ("Malaussène", 300), ("Massoins", 120),
            ("Tournefort", 150), ("La Penne", 250), ("Sigale", 200), ("Le Broc", 1_400), ("Gilette", 1_500), ("Bonson", 800),
            ("Revest-les-Roches", 200), ("Toudon", 300), ("Ascros", 150), ("Daluis", 150),
        ]),
    ];

    /// <summary>The six axes every CTG works on (seeds/004), then optional ones some CTGs add.</summary>
    public static readonly (string Slug, string Name)[] CoreAxes =
    [
        ("petite-enfance", "Petite enfance"),
        ("enfance-jeunesse", "Enfance et jeunesse"),
        ("parentalite", "Soutien à la parentalité"),
        ("animation-vie-sociale", "Animation de la vie sociale"),
        ("logement", "Logement et cadre de vie"),
        ("acces-aux-droits", "Accès aux droits et inclusion"),
    ];

    public static readonly (string Slug, string Name)[] ExtraAxes =
    [
        ("inclusion-numerique", "Inclusion numérique"),
        ("mobilite", "Mobilité"),
        ("handicap", "Handicap et inclusion"),
    ];

    public static readonly string[] FirstNames =
    [
        "Camille", "Léa", "Manon", "Chloé", "Emma", "Inès", "Sarah", "Julie", "Laura", "Lucie", "Marie", "Anaïs", "Nadia", "Fatima",
        "Sophie", "Claire", "Hélène", "Nathalie", "Isabelle", "Sandrine", "Thomas", "Lucas", "Hugo", "Nicolas", "Julien", "Maxime",
        "Antoine", "Karim", "Mehdi", "Yanis", "Pierre", "Paul", "Louis", "Mathieu", "Olivier", "Stéphane", "Laurent", "Christophe",
        "Giulia", "Marco", "Alessandro", "Élodie", "Aurélie", "Céline", "Karine", "Sylvie", "Vincent", "Romain", "Sébastien", "Jérôme",
    ];

    public static readonly string[] LastNames =
    [
        "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent",
        "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard", "André", "Mercier",
        "Blanc", "Guerin", "Boyer", "Garnier", "Chevalier", "Francois", "Giordano", "Rossi", "Bianchi", "Ferrari", "Baudin", "Autran",
        "Porquet", "Ben Ali", "Haddad", "Benali", "Nguyen", "Lopez", "Fontaine", "Rousseau", "Faure", "Masson", "Marchand", "Dupuis",
    ];
}
