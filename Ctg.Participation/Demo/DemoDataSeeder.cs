using Ctg.Participation.Accounts;
using Ctg.Participation.Conventions;
using Ctg.Participation.Data;
using Ctg.Participation.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Ctg.Participation.Demo;

/// <summary>
/// Fills an empty database with the demo department. Idempotent: CTGs are added only when there are none, each demo
/// account only when its email is unknown, so restarting (or running twice at once) never duplicates anything.
/// </summary>
public sealed class DemoDataSeeder(PortalDbContext db, UserManager<PortalUser> users, TimeProvider clock, ILogger<DemoDataSeeder> logger)
{
    public async Task SeedAsync(CancellationToken ct = default)
    {
        if (!await db.Conventions.AnyAsync(ct))
        {
            await SeedConventionsAsync(ct);
            logger.LogInformation("Demo department seeded: {Count} CTGs", DemoDepartment.Conventions.Length);
        }
        await SeedAccountsAsync(ct);
        await DemoGovernance.SeedAsync(db, clock, ct);
        await DemoSurvey.SeedAsync(db, clock, ct);
        await DemoActionPlan.SeedAsync(db, clock, ct);
        await DemoServiceDirectory.SeedAsync(db, clock, ct);
        await DemoCooperation.SeedAsync(db, clock, ct);
        await DemoBarometers.SeedAsync(db, clock, ct);
        await DemoDepartmentNetwork.SeedAsync(db, clock, ct);
    }

    private async Task SeedConventionsAsync(CancellationToken ct)
    {
        var partners = DemoDepartment.DepartmentPartners.Select(p => new Partner { Name = p.Name, Kind = p.Kind }).ToList();
        db.Partners.AddRange(partners);

        foreach (var demo in DemoDepartment.Conventions)
        {
            var convention = new Convention
            {
                Slug = demo.Slug, Name = demo.Name, Epci = demo.Epci, Department = "06", Summary = demo.Summary,
                PeriodStart = demo.Start, PeriodEnd = demo.End,
                Status = demo.Start.Year >= 2025 ? ConventionStatus.EnPreparation : ConventionStatus.Signee,
            };
            convention.Municipalities.AddRange(demo.Communes.Select(c => new Municipality { InseeCode = c.Insee, Name = c.Name, Population = c.Population }));
            var axes = DemoDepartment.Axes.Select((name, i) => new Axis { Name = name, Slug = Slugs.From(name), Position = i }).ToList();
            convention.Axes.AddRange(axes);
            convention.ThematicNetworks.AddRange(demo.Networks.Select(name => new ThematicNetwork
            {
                Name = $"Groupe réseau {name}", Slug = Slugs.From(name), Axis = axes.FirstOrDefault(a => a.Name == name),
                Description = $"Professionnels et partenaires du territoire qui travaillent sur « {name.ToLowerInvariant()} ».",
            }));
            convention.WorkingGroups.AddRange(demo.WorkingGroups.Select(g => new WorkingGroup
            {
                Name = g.Name, Slug = Slugs.From(g.Name),
                Kind = g.Name.StartsWith("Commission", StringComparison.Ordinal) ? WorkingGroupKind.CommissionThematique : WorkingGroupKind.GroupeDeTravail,
                Axes = axes.Where(a => g.Axes.Contains(a.Name)).ToList(),
            }));
            convention.GovernanceBodies.Add(new GovernanceBody { Name = "Comité de pilotage de la CTG", Kind = GovernanceBodyKind.ComiteDePilotage });
            convention.GovernanceBodies.Add(new GovernanceBody { Name = "Comité technique", Kind = GovernanceBodyKind.ComiteTechnique });

            var epci = new Partner { Name = demo.Epci, Kind = PartnerKind.Intercommunalite };
            db.Partners.Add(epci);
            convention.Partners.Add(new ConventionPartner { Partner = epci, IsSignatory = true, Since = demo.Start });
            foreach (var partner in partners)
            {
                var signs = partner.Kind is PartnerKind.Caf or PartnerKind.Departement or PartnerKind.Cpam && demo.Slug == "alpes-d-azur"
                    || partner.Kind is PartnerKind.Caf;
                convention.Partners.Add(new ConventionPartner { Partner = partner, IsSignatory = signs, Since = demo.Start });
            }
            db.Conventions.Add(convention);
        }
        await db.SaveChangesAsync(ct);
    }

    private async Task SeedAccountsAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        foreach (var demo in DemoAccounts.All)
        {
            if (await users.FindByEmailAsync(demo.Email) is not null) continue;

            var user = new PortalUser
            {
                UserName = demo.Email, Email = demo.Email, EmailConfirmed = true, DisplayName = demo.DisplayName,
                MunicipalityInseeCode = demo.MunicipalityInsee, CreatedAt = now, LastSeenAt = now,
            };
            var created = await users.CreateAsync(user, DemoAccounts.Password);
            if (!created.Succeeded)
            {
                // Another instance seeding at the same moment won the race: its account stands.
                logger.LogWarning("Demo account {Email} not created: {Errors}", demo.Email, string.Join("; ", created.Errors.Select(e => e.Description)));
                continue;
            }
            await users.AddToRoleAsync(user, demo.Role);

            if (demo.CoordinatesConvention is { } slug)
            {
                var conventionId = await db.Conventions.Where(c => c.Slug == slug).Select(c => c.Id).FirstAsync(ct);
                db.CoordinatorAssignments.Add(new CoordinatorAssignment { UserId = user.Id, ConventionId = conventionId, AssignedAt = now });
            }
            if (demo.MemberOfNetworkIn is { } networkConvention)
            {
                var network = await db.ThematicNetworks.Where(n => n.Convention!.Slug == networkConvention).OrderBy(n => n.Id).FirstAsync(ct);
                db.NetworkMemberships.Add(new NetworkMembership { UserId = user.Id, ThematicNetworkId = network.Id, JoinedAt = now });
                var group = await db.WorkingGroups.Where(g => g.Convention!.Slug == networkConvention && g.Slug == "groupe-de-travail-parentalite").FirstAsync(ct);
                db.WorkingGroupMembers.Add(new WorkingGroupMember { UserId = user.Id, WorkingGroupId = group.Id, JoinedAt = now });
            }
            await db.SaveChangesAsync(ct);
        }
    }
}
