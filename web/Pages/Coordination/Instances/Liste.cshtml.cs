using Ctg.Participation.Conventions;
using Ctg.Participation.Governance;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ctg.Participation.Web.Pages.Coordination.Instances;

/// <summary>A CTG's meetings: the next ones, then the past ones a page at a time; the year chooser of the annual report.</summary>
public sealed class ListeModel(ConventionDirectory directory, IAuthorizationService authorization, MeetingReader book, AnnualReports reports)
    : InstancesPageModel(directory, authorization)
{
    public IReadOnlyList<MeetingReader.ListItem> Upcoming { get; private set; } = [];
    public IReadOnlyList<MeetingReader.ListItem> Past { get; private set; } = [];
    public MeetingReader.Cursor? Next { get; private set; }
    public (int First, int Last) Years { get; private set; }

    [BindProperty(SupportsGet = true, Name = "annee")] public string? Year { get; set; }

    public async Task<IActionResult> OnGetAsync(string ctg, string? avant)
    {
        if (!await LoadConventionAsync(ctg)) return NotFound();
        var before = MeetingReader.Cursor.Parse(avant);
        if (avant is not null && before is null) return BadRequest();
        var ct = HttpContext.RequestAborted;
        Years = reports.Years(Convention);
        if (before is null) Upcoming = (await book.ListAsync(Convention.Id, upcoming: true, null, ct)).Items;
        (Past, Next) = await book.ListAsync(Convention.Id, upcoming: false, before, ct);
        return Page();
    }

    /// <summary>The year chooser: a year outside the CTG's period is refused beside the field.</summary>
    public async Task<IActionResult> OnGetBilanAsync(string ctg)
    {
        if (!await LoadConventionAsync(ctg)) return NotFound();
        if (int.TryParse(Year, out var year) && reports.IsValidYear(Convention, year)) return RedirectToPage("/Coordination/Bilan/Index", new { ctg, year });
        var (first, last) = reports.Years(Convention);
        ModelState.AddModelError("annee", $"Choisissez une année entre {first} et {last}.");
        return await OnGetAsync(ctg, null);
    }
}
