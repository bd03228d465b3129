using Ctg.Participation.Data;
using Ctg.Participation.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Ctg.Participation.Accounts;

/// <summary>
/// CNIL's guidance for an inactive account: warn the person, then delete it. An account unused for two years, minus
/// the notice period, gets a mail; it is deleted once two years have passed and the notice period has run since the
/// mail. Coming back in between cancels everything (<see cref="AccountActivity"/>). Public contributions stay, shown
/// under <see cref="FormerParticipant.DisplayName"/>.
/// </summary>
public sealed class InactiveAccountSweeper(
    PortalDbContext db,
    UserManager<PortalUser> users,
    IMailSender mail,
    TimeProvider clock,
    ILogger<InactiveAccountSweeper> logger)
{
    public static readonly TimeSpan InactivityLimit = TimeSpan.FromDays(730);
    public static readonly TimeSpan NoticePeriod = TimeSpan.FromDays(30);
    private const int BatchSize = 200;

    public sealed record Outcome(int Warned, int Deleted);

    public async Task<Outcome> RunAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var warnBefore = now - (InactivityLimit - NoticePeriod);
        var deleteBefore = now - InactivityLimit;
        var noticeGivenBefore = now - NoticePeriod;

        var warned = 0;
        while (true)
        {
            var batch = await db.Users
                .Where(u => u.LastSeenAt <= warnBefore && u.InactivityWarningSentAt == null)
                .OrderBy(u => u.LastSeenAt).Take(BatchSize).ToListAsync(ct);
            if (batch.Count == 0) break;
            foreach (var user in batch)
            {
                if (!string.IsNullOrEmpty(user.Email))
                {
                    var deletionDate = (user.LastSeenAt + InactivityLimit > now + NoticePeriod ? user.LastSeenAt + InactivityLimit : now + NoticePeriod)
                        .ToString("d MMMM yyyy", PortalCulture.French);
                    await mail.SendAsync(new PortalMail(user.Email, "Votre compte Ctg.Participation va être supprimé",
                        $"Bonjour {user.DisplayName},\n\n" +
                        "Vous ne vous êtes pas connecté(e) à Ctg.Participation depuis bientôt deux ans. Pour ne pas garder vos données " +
                        $"plus longtemps que nécessaire, votre compte sera supprimé à partir du {deletionDate}.\n\n" +
                        "Pour le conserver, il suffit de vous connecter avant cette date.\n" +
                        "Vos contributions publiques resteront visibles sous le nom « Ancien participant ».\n"), ct);
                }
                user.InactivityWarningSentAt = now;
                await db.SaveChangesAsync(ct);
                warned++;
            }
        }

        var deleted = 0;
        while (true)
        {
            var batch = await db.Users
                .Where(u => u.LastSeenAt <= deleteBefore && u.InactivityWarningSentAt != null && u.InactivityWarningSentAt <= noticeGivenBefore)
                .OrderBy(u => u.LastSeenAt).Take(BatchSize).ToListAsync(ct);
            if (batch.Count == 0) break;
            foreach (var user in batch)
            {
                var result = await users.DeleteAsync(user);
                if (!result.Succeeded)
                {
                    logger.LogError("Could not delete inactive account {UserId}: {Errors}", user.Id,
                        string.Join("; ", result.Errors.Select(e => e.Description)));
                    return new Outcome(warned, deleted);
                }
                deleted++;
            }
        }

        if (warned + deleted > 0) logger.LogInformation("Inactive accounts: {Warned} warned, {Deleted} deleted", warned, deleted);
        return new Outcome(warned, deleted);
    }
}
