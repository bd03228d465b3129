namespace Ctg.Participation.Portal;

/// <summary>
/// The identity the demo department shows when neither the administrator nor the configuration gave one: a plausible
/// Alpes-Maritimes portal, so that a newcomer sees the pages as a department would fill them. Configuration and the
/// administrator's page always win over it.
/// </summary>
public static class DemoIdentity
{
    public static readonly IReadOnlyDictionary<string, string> Values = new Dictionary<string, string>
    {
        [PortalIdentityKeys.Name] = "Participer en Alpes-Maritimes",
        [PortalIdentityKeys.Department] = "Alpes-Maritimes",
        [PortalIdentityKeys.Editor] = "Caisse d'allocations familiales des Alpes-Maritimes (démonstration)",
        [PortalIdentityKeys.PublicationDirector] = "La directrice de la Caf des Alpes-Maritimes",
        [PortalIdentityKeys.ContactMail] = "participation@ctg-demo.test",
        [PortalIdentityKeys.PostalAddress] = "Caf des Alpes-Maritimes, service des conventions territoriales globales, 06000 Nice",
        [PortalIdentityKeys.Host] = "Serveurs de la Caf des Alpes-Maritimes, 06000 Nice (démonstration)",
        [PortalIdentityKeys.PrimaryColour] = "#005f73",
    };
}
