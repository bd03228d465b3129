using System.Net;
using Ctg.Participation.Conventions;
using Ctg.Participation.Testing;
using Microsoft.EntityFrameworkCore;
using static Ctg.Participation.Web.Tests.Propositions.ProposalScenario;

namespace Ctg.Participation.Web.Tests.Propositions;

/// <summary>
/// The list's filter options are kept in memory (ProposalFilterCatalogue), yet a new axis or commune shows in the
/// filters as soon as its write is committed: the write that evicts the cached pages forgets that copy too.
/// </summary>
public sealed class FilterCatalogueTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_new_axis_and_a_new_commune_show_in_the_list_filters_right_after_the_write()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        using var anonymous = factory.CreatePortalClient();
        var before = await anonymous.GetAsync("/propositions?ctg=alpes-d-azur");
        Assert.Equal(HttpStatusCode.OK, before.Status);
        Assert.DoesNotContain($"Jardins partagés {tag}", before.Html);

        await AddAxisAndCommuneAsync("alpes-d-azur", new Axis { Name = $"Jardins partagés {tag}", Slug = $"jardins-{tag}", Position = 99 },
            new Municipality { Name = $"Village {tag}", InseeCode = "9" + tag[..4], Population = 120 });

        var after = await anonymous.GetAsync("/propositions?ctg=alpes-d-azur");
        Assert.Contains($"<option value=\"jardins-{tag}\">Jardins partagés {tag}</option>", WebUtility.HtmlDecode(after.Html));
        Assert.Contains($"<option value=\"9{tag[..4]}\">Village {tag}</option>", WebUtility.HtmlDecode(after.Html));
        // The new values filter at once too (an unknown one would fall back to « all » and be unselected).
        var filtered = await anonymous.GetAsync($"/propositions?ctg=alpes-d-azur&axe=jardins-{tag}&commune=9{tag[..4]}");
        Assert.Contains($"<option value=\"jardins-{tag}\" selected=\"selected\">", filtered.Html);
        Assert.Contains($"<option value=\"9{tag[..4]}\" selected=\"selected\">", filtered.Html);
        Assert.Contains("Aucune proposition ne correspond", filtered.Html);
    }

    [Fact]
    public async Task A_new_axis_and_a_new_commune_show_in_the_dashboard_filters_right_after_the_write()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        using var signedIn = await SignedInAsync(factory, Resident);
        // Signed in: the page is rendered, never served from the page cache, so only the territory copy could be stale.
        var before = await signedIn.GetAsync("/indicateurs?ctg=pays-de-grasse");
        Assert.Equal(HttpStatusCode.OK, before.Status);
        Assert.DoesNotContain($"Ateliers {tag}", before.Html);

        await AddAxisAndCommuneAsync("pays-de-grasse", new Axis { Name = $"Ateliers {tag}", Slug = $"ateliers-{tag}", Position = 99 },
            new Municipality { Name = $"Hameau {tag}", InseeCode = "8" + tag[..4], Population = 90 });

        var after = await signedIn.GetAsync($"/indicateurs?ctg=pays-de-grasse&axe=ateliers-{tag}&commune=8{tag[..4]}");
        Assert.Equal(HttpStatusCode.OK, after.Status);
        var html = WebUtility.HtmlDecode(after.Html);
        Assert.Contains($"Ateliers {tag}</option>", html);
        Assert.Contains($"Hameau {tag}</option>", html);
        // Both are understood as filters, not refused as unknown.
        Assert.DoesNotContain("n'est pas un axe de la CTG", html);
        Assert.DoesNotContain("n'est pas couverte par la CTG", html);
    }

    /// <summary>An axis and a commune added to the CTG straight in the database, as the administration pages would.</summary>
    private Task<int> AddAxisAndCommuneAsync(string ctg, Axis axis, Municipality commune) => QueryAsync(factory, async db =>
    {
        var convention = await db.Conventions.Where(c => c.Slug == ctg).Select(c => c.Id).FirstAsync();
        axis.ConventionId = convention;
        commune.ConventionId = convention;
        db.Axes.Add(axis);
        db.Municipalities.Add(commune);
        return await db.SaveChangesAsync();
    });
}
