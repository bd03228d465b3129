using Ctg.Participation.Common;
using Ctg.Participation.Proposals;

namespace Ctg.Participation.Bench.Seeding.Parts;

/// <summary>
/// Proposals over the years of history (more recent years busier; ids grow with submission time as in the portal),
/// across CTGs by population, with communes, axes, status history and answers, drafts, withdrawals, assisted entries
/// and moderated ones; authors follow their own. Supports and comments are planned here (log-normal: most get a few,
/// some get hundreds), so the counters stored on each proposal are exactly what <see cref="SupportsPart"/> and
/// <see cref="CommentsPart"/> insert.
/// </summary>
public sealed class ProposalsPart : ISeedPart
{
    public string Name => "Proposals";

    public string Run(SeedContext context)
    {
        var world = context.World;
        var options = context.Options;
        var random = context.Random;
        var span = options.Until - options.Since;

        // Pass 1: when and where each proposal is made, whether it stays a draft, how much attention it draws.
        var shares = AccountsPart.Apportion(options.Proposals, world.Ctgs.Select(c => Math.Pow(c.Population, 0.85)).ToArray());
        var plan = new List<(DateTimeOffset At, int Ctg, bool Draft, double SupportWeight, double CommentWeight)>(options.Proposals);
        for (var c = 0; c < world.Ctgs.Count; c++)
        {
            for (var k = 0; k < shares[c]; k++)
            {
                var at = options.Since + span * Math.Sqrt(random.NextDouble());
                var draft = random.NextDouble() < 0.02;
                // Older proposals had time to gather support; the last weeks' ones have little yet.
                var maturity = Math.Min(1.0, (options.Until - at).TotalDays / 60.0 + 0.05);
                var supportWeight = draft ? 0 : context.LogNormal(1.4) * maturity;
                var commentWeight = draft ? 0 : context.LogNormal(1.1) * maturity;
                plan.Add((at, c, draft, supportWeight, commentWeight));
            }
        }
        plan.Sort((a, b) => a.At.CompareTo(b.At));
        var supports = Distribute(options.Supports, plan.Select(p => p.SupportWeight).ToArray(), world.Residents.Count);
        var comments = Distribute(options.Comments, plan.Select(p => p.CommentWeight).ToArray(), int.MaxValue);

        // Pass 2: the rows.
        var changeId = 0;
        for (var i = 0; i < plan.Count; i++)
        {
            var (created, c, draft, _, _) = plan[i];
            var ctg = world.Ctgs[c];
            var id = i + 1;
            var axisCount = random.NextDouble() < 0.7 ? 1 : 2;
            var axes = Enumerable.Range(0, axisCount).Select(_ => context.Pick(ctg.Axes)).DistinctBy(a => a.Id).ToList();
            var municipalityCount = random.NextDouble() switch { < 0.05 => 0, < 0.9 => 1, _ => 2 };
            var municipalities = Enumerable.Range(0, municipalityCount).Select(_ => ctg.Municipalities[ctg.PickMunicipality(random)]).DistinctBy(m => m.Id).ToList();
            var titles = Texts.TitlesByAxis[axes[0].Slug];
            var title = titles[random.Next(titles.Length)] + (municipalities.Count > 0 ? " à " + municipalities[0].Name : "");
            var body = Texts.Paragraphs(random, 2 + random.Next(4));

            var assisted = random.NextDouble() < 0.05;
            var coordinator = ctg.Coordinators.Count > 0 ? world.Coordinators[context.Pick(ctg.Coordinators)] : null;
            var author = assisted ? null : Resident(context, ctg);
            var published = draft ? (DateTimeOffset?)null : created.AddMinutes(2 + random.Next(30));
            var proposal = new Proposal
            {
                Id = id, ConventionId = ctg.Id, AuthorId = author, EnteredById = assisted ? coordinator : null, IsAssisted = assisted,
                AssistedAuthorName = assisted ? $"{context.Pick(Department.FirstNames)} {context.Pick(Department.LastNames)[0]}." : null,
                Title = title, BodyHtml = body, SearchText = PortalText.ForSearch(title + " " + Texts.Plain(body)),
                SubmissionKey = context.NextGuid(), Status = ProposalStatus.Deposee, CreatedAt = created, PublishedAt = published,
                SupportCount = supports[i], CommentCount = comments[i],
            };

            var changes = new List<ProposalStatusChange>();
            if (published is { } since)
            {
                // The answer moves on with age: a proposal of three years ago is usually decided, last week's is not.
                var age = (options.Until - since) / span;
                var advance = Math.Min(0.92, 0.3 + age * 1.5);
                var at = since;
                var status = ProposalStatus.Deposee;
                while (random.NextDouble() < advance && ProposalStatuses.NextOf(status) is { Count: > 0 } next)
                {
                    var to = status == ProposalStatus.AEtude
                        ? random.NextDouble() switch { < 0.35 => ProposalStatus.Orientee, < 0.7 => ProposalStatus.Retenue, _ => ProposalStatus.NonRetenue }
                        : status == ProposalStatus.Orientee ? (random.NextDouble() < 0.6 ? ProposalStatus.Retenue : ProposalStatus.NonRetenue) : next[0];
                    at = context.Between(at, at + (options.Until - at) / 3);
                    var answer = ProposalStatuses.RequiresAnswer(to) || to == ProposalStatus.Realisee ? context.Pick(Texts.Answers) : null;
                    changes.Add(new ProposalStatusChange { Id = ++changeId, ProposalId = id, From = status, To = to, Answer = answer, ChangedById = coordinator, ChangedAt = at });
                    status = to;
                    if (answer is not null) proposal.Answer = answer;
                }
                proposal.Status = status;
                proposal.UpdatedAt = changes.Count > 0 ? at : null;
                if (status == ProposalStatus.Deposee && random.NextDouble() < 0.015)
                {
                    proposal.WithdrawnAt = context.Between(since, options.Until);
                    proposal.WithdrawalReason = "Le projet s'est fait autrement, merci à tous.";
                }
                var moderation = random.NextDouble();
                if (moderation < 0.004)
                {
                    proposal.Moderation = ModerationState.Hidden;
                    proposal.ModerationReason = "Propos injurieux envers une personne nommée.";
                }
                else if (moderation < 0.006)
                {
                    proposal.Moderation = ModerationState.AwaitingReview;
                }
            }

            context.Insert(proposal);
            foreach (var m in municipalities) context.Insert(new ProposalMunicipality { ProposalId = id, MunicipalityId = m.Id });
            foreach (var a in axes) context.Insert(new ProposalAxis { ProposalId = id, AxisId = a.Id });
            foreach (var change in changes) context.Insert(change);
            if (author is not null) context.Insert(new ProposalFollow { ProposalId = id, UserId = author, FollowedAt = created });
            if (published is { } p) world.Proposals.Add(new ProposalSeed(id, c, p, supports[i], comments[i]));
        }
        return $"{plan.Count} proposals ({world.Proposals.Count} published), {changeId} status changes";
    }

    /// <summary>A resident of the CTG (any resident when the CTG has none).</summary>
    public static string Resident(SeedContext context, CtgSeed ctg) =>
        context.World.Residents[ctg.ResidentCount > 0 ? ctg.FirstResident + context.Random.Next(ctg.ResidentCount) : context.Random.Next(context.World.Residents.Count)];

    /// <summary>Splits a total in proportion to weights, each share at most <paramref name="cap"/>.</summary>
    internal static int[] Distribute(int total, double[] weights, int cap)
    {
        var shares = AccountsPart.Apportion(total, weights);
        var overflow = 0;
        for (var i = 0; i < shares.Length; i++)
        {
            if (shares[i] > cap) { overflow += shares[i] - cap; shares[i] = cap; }
        }
        for (var i = 0; overflow > 0 && shares.Length > 0; i = (i + 1) % shares.Length)
        {
            if (weights[i] > 0 && shares[i] < cap) { shares[i]++; overflow--; }
            if (i == shares.Length - 1 && shares.All(s => s >= cap)) break;
        }
        return shares;
    }
}
