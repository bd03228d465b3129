using System.ComponentModel.DataAnnotations;

namespace Ctg.Participation.Web.Accounts;

/// <summary>The one-field form of the pages that only ask for an address (forgotten password, new confirmation link).</summary>
public sealed class EmailInput
{
    [Required(ErrorMessage = "Saisissez votre adresse électronique.")]
    [EmailAddress(ErrorMessage = "Cette adresse électronique n'est pas valide. Format attendu : nom@exemple.fr")]
    public string Email { get; set; } = "";
}
