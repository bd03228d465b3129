using Ctg.Participation.Conventions;
using Ctg.Participation.Cooperation;
using Ctg.Participation.Cooperation.Journal;
using Ctg.Participation.Csv;
using Ctg.Participation.Web.Common;
using Ctg.Participation.Web.Extensions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Ctg.Participation.Web.Pages.Coordination.Journal;

/// <summary>
/// The CTG's journal de coopération: entries newest first, filtered by period, kind, axis, partner (and nature, from
/// the referential page), exported as CSV. Coordinators of the CTG write; Caf advisors read.
/// </summary>
[Authorize(Policy = ConventionPermissions.ReadBackOffice)]
public sealed class IndexModel(ConventionDirectory directory, IAuthorizationService authorization, CooperationJournal journal, DocumentStore documents)
    : CooperationPage(directory, authorization)
{
    public JournalFilter Filter { get; private set; } = new(null, null, null, null, null, null);
    public IReadOnlyList<CooperationJournal.Line> Lines { get; private set; } = [];
    public int Total { get; private set; }
    public IReadOnlyList<SelectListItem> Kinds { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Axes { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Partners { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string ctg, string? du, string? au, string? type, int? axe, int? partenaire, int? nature)
    {
        if (!await LoadConventionAsync(ctg)) return NotFound();
        var (filter, problems) = JournalFilter.Parse(du, au, type, axe, partenaire, nature);
        Filter = filter;
        await LoadChoicesAsync();
        foreach (var p in problems) ModelState.AddModelError(p.Field, p.Message);
        if (problems.Count == 0) (Lines, Total) = await journal.ListAsync(Convention.Id, filter, HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(string ctg, string? du, string? au, string? type, int? axe, int? partenaire, int? nature)
    {
        if (!await LoadConventionAsync(ctg)) return NotFound();
        var (filter, problems) = JournalFilter.Parse(du, au, type, axe, partenaire, nature);
        if (problems.Count > 0 || TableDownload.Format(Request) is not { } format) return BadRequest();
        return await TableDownload.SendAsync(HttpContext, format, $"journal-cooperation-{Convention.Slug}", "Journal", CsvConventions.People,
            (table, ct) => journal.ExportAsync(Convention.Id, filter, table, ct));
    }

    public async Task<IActionResult> OnGetPieceAsync(string ctg, int id)
    {
        if (!await LoadConventionAsync(ctg)) return NotFound();
        return Download(await journal.AttachmentAsync(Convention.Id, id, HttpContext.RequestAborted), documents);
    }

    public async Task<IActionResult> OnPostSupprimerAsync(string ctg, int id)
    {
        if (!await LoadConventionAsync(ctg)) return NotFound();
        if (!CanManage) return Forbid();
        if (!await journal.DeleteAsync(Convention.Id, User.Actor(), id, HttpContext.RequestAborted)) return NotFound();
        TempData["Message"] = "L'entrée est supprimée du journal.";
        return RedirectToPage("/Coordination/Journal/Index", new { ctg = Convention.Slug });
    }

    private async Task LoadChoicesAsync()
    {
        var options = await journal.FormOptionsAsync(Convention, ct: HttpContext.RequestAborted);
        Kinds = [new("Tous les types", ""), .. CooperationKinds.All.Select(k => new SelectListItem(k.Label(), k.ToString(), Filter.Kind == k))];
        Axes = [new("Tous les axes", ""), .. options.Axes.Select(a => new SelectListItem(a.Label, a.Id.ToString(), Filter.AxisId == a.Id))];
        Partners = [new("Tous les partenaires", ""), .. options.Partners.Select(p => new SelectListItem(p.Label, p.Id.ToString(), Filter.PartnerId == p.Id))];
    }
}
