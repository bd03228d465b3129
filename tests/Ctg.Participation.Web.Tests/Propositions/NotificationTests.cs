using Ctg.Participation.Notifications;
using Ctg.Participation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Ctg.Participation.Web.Tests.Propositions.ProposalScenario;

namespace Ctg.Participation.Web.Tests.Propositions;

public sealed class NotificationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Follower_gets_one_daily_digest_listing_the_comments_and_the_unread_count_in_the_header()
    {
        using var resident = await SignedInAsync(factory, Resident);
        var title = "Un espace de jeux couvert " + Guid.NewGuid().ToString("N")[..6];
        var id = await PublishAsync(factory, resident, title: title);
        var unreadBefore = await UnreadAsync(Resident);
        using var member = await SignedInAsync(factory, NetworkMember);
        await member.SubmitAsync($"/propositions/{id}", new Dictionary<string, string> { ["Comment.Body"] = "Très bonne idée pour l'hiver." }, handler: "Commenter");
        await member.SubmitAsync($"/propositions/{id}", new Dictionary<string, string> { ["Comment.Body"] = "Et aussi pour les jours de pluie." }, handler: "Commenter");

        Assert.DoesNotContain(factory.Mailbox.MessagesTo(Resident), m => (m.TextBody ?? "").Contains(title));
        Assert.Contains($"Notifications ({unreadBefore + 2} non lues)", (await resident.GetAsync("/propositions")).Html);
        // The digest is due: the last one went out more than a day ago.
        var residentId = await QueryAsync(factory, db => db.Users.Where(u => u.Email == Resident).Select(u => u.Id).FirstAsync());
        await QueryAsync(factory, db => db.NotificationPreferences.Where(p => p.UserId == residentId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.LastDigestAt, DateTimeOffset.UtcNow.AddDays(-2))));
        var mailsBefore = factory.Mailbox.MessagesTo(Resident).Count;

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var digest = scope.ServiceProvider.GetRequiredService<NotificationDigest>();
            Assert.True(await digest.RunAsync() >= 1);
            // Run again at once: nothing is due, nothing is sent twice.
            await digest.RunAsync();
        }

        var mails = factory.Mailbox.MessagesTo(Resident).Skip(mailsBefore).ToList();
        var mail = Assert.Single(mails);
        Assert.Contains("récapitulatif du jour", mail.Subject);
        Assert.Equal(2, (mail.TextBody ?? "").Split($"Nouveau commentaire sur la proposition « {title} »").Length - 1);
        Assert.Contains($"/propositions/{id}#commentaire-", mail.TextBody);
    }

    private Task<int> UnreadAsync(string email) =>
        QueryAsync(factory, db => db.Notifications.CountAsync(n => n.User!.Email == email && n.ReadAt == null));

    [Fact]
    public async Task Person_who_chose_immediate_mail_receives_each_notification_at_once()
    {
        using var member = await SignedInAsync(factory, NetworkMember);
        var saved = await member.SubmitAsync("/compte/notifications", new Dictionary<string, string> { ["Input.Frequency"] = "Immediately" }, handler: "Frequence");
        Assert.True(saved.IsRedirect);
        var id = await PublishAsync(factory, member, title: "Un café des parents à Guillaumes");
        using var resident = await SignedInAsync(factory, Resident);

        await resident.SubmitAsync($"/propositions/{id}", new Dictionary<string, string> { ["Comment.Body"] = "Je viendrai avec plaisir." }, handler: "Commenter");

        var mail = await factory.Mailbox.LatestToAsync(NetworkMember);
        Assert.Contains("Nouveau commentaire", mail.Subject);
    }

    [Fact]
    public async Task Coordinators_get_one_summary_of_pending_reports_for_their_ctg_only()
    {
        using var resident = await SignedInAsync(factory, Resident);
        var id = await PublishAsync(factory, resident, title: "Une proposition signalée");
        using var member = await SignedInAsync(factory, NetworkMember);
        await member.SubmitAsync($"/propositions/{id}/signaler", new Dictionary<string, string> { ["Input.Reason"] = "Spam" });
        var before = await QueryAsync(factory, db => db.Notifications.CountAsync(n => n.Link == "/coordination/alpes-d-azur/moderation"));

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Ctg.Participation.Proposals.ProposalModeration>().NotifyPendingReportsAsync();
        }

        var summaries = await QueryAsync(factory, db => db.Notifications.Where(n => n.Link == "/coordination/alpes-d-azur/moderation").OrderBy(n => n.Id)
            .Select(n => new { n.User!.Email, n.Text }).ToListAsync());
        var added = Assert.Single(summaries.Skip(before));
        Assert.Equal(Coordinator, added.Email);
        Assert.Contains("signalement(s) attendent votre décision", added.Text);
    }
}
