using System.Globalization;
using Ctg.Participation.Conventions;
using Ctg.Participation.Csv;
using Ctg.Participation.Security;
using Ctg.Participation.Web.Common;
using Ctg.Participation.Web.Extensions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Ctg.Participation.Web.Pages.Coordination;

/// <summary>
/// The security journal, read-only, for administrators: filters by kind, account and dates, and the same lines as CSV.
/// Nothing on this page (or anywhere in the portal) edits or deletes a line.
/// </summary>
[Authorize(Policy = ConventionPermissions.Administer)]
public sealed class AdministrationJournalSecuriteModel(SecurityJournalQuery journal) : PageModel
{
    public const int PageLimit = 500;
    public const int CsvLimit = 50_000;

    [BindProperty(SupportsGet = true, Name = "type")] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true, Name = "compte")] public string? Email { get; set; }
    [BindProperty(SupportsGet = true, Name = "du")] public string? From { get; set; }
    [BindProperty(SupportsGet = true, Name = "au")] public string? To { get; set; }

    public IReadOnlyList<SecurityJournalQuery.Line> Lines { get; private set; } = [];
    public List<SelectListItem> Kinds { get; } = [new("Tous les événements", "")];
    public string? FilterError { get; private set; }
    public string CsvUrl => "/coordination/administration/journal-securite?handler=Csv" + Query();

    public async Task OnGetAsync()
    {
        Kinds.AddRange(SecurityEventKinds.Labels.OrderBy(l => l.Value).Select(l => new SelectListItem(l.Value, l.Key, l.Key == Kind)));
        Lines = await journal.ListAsync(BuildFilter(), PageLimit, HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnGetCsvAsync()
    {
        if (TableDownload.Format(Request) is not { } format) return BadRequest();
        var lines = await journal.ListAsync(BuildFilter(), CsvLimit, HttpContext.RequestAborted);
        Response.Headers.CacheControl = "no-store";
        return await TableDownload.SendAsync(HttpContext, format, $"journal-securite-{DateTime.UtcNow:yyyy-MM-dd}", "Journal de sécurité", CsvConventions.People,
            (table, ct) => SecurityJournalExport.WriteAsync(lines, table, ct));
    }

    private SecurityJournalQuery.Filter BuildFilter()
    {
        var from = ParseDate(From, "du");
        var to = ParseDate(To, "au");
        var kind = !string.IsNullOrEmpty(Kind) && SecurityEventKinds.Labels.ContainsKey(Kind) ? Kind : null;
        return new SecurityJournalQuery.Filter(kind, string.IsNullOrWhiteSpace(Email) ? null : Email.Trim(), from, to);
    }

    private DateOnly? ParseDate(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        FilterError = $"La date « {field} » n'est pas valide (format attendu : jj/mm/aaaa). Elle est ignorée.";
        return null;
    }

    private string Query()
    {
        var parts = new List<string>();
        if (!string.IsNullOrEmpty(Kind)) parts.Add("type=" + Uri.EscapeDataString(Kind));
        if (!string.IsNullOrEmpty(Email)) parts.Add("compte=" + Uri.EscapeDataString(Email));
        if (!string.IsNullOrEmpty(From)) parts.Add("du=" + Uri.EscapeDataString(From));
        if (!string.IsNullOrEmpty(To)) parts.Add("au=" + Uri.EscapeDataString(To));
        return parts.Count == 0 ? "" : "&" + string.Join('&', parts);
    }
}
