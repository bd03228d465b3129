namespace Ctg.Participation.Bench.Seeding;

/// <summary>French sentences the generator assembles into titles, bodies, comments and cards, per axis.</summary>
public static class Texts
{
    public static readonly Dictionary<string, string[]> TitlesByAxis = new()
    {
        ["petite-enfance"] =
        [
            "Ouvrir une crèche avec des horaires décalés", "Créer un relais petite enfance itinérant", "Un lieu d'accueil enfants-parents le samedi",
            "Plus de places en micro-crèche", "Des ateliers d'éveil musical pour les tout-petits", "Une ludothèque pour les 0-3 ans",
        ],
        ["enfance-jeunesse"] =
        [
            "Un accueil de loisirs pendant les petites vacances", "Créer un conseil municipal des jeunes", "Un espace jeunes ouvert le soir",
            "Des séjours d'été accessibles à tous", "Un city-stade près du collège", "Aide aux devoirs dans les quartiers",
        ],
        ["parentalite"] =
        [
            "Des cafés des parents à l'école", "Un groupe de parole pour les parents d'ados", "Des ateliers écrans et famille",
            "Accompagner les parents solos", "Une semaine de la parentalité", "Des sorties familles le week-end",
        ],
        ["animation-vie-sociale"] =
        [
            "Un espace de vie sociale dans le village", "Un jardin partagé au pied des immeubles", "Une fête des voisins soutenue par la commune",
            "Un repair café mensuel", "Des cours de français pour adultes", "Une épicerie solidaire",
        ],
        ["logement"] =
        [
            "Aider les jeunes à trouver un premier logement", "Un point info logement à la mairie", "Lutter contre l'habitat indigne",
            "Des colocations intergénérationnelles", "Rénover les logements des familles modestes", "Une aide au déménagement",
        ],
        ["acces-aux-droits"] =
        [
            "Une permanence Caf dans le village", "Un bus France services", "Aider à remplir les dossiers en ligne",
            "Des ateliers sur les droits des familles", "Un écrivain public à la médiathèque", "Informer sur la prime d'activité",
        ],
        ["inclusion-numerique"] =
        [
            "Des ateliers numériques pour les seniors", "Prêter des ordinateurs aux familles", "Un conseiller numérique itinérant",
        ],
        ["mobilite"] =
        [
            "Une navette vers le collège", "Un service de transport à la demande", "Des vélos électriques en location",
        ],
        ["handicap"] =
        [
            "Un accueil de loisirs inclusif", "Des places adaptées en crèche", "Un répit pour les aidants",
        ],
    };

    public static readonly string[] Sentences =
    [
        "Beaucoup de familles du quartier n'ont pas de solution le mercredi.", "Les horaires actuels ne conviennent pas aux parents qui travaillent tôt.",
        "Il faudrait un lieu simple, ouvert à tous, sans inscription compliquée.", "Les associations locales sont prêtes à s'impliquer.",
        "Le transport reste le principal frein pour les familles des hameaux.", "Une salle municipale est libre la plupart du temps.",
        "Cela éviterait aux jeunes de partir en ville tous les soirs.", "Les parents isolés le demandent depuis longtemps.",
        "On pourrait commencer par un essai de six mois.", "La médiathèque pourrait accueillir ces rencontres.",
        "Le centre social a déjà l'expérience de ce type d'action.", "Les écoles du secteur sont intéressées.",
        "Il manque surtout de l'information sur ce qui existe déjà.", "Un financement de la Caf pourrait aider au démarrage.",
        "Les seniors du village pourraient aussi en profiter.", "Nous sommes plusieurs parents à pouvoir donner un coup de main.",
    ];

    public static readonly string[] Comments =
    [
        "Très bonne idée, je soutiens !", "Nous avons le même besoin dans notre commune.", "Attention au coût pour les familles.",
        "Je suis prête à participer à l'organisation.", "Est-ce que cela existe déjà à la médiathèque ?", "Il faudrait aussi penser aux horaires du samedi.",
        "Les associations du quartier peuvent aider.", "Merci pour cette proposition, c'est essentiel pour nous.", "Pourquoi pas, mais où exactement ?",
        "C'était le cas il y a quelques années, et cela marchait bien.", "La salle des fêtes serait parfaite pour ça.", "Je partage, mon voisin est intéressé.",
    ];

    public static readonly string[] Answers =
    [
        "Merci pour cette proposition. Elle rejoint une fiche action de la CTG et sera mise en œuvre avec nos partenaires.",
        "Votre proposition a été étudiée en groupe de travail. Elle ne peut pas être retenue cette année faute de financement ; elle sera réexaminée au prochain comité de pilotage.",
        "La commune et la Caf ont retenu cette idée : un premier essai est prévu dans les prochains mois.",
        "Cette proposition relève d'un autre dispositif ; nous vous avons orienté vers le service compétent.",
    ];

    public static readonly string[] Initiatives =
    [
        "Bourse aux vêtements d'enfants", "Atelier cuisine parents-enfants", "Sortie nature en famille", "Ciné-débat sur la parentalité",
        "Troc de jouets", "Balade contée pour les tout-petits", "Tournoi de foot intergénérationnel", "Permanence numérique bénévole",
        "Chorale des familles", "Jardin pédagogique", "Accueil des nouveaux habitants", "Soirée jeux de société",
    ];

    public static readonly string[] WallColumns = ["Idées", "À creuser", "En cours", "Fait"];

    public static readonly string[] Cards =
    [
        "Contacter la médiathèque pour la salle", "Recenser les places en crèche", "Préparer le questionnaire familles",
        "Idée : un forum des associations en septembre", "Relancer le collège pour le projet jeunes", "Point budget avec la Caf",
        "Afficher les permanences dans les mairies", "Organiser un café des parents", "Lister les transports existants",
        "Inviter les assistantes maternelles au réseau", "Bilan de l'accueil de loisirs d'été", "Partager le guide des droits",
    ];

    public static string Paragraphs(Random random, int count) =>
        string.Concat(Enumerable.Range(0, count).Select(_ => "<p>" + System.Net.WebUtility.HtmlEncode(Sentences[random.Next(Sentences.Length)]) + "</p>"));

    public static string Plain(string html) => System.Net.WebUtility.HtmlDecode(html.Replace("</p><p>", " ", StringComparison.Ordinal).Replace("<p>", "", StringComparison.Ordinal).Replace("</p>", "", StringComparison.Ordinal));
}
