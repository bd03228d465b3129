using Ctg.Participation.Proposals;

namespace Ctg.Participation.Bench.Seeding.Parts;

/// <summary>
/// Exactly the support count planned for each published proposal, from distinct accounts (the unique index on
/// proposal and account holds): consecutive residents from a random place in the CTG's block, spilling into the
/// neighbouring CTG's residents for the most supported ones.
/// </summary>
public sealed class SupportsPart : ISeedPart
{
    public string Name => "Supports";

    public string Run(SeedContext context)
    {
        var world = context.World;
        var residents = world.Residents;
        var until = context.Options.Until;
        var id = 0;
        foreach (var proposal in world.Proposals)
        {
            if (proposal.Supports == 0) continue;
            var ctg = world.Ctgs[proposal.Ctg];
            var start = ctg.ResidentCount > 0 ? ctg.FirstResident + context.Random.Next(ctg.ResidentCount) : context.Random.Next(residents.Count);
            for (var j = 0; j < proposal.Supports; j++)
            {
                context.Insert(new Support
                {
                    Id = ++id, ProposalId = proposal.Id, UserId = residents[(start + j) % residents.Count],
                    CreatedAt = context.Between(proposal.PublishedAt, until),
                });
            }
        }
        return $"{id} supports";
    }
}
