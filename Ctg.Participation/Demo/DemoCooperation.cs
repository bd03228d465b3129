using Ctg.Participation.Common;
using Ctg.Participation.Cooperation.Diagnostics;
using Ctg.Participation.Cooperation.Journal;
using Ctg.Participation.Cooperation.Schemes;
using Ctg.Participation.Data;
using Ctg.Participation.Referential;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Demo;

/// <summary>
/// The cooperation officer's year in the Alpes d'Azur CTG, so a newcomer opens a filled Tableau 2: journal entries of
/// every kind (this year and last), a diagnostic validated in Copil and one under way, fiches tagged with schemes, a
/// qualitative text. Seeded once, when the CTG's journal is empty.
/// </summary>
public static class DemoCooperation
{
    public static async Task SeedAsync(PortalDbContext db, TimeProvider clock, CancellationToken ct = default)
    {
        var convention = await db.Conventions.Where(c => c.Slug == DemoActionPlan.ConventionSlug).Select(c => new { c.Id, c.Department, c.PeriodStart }).FirstOrDefaultAsync(ct);
        if (convention is null || await db.Set<CooperationEntry>().AnyAsync(e => e.ConventionId == convention.Id, ct)) return;
        var cid = convention.Id;
        await new CooperationNatures(db).EnsureDefaultsAsync(convention.Department, ct);
        var natures = await db.Set<CooperationNature>().Where(n => n.Department == convention.Department).ToListAsync(ct);
        var partners = await db.ConventionPartners.Where(p => p.ConventionId == cid).OrderBy(p => p.PartnerId).Select(p => p.PartnerId).ToListAsync(ct);
        var axes = await db.Axes.Where(a => a.ConventionId == cid).OrderBy(a => a.Position).Select(a => a.Id).ToListAsync(ct);
        var communes = await db.Municipalities.Where(m => m.ConventionId == cid).OrderBy(m => m.Name).Select(m => m.Id).ToListAsync(ct);
        var meetings = await db.Meetings.Where(m => m.ConventionId == cid).OrderBy(m => m.StartsAt).Select(m => m.Id).ToListAsync(ct);
        var author = await db.Users.Where(u => u.Email == "coordination.alpes-d-azur@ctg-demo.test").Select(u => u.Id).FirstOrDefaultAsync(ct);
        if (partners.Count == 0 || axes.Count == 0) return;
        var now = clock.GetUtcNow();
        var today = PortalTime.DayOf(now);

        int Nature(CooperationKind kind, int index)
        {
            var ofKind = natures.Where(n => n.Kind == kind).OrderBy(n => n.Position).ToList();
            return ofKind[index % ofKind.Count].Id;
        }

        var entries = new List<CooperationEntry>();
        var step = 0;
        // Two entries of every kind this year, one last year: dates spread back from today, never before the period.
        foreach (var kind in CooperationKinds.All)
        {
            var yearStart = new DateOnly(today.Year, 1, 1);
            foreach (var index in new[] { 0, 1, 2 })
            {
                var date = index < 2 ? today.AddDays(-(3 + (step * 13 + index * 29) % 300)) : new DateOnly(today.Year - 1, 1 + step % 12, 10);
                if (index < 2 && date < yearStart) date = yearStart.AddDays((step + index) % today.DayOfYear);
                if (date < convention.PeriodStart) continue;
                entries.Add(new CooperationEntry
                {
                    ConventionId = cid, Date = date, Kind = kind, NatureId = Nature(kind, index + step), AuthorId = author, CreatedAt = now,
                    Note = DemoNote(kind),
                    MeetingId = kind is CooperationKind.Expertise or CooperationKind.ConseilElus && meetings.Count > 0 ? meetings[index % meetings.Count] : null,
                    Partners = [new CooperationEntryPartner { PartnerId = partners[(step + index) % partners.Count] }],
                    Axes = [new CooperationEntryAxis { AxisId = axes[(step + index) % axes.Count] }],
                    Municipalities = communes.Count == 0 ? [] : [new CooperationEntryMunicipality { MunicipalityId = communes[(step + index) % communes.Count] }],
                });
            }
            step++;
        }
        db.Set<CooperationEntry>().AddRange(entries);

        var validated = new SharedDiagnostic
        {
            ConventionId = cid, Title = "Diagnostic partagé petite enfance et parentalité", Scope = DiagnosticScope.Thematique, Status = DiagnosticStatus.ValideEnCopil,
            StartedOn = today.AddDays(-300), ValidatedOn = today.AddDays(-120), CreatedAt = now, UpdatedAt = now,
            PublicSummary = "Les familles des villages de montagne manquent de solutions d'accueil du jeune enfant à moins de vingt minutes.\nLes parents demandent des lieux d'échange entre parents.",
            Axes = axes.Take(2).Select((a, i) => new DiagnosticAxis { AxisId = a, FindingsHtml = i == 0
                ? "<p>Deux tiers des communes n'ont aucun mode d'accueil collectif.</p>" : "<p>Les parents isolés expriment un besoin d'<strong>écoute</strong>.</p>" }).ToList(),
            Partners = partners.Take(3).Select((p, i) => new DiagnosticPartner { PartnerId = p, Role = (DiagnosticPartnerRole)(i % 3) }).ToList(),
            Meetings = meetings.Take(1).Select(m => new DiagnosticMeeting { MeetingId = m }).ToList(),
        };
        var underway = new SharedDiagnostic
        {
            ConventionId = cid, Title = "Diagnostic territorial de l'offre enfance-jeunesse", Scope = DiagnosticScope.Territorial, Status = DiagnosticStatus.EnCours,
            StartedOn = today.AddDays(-45), CreatedAt = now, UpdatedAt = now,
            Axes = axes.Skip(1).Take(1).Select(a => new DiagnosticAxis { AxisId = a }).ToList(),
            Partners = partners.Skip(1).Take(2).Select(p => new DiagnosticPartner { PartnerId = p, Role = DiagnosticPartnerRole.FournisseurDeDonnees }).ToList(),
        };
        db.Set<SharedDiagnostic>().AddRange(validated, underway);

        if (!await db.Set<PolicyScheme>().AnyAsync(s => s.Department == convention.Department, ct))
            db.Set<PolicyScheme>().AddRange(PolicySchemes.Defaults.Select(name => new PolicyScheme { Department = convention.Department, Name = name }));
        await db.SaveChangesAsync(ct);

        var schemes = await db.Set<PolicyScheme>().Where(s => s.Department == convention.Department).OrderBy(s => s.Name).Select(s => s.Id).ToListAsync(ct);
        var actions = await db.PlanActions.Where(a => a.ConventionId == cid).OrderBy(a => a.Number).Select(a => a.Id).ToListAsync(ct);
        for (var i = 0; i < actions.Count && schemes.Count >= 3; i++)
        {
            // Fiches 1, 3, 5… serve two schemes (shared), the others one.
            db.Set<PlanActionScheme>().Add(new PlanActionScheme { ActionId = actions[i], SchemeId = schemes[i % schemes.Count] });
            if (i % 2 == 0) db.Set<PlanActionScheme>().Add(new PlanActionScheme { ActionId = actions[i], SchemeId = schemes[(i + 2) % schemes.Count] });
        }
        db.Set<ReferentialNote>().Add(new ReferentialNote
        {
            ConventionId = cid, LineCode = "T2-3.2-e", Year = today.Year, WrittenById = author, WrittenAt = now,
            Text = "Lors du Copil, les élus et partenaires ont dit mieux connaître les aides de la Caf et du Département ; le baromètre annuel le confirmera.",
        });
        await db.SaveChangesAsync(ct);
    }

    private static string DemoNote(CooperationKind kind) => kind switch
    {
        CooperationKind.Expertise => "Intervention sur l'accueil du jeune enfant en situation de handicap.",
        CooperationKind.RelaisCafPartenaire => "Présentation des financements de la Caf à la commune.",
        CooperationKind.ConseilAppuiPartenaire => "Aide au montage du dossier de l'association.",
        CooperationKind.SupportInformation => "Plaquette diffusée dans les mairies et les écoles.",
        _ => "Action consignée pour le bilan annuel.",
    };
}
