namespace Ctg.Participation.Portal;

/// <summary>
/// Who runs this portal, as residents read it in the header, the footer and the legal pages: the department's own
/// name for the portal (never the code name), the editor and its contact, the hosting provider, the brand colour and
/// the partners' logos. Each value comes from the administrator's page when set there, else from configuration
/// (Portal:*), else from the demo when the demo is on; null when nobody gave it.
/// </summary>
public sealed record PortalIdentity(
    string Name,
    string? Department,
    string? Editor,
    string? PublicationDirector,
    string? ContactMail,
    string? PostalAddress,
    string? Host,
    string PrimaryColour,
    string? CafLogo,
    string? DepartmentLogo,
    IReadOnlyList<string> EpciLogos)
{
    /// <summary>Shown when nobody named the portal yet: what it is, not the code name.</summary>
    public const string DefaultName = "Portail de participation des CTG";

    /// <summary>The portal's own teal (7.1:1 on white).</summary>
    public const string DefaultColour = "#0b5c66";

    /// <summary>What the legal pages still need, in French, for the pages and the administrator's home.</summary>
    public IReadOnlyList<string> Missing
    {
        get
        {
            var missing = new List<string>();
            if (Name == DefaultName) missing.Add("le nom du portail");
            if (Department is null) missing.Add("le département");
            if (Editor is null) missing.Add("l'éditeur du portail");
            if (PublicationDirector is null) missing.Add("le directeur ou la directrice de la publication");
            if (ContactMail is null) missing.Add("l'adresse électronique de contact");
            if (PostalAddress is null) missing.Add("l'adresse postale");
            if (Host is null) missing.Add("l'hébergeur");
            return missing;
        }
    }
}
