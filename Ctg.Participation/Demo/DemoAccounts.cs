using Ctg.Participation.Accounts;

namespace Ctg.Participation.Demo;

/// <summary>One demo account per role, listed with this password in the README. Demo data only.</summary>
public static class DemoAccounts
{
    public const string Password = "Demo-Ctg-2026!";

    public sealed record DemoAccount(string Email, string DisplayName, string Role, string? CoordinatesConvention = null,
        string? MemberOfNetworkIn = null, string? MunicipalityInsee = null);

    public static readonly DemoAccount[] All =
    [
        new("habitant@ctg-demo.test", "Camille R.", PortalRoles.Resident, MunicipalityInsee: "06099"),
        new("membre.reseau@ctg-demo.test", "Nadia B. (RPE Haut-Var)", PortalRoles.Resident, MemberOfNetworkIn: "alpes-d-azur", MunicipalityInsee: "06071"),
        new("coordination.alpes-d-azur@ctg-demo.test", "Charlotte A. (CTG Alpes d'Azur)", PortalRoles.Coordinator, CoordinatesConvention: "alpes-d-azur"),
        new("coordination.pays-de-grasse@ctg-demo.test", "Céline C. (CTG Pays de Grasse)", PortalRoles.Coordinator, CoordinatesConvention: "pays-de-grasse"),
        new("conseiller.caf@ctg-demo.test", "Julien M. (Caf 06)", PortalRoles.CafAdvisor),
        new("admin@ctg-demo.test", "Administration du portail", PortalRoles.Administrator),
    ];
}
