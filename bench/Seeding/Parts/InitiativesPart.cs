using Ctg.Participation.Initiatives;

namespace Ctg.Participation.Bench.Seeding.Parts;

/// <summary>Citizen initiatives per CTG: most validated, some awaiting review (the coordinators' queue), some refused.</summary>
public sealed class InitiativesPart : ISeedPart
{
    public string Name => "Initiatives";

    public string Run(SeedContext context)
    {
        var world = context.World;
        var options = context.Options;
        var random = context.Random;
        var shares = AccountsPart.Apportion(options.Initiatives, world.Ctgs.Select(c => Math.Sqrt(c.Population)).ToArray());
        var id = 0;
        for (var c = 0; c < world.Ctgs.Count; c++)
        {
            var ctg = world.Ctgs[c];
            for (var k = 0; k < shares[c]; k++)
            {
                var created = options.Since + (options.Until - options.Since) * Math.Sqrt(random.NextDouble());
                var association = random.NextDouble() < 0.6;
                var status = random.NextDouble() switch { < 0.65 => InitiativeStatus.Validated, < 0.85 => InitiativeStatus.AwaitingReview, _ => InitiativeStatus.Refused };
                var reviewer = status != InitiativeStatus.AwaitingReview && ctg.Coordinators.Count > 0 ? world.Coordinators[context.Pick(ctg.Coordinators)] : null;
                var municipality = ctg.Municipalities[ctg.PickMunicipality(random)];
                var initiative = new CitizenInitiative
                {
                    Id = ++id, ConventionId = ctg.Id, AuthorId = ProposalsPart.Resident(context, ctg),
                    Name = context.Pick(Texts.Initiatives) + " à " + municipality.Name,
                    DescriptionHtml = Texts.Paragraphs(random, 2 + random.Next(3)),
                    CarrierKind = association ? CarrierKind.Association : CarrierKind.Person,
                    CarrierName = association ? "Association " + context.Pick(Department.LastNames) + " et familles" : context.Pick(Department.FirstNames) + " " + context.Pick(Department.LastNames),
                    AxisId = context.Pick(ctg.Axes).Id, Needs = (InitiativeNeeds)random.Next(1, 32),
                    Contact = $"contact{id}@asso-bench.test", Status = status,
                    RefusalReason = status == InitiativeStatus.Refused ? "Cette action relève d'un service commercial." : null,
                    ReviewedById = reviewer, ReviewedAt = reviewer is null ? null : context.Between(created, options.Until),
                    CreatedAt = created,
                };
                context.Insert(initiative);
                context.Insert(new InitiativeMunicipality { InitiativeId = id, MunicipalityId = municipality.Id });
            }
        }
        return $"{id} initiatives";
    }
}
