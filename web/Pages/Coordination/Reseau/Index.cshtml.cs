using Ctg.Participation.DepartmentNetwork;
using Ctg.Participation.Web.DepartmentNetwork;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Coordination.Reseau;

/// <summary>The department network's home: the library of shared supports (filtered), the events, the wall.</summary>
[Authorize(Policy = DepartmentNetworkPermissions.Take)]
public sealed class IndexModel(SupportLibrary library, NetworkEvents events) : PageModel
{
    /// <summary>Filters, from the query string ?type=…&amp;axe=…&amp;ctg=….</summary>
    public SupportKind? Kind { get; private set; }
    public string? Axis { get; private set; }
    public int? Ctg { get; private set; }

    public IReadOnlyList<SupportLibrary.Item> Supports { get; private set; } = [];
    public IReadOnlyList<NetworkEvents.Summary> Events { get; private set; } = [];
    public IReadOnlyList<string> AxisNames { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> Conventions { get; private set; } = [];
    public bool CanOrganise { get; private set; }
    public bool Filtered => Kind is not null || !string.IsNullOrEmpty(Axis) || Ctg is not null;

    public async Task OnGetAsync(SupportKind? type, string? axe, int? ctg)
    {
        var ct = HttpContext.RequestAborted;
        var actor = User.NetworkActor();
        (Kind, Axis, Ctg) = (type is { } t && Enum.IsDefined(t) ? t : null, axe, ctg);
        Supports = await library.ListAsync(new SupportLibrary.Filter(Kind, Axis, Ctg), ct);
        Events = await events.ListAsync(actor.UserId, ct);
        AxisNames = await library.AxisNamesAsync(ct);
        Conventions = await library.OriginChoicesAsync(actor with { Roles = DepartmentNetworkPermissions.OrganiserRoles }, ct);
        CanOrganise = actor.IsOrganiser;
    }
}
