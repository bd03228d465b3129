using System.Security.Claims;
using Ctg.Participation.Common;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Ctg.Participation.Web.Common;

/// <summary>What every page model of every feature needs: who is signed in, and the library's messages beside the fields.</summary>
public static class PageHelpers
{
    public static string? UserId(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);

    public static Actor Actor(this ClaimsPrincipal user) =>
        new(user.UserId() ?? "", user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList());

    /// <summary>Puts the library's French messages beside their fields ("Title" → "Input.Title"; "" → the whole form).</summary>
    public static void AddErrors(this ModelStateDictionary modelState, string prefix, IReadOnlyDictionary<string, string> errors)
    {
        foreach (var (field, message) in errors) modelState.AddModelError(Key(prefix, field), message);
    }

    /// <summary>The same for a list of problems (a field may have several).</summary>
    public static void AddErrors(this ModelStateDictionary modelState, string prefix, IEnumerable<FieldProblem> problems)
    {
        foreach (var p in problems) modelState.AddModelError(Key(prefix, p.Field), p.Message);
    }

    private static string Key(string prefix, string field) => field.Length == 0 ? "" : prefix.Length == 0 ? field : $"{prefix}.{field}";
}
