using Ctg.Participation.Indicators;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Indicateurs;

/// <summary>The open data page: the files, and the schema of every field (name, type, meaning).</summary>
public sealed class DonneesOuvertesModel(IndicatorReport report, StatisticalSecrecy secrecy, OpenData openData) : PageModel
{
    public IReadOnlyList<IndicatorDefinition> Definitions { get; private set; } = [];
    public IReadOnlyList<int> Years { get; private set; } = [];
    public int Threshold => secrecy.Threshold;

    public async Task OnGetAsync()
    {
        Definitions = report.Definitions;
        Years = await openData.YearsAsync(HttpContext.RequestAborted);
    }
}
