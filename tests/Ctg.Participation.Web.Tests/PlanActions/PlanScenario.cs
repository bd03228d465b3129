using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Ctg.Participation.Testing;
using Microsoft.EntityFrameworkCore;
using static Ctg.Participation.Web.Tests.Propositions.ProposalScenario;

namespace Ctg.Participation.Web.Tests.PlanActions;

/// <summary>Shared steps for the action plan: fill the fiche form, upload a CSV the way a browser does.</summary>
public static partial class PlanScenario
{
    public const string Plan = "/coordination/alpes-d-azur/plan";

    private static int next = 100;

    /// <summary>A fiche number no other test of this host uses (the demo plan takes 1 to 6).</summary>
    public static int FreshNumber() => Interlocked.Increment(ref next) * 10 + Random.Shared.Next(10);

    public static async Task<Dictionary<string, string>> FicheAsync(PortalFactory factory, int number, string title, string axisSlug = "parentalite",
        string status = "InProgress", string progress = "30", string start = "2025-01-15", string due = "2030-12-31")
    {
        var axis = await QueryAsync(factory, db => db.Axes.Where(a => a.Convention!.Slug == "alpes-d-azur" && a.Slug == axisSlug).Select(a => a.Id).FirstAsync());
        return new Dictionary<string, string>
        {
            ["Input.Number"] = number.ToString(), ["Input.Title"] = title, ["Input.AxisId"] = axis.ToString(),
            ["Input.Finality"] = "Ouvrir un lieu d'accueil pour les familles.", ["Input.StartDate"] = start, ["Input.DueDate"] = due,
            ["Input.Status"] = status, ["Input.Progress"] = progress,
        };
    }

    public static async Task<int> CreateFicheAsync(PortalFactory factory, PortalClient coordinator, string title, string status = "InProgress", string due = "2030-12-31")
    {
        var number = FreshNumber();
        var saved = await coordinator.SubmitAsync($"{Plan}/fiche", await FicheAsync(factory, number, title, status: status, due: due));
        Assert.True(saved.IsRedirect, $"Saving the fiche failed: {saved.Status} {saved.ErrorText}");
        Assert.EndsWith($"/plan/{number}", saved.Location);
        return number;
    }

    /// <summary>Posts a file to the import form with the page's antiforgery token, as a browser without JavaScript would.</summary>
    public static async Task<PortalClient.Page> UploadAsync(PortalClient client, string url, string fileName, byte[] content)
    {
        var form = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, form.Status);
        using var body = new MultipartFormDataContent();
        body.Add(new StringContent(form.AntiforgeryToken!), "__RequestVerificationToken");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        body.Add(file, "fichier", fileName);
        using var response = await client.Http.PostAsync(url, body);
        return await PortalClient.Page.ReadAsyncForTests(response);
    }

    public static byte[] Utf8WithBom(string text) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];

    public static string PageText(PortalClient.Page page) => WebUtility.HtmlDecode(Regex.Replace(page.Html, "<.*?>", " "));
}
