using Ctg.Participation.Surveys;
using Ctg.Participation.Surveys.Forms;

namespace Ctg.Participation.Barometers;

/// <summary>
/// The two ready-made questionnaires. Each is a list of questions for the surveys engine; <see cref="Template.Visibility"/>
/// and <see cref="Template.Appreciation"/> point at the 1–5 scales whose answers become indicators (T2-3.2-e,
/// T2-4.2-e, FA17-5). The wording stays short: a partner answers between two meetings, a resident on a phone.
/// </summary>
public static class BarometerTemplates
{
    public sealed record Template(BarometerKind Kind, string Title, string Introduction, IReadOnlyList<SurveyBuilder.QuestionDraft> Questions,
        int Visibility, int? Appreciation);

    /// <summary>The answers of a 1–5 scale as the barometers name them (the forms engine shows only numbers).</summary>
    public static readonly IReadOnlyList<string> VisibilityScale =
        ["1 — pas du tout visibles", "2 — peu visibles", "3 — moyennement visibles", "4 — bien visibles", "5 — très bien visibles"];

    public static readonly IReadOnlyList<string> AppreciationScale =
        ["1 — très insatisfaisante", "2 — insatisfaisante", "3 — moyenne", "4 — bonne", "5 — très bonne"];

    private static SurveyBuilder.QuestionDraft Scale(string label, string help, int section = 1) =>
        new(QuestionType.Scale5, label, help, Required: true, section, null, null, AllowOther: false, null, null, null);

    private static SurveyBuilder.QuestionDraft Single(string label, int section, bool required, params string[] choices) =>
        new(QuestionType.SingleChoice, label, null, required, section, string.Join('\n', choices), null, AllowOther: false, null, null, null);

    private static SurveyBuilder.QuestionDraft Multiple(string label, int section, params string[] choices) =>
        new(QuestionType.MultipleChoice, label, "Plusieurs réponses possibles.", Required: false, section, string.Join('\n', choices), null, AllowOther: true, null, null, null);

    private static SurveyBuilder.QuestionDraft Matrix(string label, int section, string[] rows, params string[] columns) =>
        new(QuestionType.Matrix, label, null, Required: false, section, string.Join('\n', columns), string.Join('\n', rows), AllowOther: false, null, null, null);

    private static SurveyBuilder.QuestionDraft FreeText(string label, int section) =>
        new(QuestionType.LongText, label, "Facultatif.", Required: false, section, null, null, AllowOther: false, null, null, null);

    private static readonly string[] Institutions =
        ["La Caf", "L'intercommunalité", "Les communes", "Le Département (PMI, action sociale)", "La CPAM", "Les services de l'État (DDETS, Éducation nationale)"];

    public static Template For(BarometerKind kind, int year) => kind switch
    {
        BarometerKind.Partners => Partners(year),
        BarometerKind.Residents => Residents(year),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static Template Partners(int year) => new(BarometerKind.Partners,
        $"Baromètre {year} des partenaires et des élus : la coopération dans la CTG",
        "Chaque année, la CTG demande aux élus et aux partenaires comment ils vivent la coopération sur le territoire. " +
        "Cinq minutes, sans compte : vos réponses sont anonymes et les résultats ne sont publiés qu'à partir de 11 réponses.",
        [
            Single("Vous répondez en tant que…", 1, true,
                "Élu(e) d'une commune ou de l'intercommunalité", "Partenaire institutionnel (Caf, Département, CPAM, État…)",
                "Association ou gestionnaire d'un équipement", "Autre professionnel du territoire"),
            Scale("Comment appréciez-vous le rôle du/de la chargé(e) de coopération de la CTG cette année ?",
                "1 : très insatisfaisant · 5 : très satisfaisant."),
            Scale("Les missions de chaque institution partenaire et les moyens que l'on peut mobiliser auprès d'elle vous paraissent-ils visibles ?",
                "1 : pas du tout visibles · 5 : très bien visibles."),
            Matrix("Savez-vous ce que vous pouvez demander à chacune de ces institutions ?", 1, Institutions, "Oui", "En partie", "Non"),
            Multiple("Qu'est-ce que la coopération vous a apporté cette année ?", 2,
                "Une information sur des dispositifs ou des financements", "Une mise en relation avec d'autres partenaires",
                "Un appui pour monter ou faire évoluer un projet", "La préparation des décisions du comité de pilotage", "Rien de particulier"),
            Single("Par rapport à l'an dernier, la coopération entre les acteurs du territoire…", 2, false,
                "s'est améliorée", "est restée la même", "s'est dégradée", "je ne sais pas"),
            FreeText("Une suggestion pour améliorer la coopération ?", 2),
        ],
        Visibility: 3, Appreciation: 2);

    private static Template Residents(int year) => new(BarometerKind.Residents,
        $"Baromètre {year} des habitants : les services aux familles vous sont-ils visibles ?",
        "La CTG veut savoir si vous savez à qui vous adresser pour la garde des enfants, les loisirs des jeunes, la parentalité, " +
        "le logement ou l'accès aux droits. Quatre minutes, sans compte ; vos réponses sont anonymes.",
        [
            Scale("Les missions des institutions de votre territoire (Caf, mairie, intercommunalité, Département…) et l'aide que vous pouvez leur demander vous paraissent-elles visibles ?",
                "1 : pas du tout visibles · 5 : très bien visibles."),
            Matrix("Savez-vous ce que proposent aux familles…", 1, ["La Caf", "Votre mairie", "L'intercommunalité", "Le Département (PMI, action sociale)"],
                "Oui", "Un peu", "Non"),
            Multiple("Par quels moyens avez-vous entendu parler des services aux familles du territoire ?", 2,
                "Le site ou le journal de la commune ou de l'intercommunalité", "Ce portail de la CTG", "Un professionnel (crèche, école, centre social…)",
                "Les réseaux sociaux", "Le bouche-à-oreille", "Les affiches et les dépliants"),
            Single("Cette année, avez-vous participé à une rencontre, une enquête ou un atelier de la CTG ?", 2, false, "Oui", "Non", "Je ne sais pas"),
            FreeText("Qu'est-ce qui vous aiderait à mieux connaître les services aux familles ?", 2),
        ],
        Visibility: 1, Appreciation: null);
}
