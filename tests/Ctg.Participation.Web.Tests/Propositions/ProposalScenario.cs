using System.Text.RegularExpressions;
using Ctg.Participation.Data;
using Ctg.Participation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Web.Tests.Propositions;

/// <summary>Shared steps: sign in, submit and publish a proposal through the real forms, read the database.</summary>
public static partial class ProposalScenario
{
    public const string Resident = "habitant@ctg-demo.test";
    public const string Coordinator = "coordination.alpes-d-azur@ctg-demo.test";
    public const string OtherCoordinator = "coordination.pays-de-grasse@ctg-demo.test";
    public const string NetworkMember = "membre.reseau@ctg-demo.test";
    public const string CafAdvisor = "conseiller.caf@ctg-demo.test";

    public static async Task<PortalClient> SignedInAsync(PortalFactory factory, string email)
    {
        var client = factory.CreatePortalClient();
        await client.SignInAsync(email);
        return client;
    }

    public static async Task<T> QueryAsync<T>(PortalFactory factory, Func<PortalDbContext, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    public static async Task<Dictionary<string, string>> FormAsync(PortalFactory factory, string title, string body, Guid? key = null)
    {
        var ids = await QueryAsync(factory, async db => new
        {
            Commune = await db.Municipalities.Where(m => m.InseeCode == "06099").Select(m => m.Id).FirstAsync(),
            Axis = await db.Axes.Where(a => a.Convention!.Slug == "alpes-d-azur" && a.Slug == "parentalite").Select(a => a.Id).FirstAsync(),
        });
        return new Dictionary<string, string>
        {
            ["Input.Title"] = title, ["Input.Body"] = body, ["Input.MunicipalityIds"] = ids.Commune.ToString(),
            ["Input.AxisIds"] = ids.Axis.ToString(), ["Input.SubmissionKey"] = (key ?? Guid.NewGuid()).ToString(),
        };
    }

    /// <summary>Submits the new-proposal form and publishes the draft from its preview; returns the proposal id.</summary>
    public static async Task<int> PublishAsync(PortalFactory factory, PortalClient client, string title = "Un lieu d'accueil parents-enfants à Puget-Théniers",
        string body = "<p>Un lieu ouvert le samedi matin pour les parents de jeunes enfants.</p>")
    {
        var created = await client.SubmitAsync("/propositions/nouvelle?ctg=alpes-d-azur", await FormAsync(factory, title, body));
        Assert.True(created.IsRedirect, $"Submission failed: {created.Status} {created.ErrorText}");
        var id = IdIn(created.Location!);
        var published = await client.SubmitAsync($"/propositions/{id}/apercu", new Dictionary<string, string>());
        Assert.True(published.IsRedirect, $"Publishing failed: {published.Status}");
        return id;
    }

    public static int IdIn(string location) => int.Parse(IdPattern().Match(location).Groups[1].Value);

    [GeneratedRegex(@"/propositions/(\d+)")]
    private static partial Regex IdPattern();
}
