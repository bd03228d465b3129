using Microsoft.AspNetCore.Identity;

namespace Ctg.Participation.Accounts;

/// <summary>
/// Beyond length (12 characters, set in the Identity options): refuse the passwords attackers try first and those that
/// repeat the account's own email or name. Length and a deny-list beat composition rules (ANSSI, NIST SP 800-63B).
/// </summary>
public sealed class PortalPasswordValidator : IPasswordValidator<PortalUser>
{
    private static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        "123456789012", "azertyuiop12", "motdepasse123", "motdepasse1234", "password1234", "passwordpassword",
        "azertyazerty", "qwertyqwerty", "000000000000", "111111111111", "123123123123", "azerty123456",
        "bonjour12345", "soleil123456", "marseille1234", "motdepassemotdepasse", "jetaime123456", "administrateur",
    };

    public Task<IdentityResult> ValidateAsync(UserManager<PortalUser> manager, PortalUser user, string? password)
    {
        if (string.IsNullOrEmpty(password)) return Task.FromResult(IdentityResult.Success);

        var errors = new List<IdentityError>();
        if (Common.Contains(password) || password.Distinct().Count() <= 3)
        {
            errors.Add(new IdentityError { Code = "CommonPassword", Description = "Ce mot de passe est trop courant : choisissez-en un autre, par exemple une phrase de plusieurs mots." });
        }
        var localPart = user.Email?.Split('@')[0];
        if ((localPart is { Length: >= 4 } && password.Contains(localPart, StringComparison.OrdinalIgnoreCase)) ||
            (user.DisplayName is { Length: >= 4 } && password.Contains(user.DisplayName, StringComparison.OrdinalIgnoreCase)))
        {
            errors.Add(new IdentityError { Code = "PasswordContainsIdentity", Description = "Le mot de passe ne doit pas reprendre votre adresse ni votre nom." });
        }
        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }
}
