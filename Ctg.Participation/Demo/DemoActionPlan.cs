using Ctg.Participation.ActionPlan;
using Ctg.Participation.Common;
using Ctg.Participation.Data;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Demo;

/// <summary>
/// A demo action plan for the Alpes d'Azur CTG: six fiches, one late and one blocked, so the coordinator's desk, the
/// Copil alerts and the public page have something to show. Seeded once, when the CTG has no plan yet.
/// </summary>
public static class DemoActionPlan
{
    public const string ConventionSlug = "alpes-d-azur";

    public static async Task SeedAsync(PortalDbContext db, TimeProvider clock, CancellationToken ct = default)
    {
        var convention = await db.Conventions.Where(c => c.Slug == ConventionSlug).Select(c => new { c.Id }).FirstOrDefaultAsync(ct);
        if (convention is null || await db.PlanActions.AnyAsync(a => a.ConventionId == convention.Id, ct)) return;
        var axes = await db.Axes.Where(a => a.ConventionId == convention.Id).ToDictionaryAsync(a => a.Name, a => a.Id, ct);
        var caf = await db.ConventionPartners.Where(p => p.ConventionId == convention.Id && p.Partner!.Kind == Conventions.PartnerKind.Caf)
            .Select(p => p.PartnerId).FirstAsync(ct);
        var now = clock.GetUtcNow();
        var today = PortalTime.DayOf(now);

        PlanAction Fiche(int number, string title, string axis, string finality, PlanActionStatus status, int progress, DateOnly start, DateOnly due) => new()
        {
            ConventionId = convention.Id, Number = number, Title = title, AxisId = axes[axis], Finality = finality, Status = status, Progress = progress,
            StartDate = start, DueDate = due, UpdatedAt = now, Services = "Chargée de coopération CTG — Communauté de communes Alpes d'Azur",
            Partners = [new PlanActionPartner { PartnerId = caf }],
        };

        var actions = new List<PlanAction>
        {
            Fiche(1, "Ouvrir un relais petite enfance itinérant", "Petite enfance",
                "Offrir aux parents et aux assistantes maternelles des villages un lieu d'information et d'échanges à moins de vingt minutes.",
                PlanActionStatus.InProgress, 60, today.AddMonths(-10), today.AddMonths(4)),
            Fiche(2, "Créer un accueil de loisirs intercommunal l'été", "Enfance-jeunesse",
                "Proposer aux 6-11 ans des vallées un accueil de loisirs pendant les vacances d'été.",
                PlanActionStatus.InProgress, 40, today.AddMonths(-12), today.AddMonths(-2)),
            Fiche(3, "Lieu d'accueil enfants-parents à Puget-Théniers", "Parentalité",
                "Ouvrir un lieu d'accueil enfants-parents le samedi matin.",
                PlanActionStatus.Blocked, 25, today.AddMonths(-8), today.AddMonths(6)),
            Fiche(4, "Point numérique dans chaque France services", "Accès aux droits et inclusion numérique",
                "Accompagner les familles dans leurs démarches en ligne auprès de la Caf et des autres organismes.",
                PlanActionStatus.Done, 100, today.AddMonths(-18), today.AddMonths(-3)),
            Fiche(5, "Diagnostic partagé de l'animation de la vie sociale", "Animation de la vie sociale",
                "Préparer l'agrément d'un espace de vie sociale sur le haut pays.",
                PlanActionStatus.ToStart, 0, today.AddMonths(2), today.AddMonths(14)),
            Fiche(6, "Structurer la fonction de chargé(e) de coopération territoriale", "Animation de la vie sociale",
                "Faire du/de la chargé(e) de coopération territoriale le pivot de la gouvernance CTG, garant de son pilotage et de son évolution.",
                PlanActionStatus.InProgress, 50, today.AddMonths(-20), today.AddMonths(10)),
        };
        actions[1].Notes.Add(new PlanActionNote { WrittenOn = today.AddMonths(-3), Text = "Le recrutement des animateurs a pris du retard.", IsPublic = true, CreatedAt = now });
        actions[1].Notes.Add(new PlanActionNote { WrittenOn = today.AddMonths(-2), Text = "Désaccord entre deux communes sur la prise en charge du transport.", IsPublic = false, CreatedAt = now });
        actions[2].Notes.Add(new PlanActionNote { WrittenOn = today.AddMonths(-1), Text = "En attente d'une salle municipale adaptée.", IsPublic = true, CreatedAt = now });
        actions[5].Indicators.Add(new PlanIndicator
        {
            Label = "Nombre d'instances de gouvernance animées par an", Baseline = 2, Target = 6,
            Measurements = [new PlanMeasurement { MeasuredOn = today.AddMonths(-6), Value = 4 }],
        });
        db.PlanActions.AddRange(actions);
        db.NewsPosts.AddRange(
            new News.NewsPost
            {
                ConventionId = convention.Id, Title = "Le relais petite enfance itinérant passe dans huit villages", IsPublished = true,
                BodyHtml = "<p>Depuis septembre, le relais petite enfance se déplace chaque mercredi dans un village différent.</p><ul><li>Puget-Théniers</li><li>Guillaumes</li><li>Beuil</li></ul>",
                CreatedAt = now.AddDays(-20), PublishedAt = now.AddDays(-20),
            },
            new News.NewsPost
            {
                ConventionId = convention.Id, Title = "Comité de pilotage : le plan d'actions à mi-parcours", IsPublished = true,
                BodyHtml = "<p>Le comité de pilotage a fait le point sur les six fiches actions. <strong>Deux demandent une attention particulière</strong> : l'accueil de loisirs d'été et le lieu d'accueil enfants-parents.</p>",
                CreatedAt = now.AddDays(-5), PublishedAt = now.AddDays(-5),
            });
        await db.SaveChangesAsync(ct);
    }
}
