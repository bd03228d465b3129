using Ctg.Participation.Accounts;
using Ctg.Participation.Common;
using Ctg.Participation.Conventions;
using Ctg.Participation.Data;
using Ctg.Participation.Governance;
using Ctg.Participation.Indicators;
using Ctg.Participation.Mail;
using Ctg.Participation.Notifications;
using Ctg.Participation.Proposals;
using Ctg.Participation.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ctg.Participation.Reporting;

/// <summary>
/// Demo bilans at every step of their way to the Caf, driven through the real workflow by the demo accounts on a
/// clock set in January of the following year (so the frozen PDFs carry those dates): Alpes d'Azur's last-year bilan returned, answered and acknowledged; Pays de
/// Grasse's transmitted and waiting, and its year before returned « à compléter ». Pays des Paillons sent nothing (late).
/// Only when there is no submission yet (idempotent).
/// </summary>
public sealed class DemoReports(PortalDbContext db, ConventionAccess access, IndicatorCatalogue catalogue, IEnumerable<IReportHighlightSource> highlights,
    PortalHtmlSanitizer sanitizer, IMailSender mail, IOptions<NotificationOptions> options, TimeProvider clock)
{
    public async Task SeedAsync(CancellationToken ct = default)
    {
        if (await db.ReportSubmissions.AnyAsync(ct)) return;
        var year = clock.GetUtcNow().Year - 1;
        var demoClock = new SteppingClock(new DateTimeOffset(year + 1, 1, 8, 9, 0, 0, TimeSpan.Zero));
        var workflow = new ReportWorkflow(db, access, new AnnualReports(db, catalogue, highlights, demoClock), sanitizer,
            new NotificationCentre(db, mail, options, demoClock), demoClock);
        var advisor = await ActorAsync("conseiller.caf@ctg-demo.test", PortalRoles.CafAdvisor, ct);
        var azur = await ConventionAsync("alpes-d-azur", ct);
        var grasse = await ConventionAsync("pays-de-grasse", ct);
        var azurCoordinator = await ActorAsync("coordination.alpes-d-azur@ctg-demo.test", PortalRoles.Coordinator, ct);
        var grasseCoordinator = await ActorAsync("coordination.pays-de-grasse@ctg-demo.test", PortalRoles.Coordinator, ct);
        if (azur is null || grasse is null || advisor is null || azurCoordinator is null || grasseCoordinator is null) return;

        await workflow.SaveTextAsync(azur, year, azurCoordinator, "1",
            "<p>Quatre comités de pilotage préparés et co-animés ; la PMI et la conseillère technique de la Caf ont éclairé les choix sur l'accueil du jeune enfant.</p>", ct);
        await workflow.SaveTextAsync(azur, year, azurCoordinator, null,
            "<p>Une année de mise en route du plan d'action : les groupes de travail se sont réunis régulièrement et les habitants ont été associés à deux réunions publiques.</p>", ct);
        await workflow.TransmitAsync(azur, year, azurCoordinator, null, ct);
        await workflow.ReviewAsync(azur, year, advisor, acknowledge: false, "Merci de préciser la nature des expertises mobilisées en Copil (objectif 1).", ct);
        await workflow.SaveTextAsync(azur, year, azurCoordinator, "1",
            "<p>Quatre comités de pilotage préparés et co-animés. Expertises mobilisées : PMI (accueil du jeune enfant), conseillère technique de la Caf (prestations de service), juriste du centre de gestion (délégation de service public).</p>", ct);
        await workflow.TransmitAsync(azur, year, azurCoordinator, "La nature de chaque expertise est précisée dans l'analyse de l'objectif 1.", ct);
        await workflow.ReviewAsync(azur, year, advisor, acknowledge: true, null, ct);

        await workflow.TransmitAsync(grasse, year, grasseCoordinator, null, ct);
        if (year - 1 >= grasse.PeriodStart.Year)
        {
            await workflow.TransmitAsync(grasse, year - 1, grasseCoordinator, null, ct);
            await workflow.ReviewAsync(grasse, year - 1, advisor, acknowledge: false, "Il manque l'analyse des objectifs 2 et 4 : pouvez-vous les compléter ?", ct);
        }
    }

    /// <summary>A clock that moves eleven hours on at each reading, so every demo step has its own date in January.</summary>
    private sealed class SteppingClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset now = start;

        public override DateTimeOffset GetUtcNow() => now = now.AddHours(11);
    }

    private Task<ConventionSummary?> ConventionAsync(string slug, CancellationToken ct) =>
        db.Conventions.Where(c => c.Slug == slug).Select(ConventionSummary.Projection).FirstOrDefaultAsync(ct);

    private async Task<Actor?> ActorAsync(string email, string role, CancellationToken ct) =>
        await db.Users.Where(u => u.Email == email).Select(u => u.Id).FirstOrDefaultAsync(ct) is { } id ? new Actor(id, [role]) : null;
}
