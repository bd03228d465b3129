namespace Ctg.Participation.Accounts;

/// <summary>
/// The portal's roles. Habitant, conseiller Caf and administrateur are global Identity roles; a coordinator is also
/// assigned to CTGs (<see cref="CoordinatorAssignment"/>) and a network member to networks, because those two roles
/// only mean something for a given CTG or network.
/// </summary>
public static class PortalRoles
{
    public const string Resident = "habitant";
    public const string Coordinator = "charge-de-cooperation";
    public const string CafAdvisor = "conseiller-caf";
    public const string Administrator = "administrateur";

    public static readonly IReadOnlyList<string> All = [Resident, Coordinator, CafAdvisor, Administrator];

    /// <summary>Staff roles: they may turn on (or be required to use) two-factor sign-in.</summary>
    public static readonly IReadOnlyList<string> Staff = [Coordinator, CafAdvisor, Administrator];

    public static string Label(string role) => role switch
    {
        Resident => "Habitant",
        Coordinator => "Chargé(e) de coopération",
        CafAdvisor => "Conseiller Caf",
        Administrator => "Administrateur",
        _ => role,
    };
}
