namespace Ctg.Participation.Portal;

/// <summary>The configuration keys (Portal:…) and the matching database settings (portal.…) of the identity.</summary>
public static class PortalIdentityKeys
{
    public const string Name = "Name";
    public const string Department = "Department";
    public const string Editor = "Editor";
    public const string PublicationDirector = "PublicationDirector";
    public const string ContactMail = "Contact:Mail";
    public const string PostalAddress = "Contact:PostalAddress";
    public const string Host = "Host";
    public const string PrimaryColour = "PrimaryColour";
    public const string CafLogo = "Logos:Caf";
    public const string DepartmentLogo = "Logos:Department";
    public const string EpciLogos = "Logos:Epcis";

    public static readonly string[] All = [Name, Department, Editor, PublicationDirector, ContactMail, PostalAddress, Host, PrimaryColour, CafLogo, DepartmentLogo, EpciLogos];

    /// <summary>The database key of a value an administrator sets.</summary>
    public static string Setting(string key) => "portal." + key.Replace(':', '.').ToLowerInvariant();
}
