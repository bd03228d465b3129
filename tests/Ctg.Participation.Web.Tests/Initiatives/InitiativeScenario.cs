using System.Text.RegularExpressions;
using Ctg.Participation.Testing;
using Microsoft.EntityFrameworkCore;
using static Ctg.Participation.Web.Tests.Propositions.ProposalScenario;

namespace Ctg.Participation.Web.Tests.Initiatives;

/// <summary>Shared steps: declare an initiative through the real form, have it validated, route through the desk.</summary>
public static partial class InitiativeScenario
{
    public const string Desk = "/coordination/alpes-d-azur/orientation";
    public const string ParentingGroup = "/groupes/alpes-d-azur/groupe-de-travail-parentalite";

    public static async Task<Dictionary<string, string>> FormAsync(PortalFactory factory, string name)
    {
        var ids = await QueryAsync(factory, async db => new
        {
            Commune = await db.Municipalities.Where(m => m.InseeCode == "06099").Select(m => m.Id).FirstAsync(),
            Axis = await db.Axes.Where(a => a.Convention!.Slug == "alpes-d-azur" && a.Slug == "parentalite").Select(a => a.Id).FirstAsync(),
        });
        return new Dictionary<string, string>
        {
            ["Input.Name"] = name, ["Input.Description"] = "<p>Un café des parents chaque samedi matin à la médiathèque.</p>",
            ["Input.CarrierKind"] = "Association", ["Input.CarrierName"] = "Association Parents Ensemble",
            ["Input.MunicipalityIds"] = ids.Commune.ToString(), ["Input.AxisId"] = ids.Axis.ToString(),
            ["Input.Needs"] = "Room", ["Input.Contact"] = "parents.ensemble@example.org",
        };
    }

    public static async Task<int> DeclareAsync(PortalFactory factory, PortalClient client, string? name = null)
    {
        var created = await client.SubmitAsync("/initiatives/nouvelle?ctg=alpes-d-azur", await FormAsync(factory, name ?? "Café des parents " + Guid.NewGuid().ToString("N")[..6]));
        Assert.True(created.IsRedirect, $"Declaration failed: {created.Status} {created.ErrorText}");
        return int.Parse(IdPattern().Match(created.Location!).Groups[1].Value);
    }

    public static async Task<int> DeclaredAndValidatedAsync(PortalFactory factory, PortalClient author, PortalClient coordinator, string? name = null)
    {
        var id = await DeclareAsync(factory, author, name);
        var validated = await coordinator.SubmitAsync($"/initiatives/{id}", new Dictionary<string, string>(), handler: "Valider");
        Assert.True(validated.IsRedirect, $"Validation failed: {validated.Status} {validated.ErrorText}");
        return id;
    }

    public static Task<int> GroupIdAsync(PortalFactory factory, string ctg, string? slug = null) =>
        QueryAsync(factory, db => db.WorkingGroups.Where(g => g.Convention!.Slug == ctg && (slug == null || g.Slug == slug)).Select(g => g.Id).FirstAsync());

    /// <summary>Posts the desk's form with repeated fields (several items, several groups).</summary>
    public static async Task<PortalClient.Page> RouteAsync(PortalClient client, IEnumerable<string> items, IEnumerable<int> groups, string? message = null, string tokenPage = Desk)
    {
        var page = await client.GetAsync(tokenPage);
        var form = items.Select(i => new KeyValuePair<string, string>("Input.Items", i))
            .Concat(groups.Select(g => new KeyValuePair<string, string>("Input.WorkingGroupIds", g.ToString())))
            .Append(new("Input.Message", message ?? ""))
            .Append(new("__RequestVerificationToken", page.AntiforgeryToken ?? ""))
            .ToList();
        using var response = await client.Http.PostAsync(Desk, new FormUrlEncodedContent(form));
        return await PortalClient.Page.ReadAsyncForTests(response);
    }

    [GeneratedRegex(@"/initiatives/(\d+)")]
    private static partial Regex IdPattern();
}
