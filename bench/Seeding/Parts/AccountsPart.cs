using Ctg.Participation.Accounts;
using Ctg.Participation.Conventions;
using Microsoft.AspNetCore.Identity;

namespace Ctg.Participation.Bench.Seeding.Parts;

/// <summary>
/// The portal's roles, the chargés de coopération (coordinator role, assigned to their CTG, members of its working
/// groups and networks), the residents (grouped by CTG, spread over communes by population) and the benchmark
/// accounts of <see cref="BenchAccounts"/>, the only ones with a password.
/// </summary>
public sealed class AccountsPart : ISeedPart
{
    public string Name => "Accounts";

    public string Run(SeedContext context)
    {
        var world = context.World;
        var options = context.Options;
        var random = context.Random;

        var roleIds = new Dictionary<string, string>();
        foreach (var role in PortalRoles.All)
        {
            var id = context.NextGuid().ToString();
            context.Insert(new IdentityRole(role) { Id = id, NormalizedName = role.ToUpperInvariant(), ConcurrencyStamp = context.NextGuid().ToString() });
            roleIds[role] = id;
        }

        // Coordinators: three per CTG first, the rest in proportion to the square root of the population.
        var perCtg = new int[world.Ctgs.Count];
        var remaining = options.Coordinators;
        for (var i = 0; remaining > 0 && i < 3 * world.Ctgs.Count; i++, remaining--) perCtg[i % world.Ctgs.Count]++;
        var weights = world.Ctgs.Select(c => Math.Sqrt(c.Population)).ToArray();
        var shares = Apportion(remaining, weights);
        for (var i = 0; i < perCtg.Length; i++) perCtg[i] += shares[i];

        var n = 0;
        for (var c = 0; c < world.Ctgs.Count; c++)
        {
            var ctg = world.Ctgs[c];
            for (var k = 0; k < perCtg[c]; k++)
            {
                var first = context.Pick(Department.FirstNames);
                var last = context.Pick(Department.LastNames);
                var email = $"{Slug(first)}.{Slug(last)}.{++n}@ctg-bench.test";
                var user = NewUser(context, email, $"{first} {last}", ctg.Municipalities[ctg.PickMunicipality(random)].Insee);
                context.Insert(user);
                context.Insert(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleIds[PortalRoles.Coordinator] });
                context.Insert(new CoordinatorAssignment { UserId = user.Id, ConventionId = ctg.Id, AssignedAt = user.CreatedAt });
                ctg.Coordinators.Add(world.Coordinators.Count);
                world.Coordinators.Add(user.Id);
                world.CoordinatorNames.Add(user.DisplayName);
                foreach (var group in ctg.WorkingGroups.Where(_ => random.NextDouble() < 0.5))
                {
                    context.Insert(new WorkingGroupMember { WorkingGroupId = group, UserId = user.Id, JoinedAt = user.CreatedAt });
                }
                foreach (var network in ctg.Networks.Where(_ => random.NextDouble() < 0.6))
                {
                    context.Insert(new NetworkMembership { ThematicNetworkId = network.Id, UserId = user.Id, JoinedAt = user.CreatedAt });
                }
            }
        }

        // Residents, in blocks per CTG so that supports and comments come mostly from the same territory.
        var residentShares = Apportion(options.Residents, world.Ctgs.Select(c => (double)c.Population).ToArray());
        for (var c = 0; c < world.Ctgs.Count; c++)
        {
            var ctg = world.Ctgs[c];
            ctg.FirstResident = world.Residents.Count;
            ctg.ResidentCount = residentShares[c];
            for (var k = 0; k < residentShares[c]; k++)
            {
                var first = context.Pick(Department.FirstNames);
                var last = context.Pick(Department.LastNames);
                var index = world.Residents.Count + 1;
                var user = NewUser(context, $"habitant{index}@ctg-bench.test", $"{first} {last[0]}.",
                    random.NextDouble() < 0.7 ? ctg.Municipalities[ctg.PickMunicipality(random)].Insee : null);
                context.Insert(user);
                context.Insert(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleIds[PortalRoles.Resident] });
                world.Residents.Add(user.Id);
                world.ResidentNames.Add(user.DisplayName);
                if (random.NextDouble() < 0.01 && ctg.Networks.Count > 0)
                {
                    // A few residents are partners in a network (association members).
                    context.Insert(new NetworkMembership { ThematicNetworkId = context.Pick(ctg.Networks).Id, UserId = user.Id, JoinedAt = user.CreatedAt });
                }
            }
        }

        // The benchmark accounts, with a real password hash.
        var hasher = new PasswordHasher<PortalUser>();
        var firstCtg = world.Ctgs[0];
        foreach (var (email, name, role) in BenchAccounts.All)
        {
            var user = NewUser(context, email, name, null);
            user.PasswordHash = hasher.HashPassword(user, BenchAccounts.Password);
            context.Insert(user);
            context.Insert(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleIds[role] });
            if (role == PortalRoles.Coordinator)
            {
                context.Insert(new CoordinatorAssignment { UserId = user.Id, ConventionId = firstCtg.Id, AssignedAt = user.CreatedAt });
                foreach (var network in firstCtg.Networks)
                {
                    context.Insert(new NetworkMembership { ThematicNetworkId = network.Id, UserId = user.Id, JoinedAt = user.CreatedAt });
                }
                world.BenchCoordinatorId = user.Id;
            }
        }
        return $"{world.Coordinators.Count} coordinators, {world.Residents.Count} residents, {BenchAccounts.All.Count} benchmark accounts";
    }

    private static PortalUser NewUser(SeedContext context, string email, string displayName, string? insee)
    {
        var created = context.Between(context.Options.Since, context.Options.Until.AddDays(-30));
        return new PortalUser
        {
            Id = context.NextGuid().ToString(),
            UserName = email, NormalizedUserName = email.ToUpperInvariant(),
            Email = email, NormalizedEmail = email.ToUpperInvariant(), EmailConfirmed = true,
            SecurityStamp = context.NextGuid().ToString("N").ToUpperInvariant(), ConcurrencyStamp = context.NextGuid().ToString(),
            LockoutEnabled = true,
            DisplayName = displayName, MunicipalityInseeCode = insee,
            CreatedAt = created, LastSeenAt = context.Between(created, context.Options.Until),
        };
    }

    /// <summary>Splits a total in proportion to weights (largest remainders), so the parts add up exactly.</summary>
    public static int[] Apportion(int total, IReadOnlyList<double> weights)
    {
        var sum = weights.Sum();
        var exact = weights.Select(w => sum == 0 ? 0 : total * w / sum).ToArray();
        var shares = exact.Select(e => (int)Math.Floor(e)).ToArray();
        var left = total - shares.Sum();
        foreach (var i in Enumerable.Range(0, shares.Length).OrderByDescending(i => exact[i] - shares[i]).ThenBy(i => i).Take(left)) shares[i]++;
        return shares;
    }

    private static string Slug(string name) => Text.Slugs.From(name).Replace("-", "", StringComparison.Ordinal);
}

/// <summary>Accounts of the generated database that can sign in (password <see cref="Password"/>).</summary>
public static class BenchAccounts
{
    public const string Password = "Banc-Essai-Ctg-2026!";
    public const string Coordinator = "banc.coordination@ctg-bench.test";
    public const string Resident = "banc.habitant@ctg-bench.test";

    public static readonly IReadOnlyList<(string Email, string Name, string Role)> All =
    [
        (Coordinator, "Coordination banc d'essai", PortalRoles.Coordinator),
        (Resident, "Habitant banc d'essai", PortalRoles.Resident),
        ("banc.caf@ctg-bench.test", "Conseiller Caf banc d'essai", PortalRoles.CafAdvisor),
        ("banc.admin@ctg-bench.test", "Administration banc d'essai", PortalRoles.Administrator),
    ];
}
