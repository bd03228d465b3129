namespace Ctg.Participation.Security;

/// <summary>The kinds of security journal lines, with their French labels for the administrators' page.</summary>
public static class SecurityEventKinds
{
    public const string SignInSucceeded = "connexion";
    public const string SignInFailed = "connexion-echec";
    public const string LockedOut = "verrouillage";
    public const string SignedOut = "deconnexion";
    public const string PasswordChanged = "mot-de-passe";
    public const string PasswordReset = "mot-de-passe-reinitialise";
    public const string TwoFactorChanged = "double-authentification";
    public const string PasskeyAdded = "cle-ajoutee";
    public const string PasskeyRemoved = "cle-retiree";
    public const string SessionsRevoked = "sessions-revoquees";
    public const string SessionRefused = "session-refusee";
    public const string RoleChanged = "role";
    public const string AssignmentChanged = "rattachement";
    public const string PersonalDataExported = "export-donnees";
    public const string AccountDeleted = "suppression-compte";
    public const string RegistrationAttemptOnExistingAddress = "inscription-adresse-existante";
    public const string AdministratorAction = "administration";
    public const string ForgedHost = "hote-refuse";
    public const string PasskeyRefused = "cle-refusee";
    public const string ExternalSignInRefused = "connexion-externe-refusee";
    public const string IdentityLinked = "identite-liee";
    public const string IdentityUnlinked = "identite-retiree";

    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        [SignInSucceeded] = "Connexion réussie",
        [SignInFailed] = "Connexion refusée",
        [LockedOut] = "Compte verrouillé",
        [SignedOut] = "Déconnexion",
        [PasswordChanged] = "Mot de passe changé",
        [PasswordReset] = "Mot de passe réinitialisé",
        [TwoFactorChanged] = "Double authentification modifiée",
        [PasskeyAdded] = "Clé d'accès ajoutée",
        [PasskeyRemoved] = "Clé d'accès retirée",
        [PasskeyRefused] = "Clé d'accès refusée",
        [SessionsRevoked] = "Sessions fermées",
        [SessionRefused] = "Session refusée",
        [RoleChanged] = "Rôle modifié",
        [AssignmentChanged] = "Rattachement modifié",
        [PersonalDataExported] = "Export des données personnelles",
        [AccountDeleted] = "Compte supprimé",
        [RegistrationAttemptOnExistingAddress] = "Inscription tentée avec une adresse existante",
        [AdministratorAction] = "Action d'administration",
        [ForgedHost] = "Requête refusée (hôte inconnu)",
        [ExternalSignInRefused] = "Connexion par un fournisseur d'identité refusée",
        [IdentityLinked] = "Identité externe liée (FranceConnect, ProConnect…)",
        [IdentityUnlinked] = "Identité externe retirée",
    };

    public static string Label(string kind) => Labels.TryGetValue(kind, out var label) ? label : kind;
}
