using System.Net;
using Ctg.Participation.Data;
using Ctg.Participation.Demo;
using Ctg.Participation.Security;
using Ctg.Participation.Testing;
using Ctg.Participation.Web.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Ctg.Participation.Web.Tests.Securite.AccountsTestSupport;

namespace Ctg.Participation.Web.Tests.Securite;

/// <summary>The security journal: each event once, no secret in it, read by administrators only, purged after a year.</summary>
public sealed class SecurityJournalTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string JournalUrl = "/coordination/administration/journal-securite";

    [Fact]
    public async Task Each_account_event_is_journaled_once_without_any_secret()
    {
        var user = await CreateConfirmedAccountAsync(factory);
        using var client = factory.CreatePortalClient();
        const string newPassword = "un nouveau mot de passe 2027";

        var failed = await client.SubmitAsync("/compte/connexion", Credentials(user.Email!, "pas le bon"));
        Assert.Equal(HttpStatusCode.OK, failed.Status);
        await client.SignInAsync(user.Email!, Password);
        Assert.True((await client.SubmitAsync("/compte/mot-de-passe", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = Password, ["Input.Password"] = newPassword, ["Input.ConfirmPassword"] = newPassword,
        })).IsRedirect);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/compte/mes-donnees")).Status);
        Assert.True((await client.SubmitAsync("/compte/deconnexion", new Dictionary<string, string>())).IsRedirect);

        var journal = await JournalOfAsync(factory, user.Id);
        Assert.Equal(
            [SecurityEventKinds.SignInFailed, SecurityEventKinds.SignInSucceeded, SecurityEventKinds.PasswordChanged, SecurityEventKinds.PersonalDataExported, SecurityEventKinds.SignedOut],
            journal.Select(e => e.Kind).ToArray());
        foreach (var line in journal)
        {
            Assert.DoesNotContain(Password, line.Detail ?? "");
            Assert.DoesNotContain(newPassword, line.Detail ?? "");
        }
    }

    [Fact]
    public async Task Administrators_read_and_filter_the_journal_and_download_it_as_csv_others_cannot()
    {
        var user = await CreateConfirmedAccountAsync(factory);
        using (var someone = factory.CreatePortalClient())
        {
            await someone.SignInAsync(user.Email!, Password);
            var refused = await someone.GetAsync(JournalUrl);
            Assert.NotEqual(HttpStatusCode.OK, refused.Status);
        }
        using var admin = factory.CreatePortalClient();
        await admin.SignInAsync("admin@ctg-demo.test");

        var filtered = await admin.GetAsync($"{JournalUrl}?type={SecurityEventKinds.SignInSucceeded}&compte={Uri.EscapeDataString(user.Email!)}");
        Assert.Equal(HttpStatusCode.OK, filtered.Status);
        Assert.Contains(user.Email!, filtered.Html);
        Assert.Contains("Connexion réussie", filtered.Html);
        Assert.DoesNotContain("<td>Connexion refusée</td>", filtered.Html);

        using var csv = await admin.Http.GetAsync($"{JournalUrl}?handler=Csv&compte={Uri.EscapeDataString(user.Email!)}");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.StartsWith("\uFEFFdate;evenement;compte;auteur;reseau;detail", text);
        Assert.Contains("Connexion réussie;" + user.Email, text);

        var badDate = await admin.GetAsync($"{JournalUrl}?du=hier");
        Assert.Equal(HttpStatusCode.OK, badDate.Status);
        Assert.Contains("n'est pas valide", WebUtility.HtmlDecode(badDate.Html));
    }

    [Fact]
    public async Task Lines_older_than_a_year_are_purged_by_the_daily_job()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            db.SecurityEvents.AddRange(
                new SecurityEvent { OccurredAt = DateTimeOffset.UtcNow.AddDays(-400), Kind = SecurityEventKinds.SignInFailed, Detail = "ancienne-ligne" },
                new SecurityEvent { OccurredAt = DateTimeOffset.UtcNow.AddDays(-300), Kind = SecurityEventKinds.SignInFailed, Detail = "ligne-recente" });
            await db.SaveChangesAsync();
        }
        var job = ActivatorUtilities.CreateInstance<SecurityJournalPurgeJob>(factory.Services);

        var deleted = await job.RunOnceAsync();
        var again = await job.RunOnceAsync();

        Assert.True(deleted >= 1);
        Assert.Null(again); // the day's lease is taken: no second run, on this instance or another
        await using var check = factory.Services.CreateAsyncScope();
        var details = await check.ServiceProvider.GetRequiredService<PortalDbContext>().SecurityEvents.Select(e => e.Detail).ToListAsync();
        Assert.DoesNotContain("ancienne-ligne", details);
        Assert.Contains("ligne-recente", details);
    }
}
