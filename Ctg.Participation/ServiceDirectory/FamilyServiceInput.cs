using System.ComponentModel.DataAnnotations;
using Ctg.Participation.ActionPlan;
using Ctg.Participation.Common;

namespace Ctg.Participation.ServiceDirectory;

/// <summary>A directory entry as typed in the back-office form or read from a CSV row.</summary>
public sealed class FamilyServiceInput
{
    public string? Name { get; set; }
    public FamilyServiceKind Kind { get; set; }
    public int? MunicipalityId { get; set; }
    public int? AxisId { get; set; }
    public string? Address { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Website { get; set; }
    public string? OpeningHours { get; set; }
    public string? Accessibility { get; set; }
    public WheelchairAccess Wheelchair { get; set; }
}

public static class FamilyServiceRules
{
    public const int NameMax = 200, TextMax = 1_000, ShortMax = 300;

    /// <summary>Checks an entry against the CTG's communes and axes; returns the problems (French, per field), none if valid.</summary>
    public static IReadOnlyList<FieldProblem> Check(FamilyServiceInput input, IReadOnlySet<int> municipalityIds, IReadOnlySet<int> axisIds)
    {
        var problems = new List<FieldProblem>();
        var name = PortalText.PlainText(input.Name);
        if (name.Length is < 2 or > NameMax) problems.Add(new(nameof(input.Name), $"Saisissez le nom du service (2 à {NameMax} caractères)."));
        if (!Enum.IsDefined(input.Kind)) problems.Add(new(nameof(input.Kind), "Choisissez le type de service."));
        if (input.MunicipalityId is not { } m || !municipalityIds.Contains(m))
            problems.Add(new(nameof(input.MunicipalityId), "Choisissez une commune de cette CTG."));
        if (input.AxisId is { } a && !axisIds.Contains(a)) problems.Add(new(nameof(input.AxisId), "Choisissez un axe de cette CTG."));
        if (!string.IsNullOrWhiteSpace(input.Email) && (input.Email.Trim().Length > 254 || !new EmailAddressAttribute().IsValid(input.Email.Trim())))
            problems.Add(new(nameof(input.Email), "L'adresse électronique n'est pas valide."));
        if (!string.IsNullOrWhiteSpace(input.Website)
            && !(Uri.TryCreate(input.Website.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && input.Website.Trim().Length <= ShortMax))
            problems.Add(new(nameof(input.Website), "Le site doit être une adresse web complète (https://…)."));
        if (!string.IsNullOrWhiteSpace(input.Phone) && !System.Text.RegularExpressions.Regex.IsMatch(input.Phone.Trim(), @"^\+?[0-9 .\-()]{6,25}$"))
            problems.Add(new(nameof(input.Phone), "Le numéro de téléphone n'est pas valide (chiffres, espaces, points)."));
        if (!Enum.IsDefined(input.Wheelchair)) problems.Add(new(nameof(input.Wheelchair), "Indiquez l'accès en fauteuil roulant."));
        foreach (var (field, text, max) in new[] { (nameof(input.Address), input.Address, ShortMax), (nameof(input.OpeningHours), input.OpeningHours, TextMax), (nameof(input.Accessibility), input.Accessibility, TextMax) })
        {
            if (text?.Trim().Length > max) problems.Add(new(field, $"Ce texte dépasse {max:N0} caractères."));
        }
        return problems;
    }

    internal static void Apply(FamilyService s, FamilyServiceInput input, int conventionId, DateTimeOffset now)
    {
        s.ConventionId = conventionId;
        s.Name = PortalText.PlainText(input.Name);
        s.Kind = input.Kind;
        s.MunicipalityId = input.MunicipalityId!.Value;
        s.AxisId = input.AxisId;
        s.Address = Clean(input.Address);
        s.Phone = Clean(input.Phone);
        s.Email = Clean(input.Email);
        s.Website = Clean(input.Website);
        s.OpeningHours = ActionRules.LongText(input.OpeningHours);
        s.Accessibility = ActionRules.LongText(input.Accessibility);
        s.Wheelchair = input.Wheelchair;
        s.SortKey = PortalText.ForSearch(s.Name);
        s.SearchText = PortalText.ForSearch(string.Join(' ', s.Name, s.Kind.Label(), s.Address, s.OpeningHours, s.Accessibility));
        s.UpdatedAt = now;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : PortalText.PlainText(text);
}
