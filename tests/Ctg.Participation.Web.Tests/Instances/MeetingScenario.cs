using Ctg.Participation.Conventions;
using Ctg.Participation.Governance;
using Ctg.Participation.Indicators;
using Ctg.Participation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Ctg.Participation.Web.Tests.Propositions.ProposalScenario;

namespace Ctg.Participation.Web.Tests.Instances;

/// <summary>Shared steps: plan a meeting of alpes-d-azur through the form, read indicators through the catalogue.</summary>
public static class MeetingScenario
{
    public const string Meetings = "/coordination/alpes-d-azur/instances";

    public static string Local(DateTime local) => local.ToString("yyyy-MM-dd'T'HH:mm");

    /// <summary>The form of a Copil of alpes-d-azur held a few hours ago, inviting its first two partners.</summary>
    public static async Task<Dictionary<string, string>> CopilFormAsync(PortalFactory factory, string title, int hoursAgo = 3)
    {
        var ids = await QueryAsync(factory, async db => new
        {
            Body = await db.GovernanceBodies.Where(b => b.Convention!.Slug == "alpes-d-azur" && b.Kind == GovernanceBodyKind.ComiteDePilotage).Select(b => b.Id).FirstAsync(),
            Partners = await db.ConventionPartners.Where(p => p.Convention!.Slug == "alpes-d-azur").OrderBy(p => p.PartnerId).Select(p => p.PartnerId).Take(2).ToListAsync(),
        });
        var start = MeetingRules.ToLocal(DateTimeOffset.UtcNow.AddHours(-hoursAgo));
        return new Dictionary<string, string>
        {
            ["Input.Kind"] = nameof(MeetingKind.ComiteDePilotage), ["Input.Title"] = title, ["Input.Starts"] = Local(start), ["Input.Ends"] = Local(start.AddHours(2)),
            ["Input.Place"] = "Salle du conseil, Puget-Théniers", ["Input.GovernanceBodyId"] = ids.Body.ToString(),
            ["Input.PartnerIds"] = ids.Partners[0].ToString(), ["Input.People"] = "Marie Durand", ["Input.Agenda"] = "Bilan d'étape",
        }.Concat([new KeyValuePair<string, string>("Input.PartnerIds", ids.Partners[1].ToString())])
         .GroupBy(p => p.Key).ToDictionary(g => g.Key, g => string.Join(",", g.Select(p => p.Value)));
    }

    /// <summary>Posts the planning form (several partners become repeated fields) and returns the new meeting's id.</summary>
    public static async Task<PortalClient.Page> PlanAsync(PortalClient client, Dictionary<string, string> form)
    {
        var page = await client.GetAsync(Meetings + "/nouvelle");
        var fields = form.SelectMany(f => f.Key is "Input.PartnerIds" or "Input.Contributions"
            ? f.Value.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(v => new KeyValuePair<string, string>(f.Key, v))
            : [f]).ToList();
        fields.Add(new("__RequestVerificationToken", page.AntiforgeryToken!));
        using var response = await client.Http.PostAsync(Meetings + "/nouvelle", new FormUrlEncodedContent(fields));
        return await PortalClient.Page.ReadAsyncForTests(response);
    }

    public static int MeetingIdIn(string location) => int.Parse(location.TrimEnd('/').Split('/')[^1]);

    public static async Task<Dictionary<string, decimal?>> IndicatorsAsync(PortalFactory factory, DateOnly from)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Data.PortalDbContext>();
        var ctg = await db.Conventions.Where(c => c.Slug == "alpes-d-azur").Select(c => c.Id).SingleAsync();
        var values = await scope.ServiceProvider.GetRequiredService<IndicatorCatalogue>()
            .ComputeAsync(new IndicatorScope(ctg, from, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(1))));
        return values.ToDictionary(v => v.Definition.Code, v => v.Value.Value);
    }
}
