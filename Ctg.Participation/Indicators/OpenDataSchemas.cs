using System.Text.Json;

namespace Ctg.Participation.Indicators;

/// <summary>One field of a Frictionless Table Schema, with the constraints the portal uses (required, pattern, enum).</summary>
public sealed record SchemaField(string Name, string Title, string Type, string TypeLabel, string Description, string Example,
    bool Required = false, string? Pattern = null, IReadOnlyList<string>? Enum = null, string? Format = null);

/// <summary>
/// A Frictionless Table Schema (specs.frictionlessdata.io/table-schema), as schema.data.gouv.fr publishes them: the
/// fields of an open data file in order, their types and constraints, under the Licence Ouverte 2.0.
/// </summary>
public sealed record TableSchema(string Name, string Title, string Description, IReadOnlyList<SchemaField> Fields)
{
    public const string LicenceName = "etalab-2.0";
    public const string LicenceTitle = "Licence Ouverte / Open Licence version 2.0";
    public const string LicenceUrl = "https://www.etalab.gouv.fr/licence-ouverte-open-licence";

    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://frictionlessdata.io/schemas/table-schema.json");
            json.WriteString("name", Name);
            json.WriteString("title", Title);
            json.WriteString("description", Description);
            json.WriteString("version", "1.0.0");
            json.WriteString("homepage", "/donnees-ouvertes");
            json.WriteString("path", $"/donnees-ouvertes/schemas/{Name}.json");
            json.WriteStartArray("licenses");
            json.WriteStartObject();
            json.WriteString("name", LicenceName);
            json.WriteString("title", LicenceTitle);
            json.WriteString("path", LicenceUrl);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartArray("missingValues");
            json.WriteStringValue("");
            json.WriteEndArray();
            json.WriteStartArray("fields");
            foreach (var f in Fields)
            {
                json.WriteStartObject();
                json.WriteString("name", f.Name);
                json.WriteString("title", f.Title);
                json.WriteString("description", f.Description);
                json.WriteString("type", f.Type);
                if (f.Format is not null) json.WriteString("format", f.Format);
                json.WriteString("example", f.Example);
                json.WriteStartObject("constraints");
                json.WriteBoolean("required", f.Required);
                if (f.Pattern is not null) json.WriteString("pattern", f.Pattern);
                if (f.Enum is not null)
                {
                    json.WriteStartArray("enum");
                    foreach (var e in f.Enum) json.WriteStringValue(e);
                    json.WriteEndArray();
                }
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}

/// <summary>
/// The Table Schemas of the open data files, served at /donnees-ouvertes/schemas/{dataset}.json and shown on the open
/// data page. The CSV writers take their header from here, and a test validates the files against these schemas.
/// CSV conventions of open data: UTF-8 with BOM, `;`, `.` decimals, ISO 8601 dates, lists joined with `|`.
/// </summary>
public static class OpenDataSchemas
{
    public const string Indicators = "indicateurs";
    public const string Contributions = "contributions";
    public static readonly string[] Names = [Indicators, Contributions];

    private const string Slug = "^[a-z0-9]+(-[a-z0-9]+)*$";

    /// <summary>One INSEE code (5 characters, Corsica 2A/2B), or several joined by `|`.</summary>
    public const string InseeList = "^(\\d[\\dAB]\\d{3})(\\|\\d[\\dAB]\\d{3})*$";

    public static TableSchema? Find(string name, int threshold) => name switch
    {
        Indicators => IndicatorSchema(threshold),
        Contributions => ContributionSchema,
        _ => null,
    };

    public static TableSchema IndicatorSchema(int threshold) => new(Indicators, "Indicateurs de participation des CTG",
        "Indicateurs du référentiel national des conventions territoriales globales que le portail compte, par CTG et par année civile, et pour l'ensemble du département ; petits nombres de personnes masqués (secret statistique).",
        [
            new("annee", "Année", "integer", "entier", "Année civile des chiffres (l'année en cours va du 1er janvier à la date du téléchargement).", "2026", Required: true, Pattern: "^\\d{4}$"),
            new("ctg", "CTG", "string", "texte", "Identifiant de la CTG (celui de ses adresses, par exemple « alpes-d-azur ») ; « " + OpenData.DepartmentCode + " » pour l'ensemble du département.", "alpes-d-azur", Required: true, Pattern: Slug),
            new("ctg_nom", "Nom de la CTG", "string", "texte", "Nom de la CTG.", "CTG Alpes d'Azur", Required: true),
            new("objectif", "Objectif", "string", "texte", "Objectif du référentiel national des CTG (Tableau 2) auquel l'indicateur se rattache, par exemple « 4.1 ».", "4.1"),
            new("code", "Code de l'indicateur", "string", "texte", "Identifiant stable de l'indicateur (voir la liste sur la page des données ouvertes).", "propositions.deposees", Required: true, Pattern: "^[a-z0-9_.-]+$"),
            new("libelle", "Libellé", "string", "texte", "Libellé de l'indicateur en français.", "Propositions déposées", Required: true),
            new("unite", "Unité", "string", "texte", "« count » (nombre), « percent » (pourcentage), « days » (jours), « per_1000_inhabitants » (pour 1 000 habitants).", "count",
                Required: true, Enum: ["count", "percent", "days", "per_1000_inhabitants"]),
            new("valeur", "Valeur", "number", "nombre décimal (point) ou vide", "La valeur ; vide (null en JSON) lorsqu'elle n'a pas de sens (aucune décision pour un délai médian) ou qu'elle est couverte par le secret statistique.", "81.8"),
            new("secret_statistique", "Secret statistique", "string", "texte ou vide", $"« moins de {threshold} » lorsque la valeur compte entre 1 et {threshold - 1} personnes (ou en dérive) : le nombre n'est alors pas publié.", $"moins de {threshold}",
                Enum: [$"moins de {threshold}"]),
            new("detail", "Détail", "string", "texte ou vide", "Précision en français (par exemple « 3 sur 5 » pour une part) ; vide lorsque la valeur est masquée.", "3 sur 5"),
        ]);

    public static readonly TableSchema ContributionSchema = new(Contributions, "Contributions publiques des habitants",
        "Propositions d'habitants publiées et visibles (non retirées) et initiatives citoyennes validées, sans aucune donnée personnelle.",
        [
            new("type", "Type", "string", "texte", "« proposition » (proposition d'habitant) ou « initiative » (initiative citoyenne validée).", "proposition", Required: true, Enum: ["proposition", "initiative"]),
            new("id", "Numéro", "integer", "entier", "Numéro de la contribution sur le portail (unique par type).", "42", Required: true, Pattern: "^\\d+$"),
            new("titre", "Titre", "string", "texte", "Titre de la proposition ou nom de l'initiative, tel que publié.", "Un relais petite enfance itinérant", Required: true),
            new("ctg", "CTG", "string", "texte", "Identifiant de la CTG.", "alpes-d-azur", Required: true, Pattern: Slug),
            new("ctg_nom", "Nom de la CTG", "string", "texte", "Nom de la CTG.", "CTG Alpes d'Azur", Required: true),
            new("communes_insee", "Codes INSEE des communes", "string", "liste de codes (texte)", "Codes officiels géographiques (INSEE, 5 caractères, « 06099 » garde son zéro) des communes concernées ; séparés par « | » en CSV, tableau en JSON.", "06099|06120",
                Pattern: InseeList),
            new("communes", "Communes", "string", "liste de textes", "Noms des communes concernées, dans le même ordre ; séparés par « | » en CSV.", "Puget-Théniers|Roquestéron"),
            new("axes", "Axes", "string", "liste de textes", "Axes de la CTG concernés ; séparés par « | » en CSV.", "Petite enfance"),
            new("statut", "Statut", "string", "texte", "Statut actuel : Déposée, À l'étude, Orientée vers un groupe de travail, Retenue, Non retenue, Réalisée ; « Publiée » pour une initiative.", "Déposée", Required: true),
            new("soutiens", "Soutiens", "integer", "entier ou vide", "Nombre de soutiens d'une proposition ; vide pour une initiative.", "12", Pattern: "^\\d+$"),
            new("date_publication", "Date de publication", "date", "date (AAAA-MM-JJ)", "Date de publication de la proposition, ou de validation de l'initiative (jour civil à Paris).", "2026-11-10",
                Required: true, Format: "default"),
            new("url", "Adresse", "string", "texte", "Adresse de la contribution sur le portail, relative à sa racine.", "/propositions/42", Required: true, Pattern: "^/(propositions|initiatives)/\\d+$"),
        ]);
}
