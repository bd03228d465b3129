using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Ctg.Participation.Web.Accounts;

/// <summary>Puts each Identity error beside the field it is about, so the person sees it where they typed.</summary>
public static class IdentityErrors
{
    public static void AddTo(ModelStateDictionary modelState, IdentityResult result, string emailField = "Input.Email", string passwordField = "Input.Password")
    {
        foreach (var error in result.Errors)
        {
            var field = error.Code switch
            {
                _ when error.Code.StartsWith("Password", StringComparison.Ordinal) || error.Code is "CommonPassword" => passwordField,
                "DuplicateEmail" or "DuplicateUserName" or "InvalidEmail" or "InvalidUserName" => emailField,
                _ => "",
            };
            // Both duplicate codes say the same thing: show it once.
            if (modelState.TryGetValue(field, out var entry) && entry.Errors.Any(e => e.ErrorMessage == error.Description)) continue;
            modelState.AddModelError(field, error.Description);
        }
    }
}
